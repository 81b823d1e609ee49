package dev.faultline.analysis;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.faultline.analysis.capacity.CapacityAnalysis;
import dev.faultline.analysis.capacity.CapacityReport;
import dev.faultline.analysis.latency.LatencyAnalysis;
import dev.faultline.analysis.latency.LatencyReport;
import dev.faultline.analysis.availability.FlowAvailability;
import dev.faultline.analysis.doublefault.DoubleFaults;
import dev.faultline.model.Topology;
import dev.faultline.simulation.NodeLossOutcome;

/**
 * Everything the analysis found, immutable. {@code blastRadius} lists every node in the contract's ranking order;
 * {@code spofs} is sorted by node id; {@code findings} by severity, then rule, then first node. Look-ups by node id
 * are constant time, so views can ask per node.
 */
public final class AnalysisReport {
    private final Topology topology;
    private final List<Spof> spofs;
    private final List<DomainSpof> domainSpofs;
    private final List<NodeLossOutcome> blastRadius;
    private final List<TeamFigures> teams;
    private final TeamCoupling coupling;
    private final List<Finding> findings;
    private final Set<AnalysisSection> sections;
    /** Built on the first look-up (issue #18: 50,000 entries the command line never asks for, on its critical path). */
    private volatile Map<String, Spof> spofByNode;
    private volatile Map<String, Integer> rankByNode;
    private volatile LatencyReport latency;
    private volatile CapacityReport capacity;
    private final List<FlowAvailability> availability;
    private final DoubleFaults doubleFaults;

    public AnalysisReport(Topology topology, List<Spof> spofs, List<DomainSpof> domainSpofs,
                          List<NodeLossOutcome> blastRadius, List<TeamFigures> teams, TeamCoupling coupling,
                          List<Finding> findings) {
        this(topology, spofs, domainSpofs, blastRadius, teams, coupling, findings, List.of(), DoubleFaults.NONE);
    }

    public AnalysisReport(Topology topology, List<Spof> spofs, List<DomainSpof> domainSpofs,
                          List<NodeLossOutcome> blastRadius, List<TeamFigures> teams, TeamCoupling coupling,
                          List<Finding> findings, List<FlowAvailability> availability, DoubleFaults doubleFaults) {
        this(topology, AnalysisSection.all(), spofs, domainSpofs, blastRadius, teams, coupling, findings, availability,
                doubleFaults);
    }

    /** A report of only the {@code sections} computed; the others are empty and must not be shown. */
    public AnalysisReport(Topology topology, Set<AnalysisSection> sections, List<Spof> spofs,
                          List<DomainSpof> domainSpofs, List<NodeLossOutcome> blastRadius, List<TeamFigures> teams,
                          TeamCoupling coupling, List<Finding> findings, List<FlowAvailability> availability,
                          DoubleFaults doubleFaults) {
        this.topology = topology;
        this.sections = sections.isEmpty() ? EnumSet.noneOf(AnalysisSection.class) : EnumSet.copyOf(sections);
        this.spofs = List.copyOf(spofs);
        this.domainSpofs = List.copyOf(domainSpofs);
        this.blastRadius = List.copyOf(blastRadius);
        this.teams = List.copyOf(teams);
        this.coupling = coupling;
        this.findings = List.copyOf(findings);
        this.availability = List.copyOf(availability);
        this.doubleFaults = doubleFaults;
    }

    public Topology topology() { return topology; }

    /** Whether this report computed {@code section}; a skipped section reads as empty. */
    public boolean has(AnalysisSection section) {
        return sections.contains(section);
    }

    public List<Spof> spofs() { return spofs; }

    public List<DomainSpof> domainSpofs() { return domainSpofs; }

    public List<NodeLossOutcome> blastRadius() { return blastRadius; }

    public List<TeamFigures> teams() { return teams; }

    public TeamCoupling coupling() { return coupling; }

    public List<Finding> findings() { return findings; }

    public Optional<Spof> spof(String nodeId) {
        return Optional.ofNullable(spofByNode().get(nodeId));
    }

    public boolean isSpof(String nodeId) {
        return spofByNode().containsKey(nodeId);
    }

    public Optional<NodeLossOutcome> blastRadiusOf(String nodeId) {
        Integer rank = rankByNode().get(nodeId);
        return rank == null ? Optional.empty() : Optional.of(blastRadius.get(rank - 1));
    }

    /** 1-based rank of a node in the blast-radius ranking, or -1 for an unknown id. */
    public int rankOf(String nodeId) {
        return rankByNode().getOrDefault(nodeId, -1);
    }

    /** Builds the look-ups by node now, on the caller's thread, rather than on the first (perhaps the UI's) look-up. */
    void index() {
        spofByNode();
        rankByNode();
    }

    /** Threads racing here each build the same map; whichever is kept, it is complete before it is shared. */
    private Map<String, Spof> spofByNode() {
        Map<String, Spof> m = spofByNode;
        if (m == null) {
            m = new HashMap<>();
            for (Spof s : spofs) m.put(s.node(), s);
            spofByNode = m;
        }
        return m;
    }

    private Map<String, Integer> rankByNode() {
        Map<String, Integer> m = rankByNode;
        if (m == null) {
            m = new HashMap<>();
            for (int i = 0; i < blastRadius.size(); i++) m.put(blastRadius.get(i).node(), i + 1);
            rankByNode = m;
        }
        return m;
    }

    public List<Finding> findingsAtLeast(Severity severity) {
        return findings.stream().filter(f -> f.severity().atLeast(severity)).toList();
    }

    /** Findings that name the node. */
    public List<Finding> findingsFor(String nodeId) {
        return findings.stream().filter(f -> f.nodes().contains(nodeId)).toList();
    }

    /** What the topology costs per month, per team (risk-model.md §5); computed on first use, O(nodes). */
    public dev.faultline.analysis.cost.CostReport cost() {
        dev.faultline.analysis.cost.CostReport c = cost;
        if (c == null) cost = c = dev.faultline.analysis.cost.CostReport.of(topology);
        return c;
    }

    private volatile dev.faultline.analysis.cost.CostReport cost;
    /** Latency per flow and node (risk-model.md section 3), computed on first use and then kept. */
    public LatencyReport latency() {
        LatencyReport l = latency;
        if (l == null) latency = l = LatencyAnalysis.of(topology);
        return l;
    }

    /** Load, utilisation and the headroom rehearsal (risk-model.md section 4), computed on first use and kept. */
    public CapacityReport capacity() {
        CapacityReport c = capacity;
        if (c == null) capacity = c = CapacityAnalysis.of(topology);
        return c;
    }

    /** Per flow, in the order of {@link Topology#flows()}: availability and SLO verdict (risk-model.md §1). */
    public List<FlowAvailability> availability() {
        return availability;
    }

    public Optional<FlowAvailability> availabilityOf(String flowId) {
        return availability.stream().filter(a -> a.flow().equals(flowId)).findFirst();
    }

    /** Every double fault (risk-model.md §2), in the contract's order. */
    public DoubleFaults doubleFaults() {
        return doubleFaults;
    }
}
