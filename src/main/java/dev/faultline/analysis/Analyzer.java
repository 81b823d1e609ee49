package dev.faultline.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        Topology topology = engine.topology();
        NodeLossOutcome[] outcomes = sweep.outcomes(engine, progress, cancel);
        List<Spof> spofs = spofs(topology, outcomes);
        cancel.throwIfCancelled();
        progress.progress(1, 1, "Checking zones and regions");
        List<DomainSpof> domains = FailureDomains.find(engine);
        List<TeamFigures> teams = TeamAnalysis.figures(topology, spofs);
        Map<String, NodeLossOutcome> byNode = new HashMap<>();
        for (NodeLossOutcome o : outcomes) byNode.put(o.node(), o);
        progress.progress(1, 1, "Computing availability and double faults");
        List<FlowAvailability> availability = AvailabilityAnalysis.of(engine.compiled(), cancel);
        DoubleFaults doubleFaults = DoubleFaultFinder.find(engine.compiled(), cancel);
        AnalysisContext context = AnalysisContext.of(topology, spofs, domains, byNode, teams, availability,
                doubleFaults);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            cancel.throwIfCancelled();
            findings.addAll(rule.apply(context));
        }
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::rule)
                .thenComparing(f -> f.nodes().isEmpty() ? "" : f.nodes().get(0)));
        AnalysisReport report = new AnalysisReport(topology, spofs, domains, BlastRadiusSweep.rank(outcomes), teams,
                TeamAnalysis.coupling(topology), findings, availability, doubleFaults);
        withRiskFigures(report);
        return report;
    }

    /** Nodes lacking redundancy whose whole loss takes a flow down, sorted by id. */
    static List<Spof> spofs(Topology topology, NodeLossOutcome[] outcomes) {
        List<Spof> out = new ArrayList<>();
        List<Node> nodes = topology.nodes();
        for (int v = 0; v < nodes.size(); v++) {
            Optional<String> cause = Redundancy.deficit(nodes.get(v));
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
