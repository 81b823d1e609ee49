package dev.faultline.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import dev.faultline.analysis.availability.AvailabilityParts;
import dev.faultline.analysis.availability.FlowAvailability;
import dev.faultline.analysis.capacity.CapacityAnalysis;
import dev.faultline.analysis.doublefault.DoubleFaultFinder;
import dev.faultline.analysis.doublefault.DoubleFaults;
import dev.faultline.analysis.latency.LatencyAnalysis;
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
    /**
     * From this many nodes on, independent parts (availability, double faults, latency, capacity, failure domains,
     * coupling, each rule) run on the spare cores ({@link SideTasks}); below it they cost milliseconds and threads
     * would not pay.
     */
    static final int PARALLEL_FROM_NODES = 1_000;
    /** Availability parts when there is a pool: enough that the threads finish them at about the same time. */
    static final int AVAILABILITY_PARTS = 6;

    private final List<Rule> rules;
    private final BlastRadiusSweep sweep;
    private final int parallelFromNodes;

    public Analyzer() {
        this(Rules.defaults(), new BlastRadiusSweep());
    }

    public Analyzer(List<Rule> rules, BlastRadiusSweep sweep) {
        this(rules, sweep, PARALLEL_FROM_NODES);
    }

    /** {@code parallelFromNodes}: the topology size from which independent parts run on the spare cores. */
    Analyzer(List<Rule> rules, BlastRadiusSweep sweep, int parallelFromNodes) {
        this.rules = List.copyOf(rules);
        this.sweep = sweep;
        this.parallelFromNodes = parallelFromNodes;
    }

    public AnalysisReport analyze(Topology topology) {
        return analyze(topology, ProgressListener.NONE, CancellationToken.NONE);
    }

    public AnalysisReport analyze(Topology topology, ProgressListener progress, CancellationToken cancel) {
        return analyze(topology, () -> new FailureEngine(topology), AnalysisSection.all(), progress, cancel);
    }

    public AnalysisReport analyze(FailureEngine engine, ProgressListener progress, CancellationToken cancel) {
        return analyze(engine, AnalysisSection.all(), progress, cancel);
    }

    /** Only the {@code wanted} sections (and what they are computed from); the report holds just those. */
    public AnalysisReport analyze(Topology topology, Set<AnalysisSection> wanted) {
        return analyze(topology, () -> new FailureEngine(topology), wanted, ProgressListener.NONE,
                CancellationToken.NONE);
    }

    /** Only the {@code wanted} sections (and what they are computed from); the report holds just those. */
    public AnalysisReport analyze(FailureEngine engine, Set<AnalysisSection> wanted, ProgressListener progress,
                                  CancellationToken cancel) {
        return analyze(engine.topology(), () -> engine, wanted, progress, cancel);
    }

    /**
     * Only the {@code wanted} sections, each published to {@code early} as soon as it is known, and the report at the
     * end (or the failure to every section still to come): a writer can stream the first sections while the rest is
     * computed (issue #18). The report is the one {@link #analyze(Topology, Set)} makes.
     */
    public AnalysisReport analyze(Topology topology, Set<AnalysisSection> wanted, ReportInProgress early,
                                  CancellationToken cancel) {
        try {
            AnalysisReport report = analyze(topology, () -> new FailureEngine(topology), wanted,
                    ProgressListener.NONE, cancel, early);
            early.finished(report);
            return report;
        } catch (RuntimeException | Error e) {
            early.failed(e);
            throw e;
        }
    }

    private AnalysisReport analyze(Topology topology, Supplier<FailureEngine> engineOf, Set<AnalysisSection> wanted,
                                   ProgressListener progress, CancellationToken cancel) {
        return analyze(topology, engineOf, wanted, progress, cancel, null);
    }

    /**
     * {@code engineOf} is asked once, after the parts that read the topology alone have been queued; {@code early}
     * (or null) is given each section the report writes before the findings as soon as it is known.
     */
    private AnalysisReport analyze(Topology topology, Supplier<FailureEngine> engineOf, Set<AnalysisSection> wanted,
                                   ProgressListener progress, CancellationToken cancel, ReportInProgress early) {
        Set<AnalysisSection> need = AnalysisSection.withPrerequisites(wanted);
        try (SideTasks tasks = SideTasks.withThreads(sideThreads(topology))) {
            boolean needSweep = need.contains(AnalysisSection.SPOFS) || need.contains(AnalysisSection.BLAST_RADIUS);
            boolean riskFigures = need.contains(AnalysisSection.FINDINGS) || need.containsAll(AnalysisSection.all());
            // Latency and the coupling read the topology alone: a pool thread starts them while this one compiles
            // the failure engine (issue #18: the spare core idled during the engine at 50,000 nodes). Latency is
            // kept per topology once computed: the rules and the report then read it.
            SideTasks.Task<?> latency = riskFigures ? tasks.start(() -> LatencyAnalysis.of(topology))
                    : SideTasks.done(null);
            SideTasks.Task<TeamCoupling> coupling = need.contains(AnalysisSection.COUPLING)
                    ? tasks.start(() -> TeamAnalysis.coupling(topology)) : SideTasks.done(null);
            FailureEngine engine = engineOf.get();
            // Availability, the longest task, starts at once in parts beside the sweep (issue #18: the spare core
            // idled for the sweep's first second at 50,000 nodes); its parts need little memory of their own.
            SideTasks.Task<List<FlowAvailability>> availability = need.contains(AnalysisSection.AVAILABILITY)
                    ? availability(tasks, engine, cancel) : SideTasks.done(List.of());
            NodeLossOutcome[] outcomes = needSweep ? sweep.outcomes(engine, progress, cancel) : new NodeLossOutcome[0];
            // The rest waits for the sweep: it is split over the cores itself, and its shared ancestor sets may take a
            // quarter of the heap, which must be free again before the rest runs (a 50,000-node analysis in 1 GB).
            // Then everything else at once, on the spare cores and this thread; all of it is independent. Longest
            // first (CPU measured at 50,000 nodes, docs/performance-history.md "Where the wall time goes"): the pool
            // threads finish the availability parts, the caller and any free pool thread take the rest in this order,
            // and the caller helps rather than waits when it needs a result another thread is working on.
            SideTasks.Task<DoubleFaults> doubleFaults = need.contains(AnalysisSection.DOUBLE_FAULTS)
                    ? tasks.start(() -> DoubleFaultFinder.find(engine.compiled(), cancel))
                    : SideTasks.done(DoubleFaults.NONE);
            // Capacity too is kept per topology once computed.
            SideTasks.Task<?> capacity = riskFigures ? tasks.start(() -> CapacityAnalysis.of(engine))
                    : SideTasks.done(null);
            SideTasks.Task<List<DomainSpof>> domains = need.contains(AnalysisSection.DOMAIN_SPOFS)
                    ? tasks.start(() -> FailureDomains.find(engine)) : SideTasks.done(List.of());

            // The ranking sorts every outcome (50,000 at the largest): a side task rather than the report's tail.
            SideTasks.Task<List<NodeLossOutcome>> ranking = need.contains(AnalysisSection.BLAST_RADIUS)
                    ? tasks.start(() -> List.copyOf(BlastRadiusSweep.rank(outcomes))) : SideTasks.done(List.of());

            // Each section a report writer needs before the findings is handed to it (if any) as soon as it is
            // known: it streams them while the rest runs (issue #18: a third of a 50,000-node analysis is left).
            ReportInProgress writer = early != null ? early : new ReportInProgress(topology);
            List<Spof> spofs = List.copyOf(need.contains(AnalysisSection.SPOFS) ? spofs(topology, outcomes)
                    : List.of());
            writer.spofs(spofs);
            cancel.throwIfCancelled();
            List<TeamFigures> teams = List.copyOf(need.contains(AnalysisSection.TEAMS)
                    ? TeamAnalysis.figures(topology, spofs) : List.of());
            progress.progress(1, 1, "Checking zones and regions");
            List<DomainSpof> domainSpofs = List.copyOf(domains.join());
            writer.domainSpofs(domainSpofs);
            List<NodeLossOutcome> ranked = ranking.join();
            writer.blastRadius(ranked);
            writer.teams(teams);
            writer.coupling(coupling.join());
            progress.progress(1, 1, "Computing availability and double faults");
            DoubleFaults pairs = doubleFaults.join();
            // Several rules read latency and capacity (kept per topology, computed once under a lock): computed here
            // first, so that no rule waits on that lock while the other core could run it.
            latency.join();
            capacity.join();
            // The rules start while availability is still being computed: the few that read it wait for it there.
            List<FlowAvailability> flows = new JoinedList<>(availability::join);
            List<Finding> findings = need.contains(AnalysisSection.FINDINGS)
                    ? findings(tasks, topology, outcomes, spofs, domainSpofs, teams, flows, pairs, cancel) : List.of();
            AnalysisReport report = new AnalysisReport(topology, need, spofs, domainSpofs,
                    ranked, teams,
                    coupling.join(), findings, availability.join(), pairs);
            latency.join();
            capacity.join();
            if (need.containsAll(AnalysisSection.all())) withRiskFigures(report);
            // A report streamed by a writer is read in order and seldom looked up by node: its look-ups are built if
            // and when asked for, not between the last rule and the writer (issue #18). Any other report is looked
            // up by node (the app's views), so they are built here, off the caller's (possibly UI) thread.
            if (early == null) report.index();
            return report;
        }
    }

    /**
     * Availability in {@link AvailabilityParts}, each queued as a task; the result is gathered by the first thread
     * that asks for it, which runs the parts nobody has begun and waits (without helping) for the others.
     */
    private static SideTasks.Task<List<FlowAvailability>> availability(SideTasks tasks, FailureEngine engine,
                                                                       CancellationToken cancel) {
        AvailabilityParts split = new AvailabilityParts(engine.compiled(), tasks.hasPool() ? AVAILABILITY_PARTS : 1);
        List<SideTasks.Task<AvailabilityParts.Part>> parts = new ArrayList<>();
        for (int i = 0; i < split.count(); i++) {
            int index = i;
            parts.add(tasks.start(() -> split.part(index, cancel)));
        }
        return SideTasks.whenJoined(() -> split.combine(
                parts.stream().map(SideTasks.Task::joinWithoutHelping).toList(), cancel));
    }

    /** Pool threads for the side tasks: none for small topologies, where starting threads costs more than it saves. */
    private int sideThreads(Topology topology) {
        // The caller works too (it helps instead of waiting), so one core is left for it.
        return topology.nodes().size() < parallelFromNodes ? 0
                : Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors() - 1));
    }

    private List<Finding> findings(SideTasks tasks, Topology topology, NodeLossOutcome[] outcomes, List<Spof> spofs,
                                   List<DomainSpof> domains, List<TeamFigures> teams,
                                   List<FlowAvailability> availability, DoubleFaults doubleFaults,
                                   CancellationToken cancel) {
        Map<String, NodeLossOutcome> byNode = new HashMap<>();
        for (NodeLossOutcome o : outcomes) byNode.put(o.node(), o);
        AnalysisContext context = AnalysisContext.of(topology, spofs, domains, byNode, teams, availability,
                doubleFaults);
        // Every rule reads the same immutable context; started costliest first, collected in the registry's order,
        // then sorted.
        int[] order = RuleCosts.costliestFirst(rules);
        List<SideTasks.Task<List<Finding>>> perRule = new ArrayList<>(java.util.Collections.nCopies(rules.size(), null));
        for (int i : order) {
            Rule rule = rules.get(i);
            perRule.set(i, tasks.start(() -> {
                cancel.throwIfCancelled();
                return sorted(rule.apply(context));
            }));
        }
        // Joined in the same order, so this thread too takes the costliest rule nobody has begun.
        for (int i : order) perRule.get(i).join();
        List<List<Finding>> sortedPerRule = new ArrayList<>();
        for (SideTasks.Task<List<Finding>> r : perRule) sortedPerRule.add(r.join());
        return merged(sortedPerRule);
    }

    /**
     * The findings of every rule, each rule's list {@link #sorted} already, in registry order: one list in
     * {@link #FINDING_ORDER}, exactly as the stable sort of the rules' unsorted lists one after the other.
     */
    static List<Finding> merged(List<List<Finding>> sortedPerRule) {
        // Each rule's findings come sorted from its own task (on the spare cores): the stable sort of their
        // concatenation then merges runs (issue #18: 83,000 findings at 50,000 nodes were sorted on one core while the
        // other idled). The same order as sorting the unsorted concatenation: a stable sort keeps equal findings in
        // the order of their rules in the registry, and of each rule's list. FindingMerge gives that sort's result
        // by groups of (severity, rule), without comparing findings (issue #18: the merge was the tail's largest part).
        return FindingMerge.merge(sortedPerRule);
    }

    /** Severity, then rule, then first node; stable sorts keep equal findings in the rules' order. */
    static final Comparator<Finding> FINDING_ORDER = FindingOrder.INSTANCE;

    /** A rule's findings in {@link #FINDING_ORDER}, equal ones as the rule gave them. */
    static List<Finding> sorted(List<Finding> findings) {
        return FindingOrder.sort(findings);
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
