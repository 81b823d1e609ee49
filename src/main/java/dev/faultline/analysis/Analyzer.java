package dev.faultline.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.faultline.analysis.availability.AvailabilityAnalysis;
import dev.faultline.analysis.availability.FlowAvailability;
import dev.faultline.analysis.doublefault.DoubleFaultFinder;
import dev.faultline.analysis.doublefault.DoubleFaults;
import dev.faultline.analysis.rules.AnalysisContext;
import dev.faultline.analysis.rules.Rule;
import dev.faultline.analysis.rules.Rules;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.NodeLossOutcome;

/**
 * The whole analysis of a topology: blast radius of every node, SPOFs, failure-domain SPOFs, team figures and the
 * findings of every rule. A pure function of the topology; the CLI and the app both call it.
 */
public final class Analyzer {
    private final List<Rule> rules;
    private final BlastRadiusSweep sweep;

    public Analyzer() {
        this(Rules.defaults(), new BlastRadiusSweep());
    }

    public Analyzer(List<Rule> rules, BlastRadiusSweep sweep) {
        this.rules = List.copyOf(rules);
        this.sweep = sweep;
    }

    public AnalysisReport analyze(Topology topology) {
        return analyze(topology, ProgressListener.NONE, CancellationToken.NONE);
    }

    public AnalysisReport analyze(Topology topology, ProgressListener progress, CancellationToken cancel) {
        FailureEngine engine = new FailureEngine(topology);
        return analyze(engine, progress, cancel);
    }

    public AnalysisReport analyze(FailureEngine engine, ProgressListener progress, CancellationToken cancel) {
        return analyze(engine, AnalysisSection.all(), progress, cancel);
    }

    /** Only the {@code wanted} sections (and what they are computed from); the report holds just those. */
    public AnalysisReport analyze(Topology topology, Set<AnalysisSection> wanted) {
        return analyze(new FailureEngine(topology), wanted, ProgressListener.NONE, CancellationToken.NONE);
    }

    /** Only the {@code wanted} sections (and what they are computed from); the report holds just those. */
    public AnalysisReport analyze(FailureEngine engine, Set<AnalysisSection> wanted, ProgressListener progress,
                                  CancellationToken cancel) {
        Set<AnalysisSection> need = AnalysisSection.withPrerequisites(wanted);
        Topology topology = engine.topology();
        boolean needSweep = need.contains(AnalysisSection.SPOFS) || need.contains(AnalysisSection.BLAST_RADIUS);
        NodeLossOutcome[] outcomes = needSweep ? sweep.outcomes(engine, progress, cancel) : new NodeLossOutcome[0];
        List<Spof> spofs = need.contains(AnalysisSection.SPOFS) ? spofs(topology, outcomes) : List.of();
        cancel.throwIfCancelled();
        progress.progress(1, 1, "Checking zones and regions");
        List<DomainSpof> domains = need.contains(AnalysisSection.DOMAIN_SPOFS) ? FailureDomains.find(engine)
                : List.of();
        List<TeamFigures> teams = need.contains(AnalysisSection.TEAMS) ? TeamAnalysis.figures(topology, spofs)
                : List.of();
        progress.progress(1, 1, "Computing availability and double faults");
        List<FlowAvailability> availability = need.contains(AnalysisSection.AVAILABILITY)
                ? AvailabilityAnalysis.of(engine.compiled(), cancel) : List.of();
        DoubleFaults doubleFaults = need.contains(AnalysisSection.DOUBLE_FAULTS)
                ? DoubleFaultFinder.find(engine.compiled(), cancel) : DoubleFaults.NONE;
        List<Finding> findings = need.contains(AnalysisSection.FINDINGS)
                ? findings(topology, outcomes, spofs, domains, teams, availability, doubleFaults, cancel) : List.of();
        AnalysisReport report = new AnalysisReport(topology, need, spofs, domains,
                need.contains(AnalysisSection.BLAST_RADIUS) ? BlastRadiusSweep.rank(outcomes) : List.of(), teams,
                need.contains(AnalysisSection.COUPLING) ? TeamAnalysis.coupling(topology) : null, findings,
                availability, doubleFaults);
        if (need.containsAll(AnalysisSection.all())) withRiskFigures(report);
        return report;
    }

    private List<Finding> findings(Topology topology, NodeLossOutcome[] outcomes, List<Spof> spofs,
                                   List<DomainSpof> domains, List<TeamFigures> teams,
                                   List<FlowAvailability> availability, DoubleFaults doubleFaults,
                                   CancellationToken cancel) {
        Map<String, NodeLossOutcome> byNode = new HashMap<>();
        for (NodeLossOutcome o : outcomes) byNode.put(o.node(), o);
        AnalysisContext context = AnalysisContext.of(topology, spofs, domains, byNode, teams, availability,
                doubleFaults);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            cancel.throwIfCancelled();
            findings.addAll(rule.apply(context));
        }
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::rule)
                .thenComparing(f -> f.nodes().isEmpty() ? "" : f.nodes().get(0)));
        return findings;
    }

    /** Nodes lacking redundancy whose whole loss takes a flow down, sorted by id. */
    static List<Spof> spofs(Topology topology, NodeLossOutcome[] outcomes) {
        List<Spof> out = new ArrayList<>();
        List<Node> nodes = topology.nodes();
        for (int v = 0; v < nodes.size(); v++) {
            Optional<SpofCause> cause = Redundancy.deficit(nodes.get(v));
            if (cause.isPresent() && !outcomes[v].flowsDown().isEmpty()) {
                out.add(new Spof(nodes.get(v).id(), cause.get(), outcomes[v].flowsDown()));
            }
        }
        out.sort(Comparator.comparing(Spof::node));
        return out;
    }

    /** Computes the latency and capacity figures here, off the caller's (possibly UI) thread. */
    private static void withRiskFigures(AnalysisReport report) {
        report.latency();
        report.capacity();
    }
}
