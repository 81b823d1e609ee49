package dev.faultline.analysis.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.TeamFigures;
import dev.faultline.analysis.availability.FlowAvailability;
import dev.faultline.analysis.doublefault.DoubleFaults;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.NodeLossOutcome;

/** What every rule may look at: the topology and the computed SPOFs, failure domains, blast radii and team figures. */
public record AnalysisContext(Topology topology, Map<String, Spof> spofsByNode, List<DomainSpof> domainSpofs,
                              Map<String, NodeLossOutcome> blastRadius, List<TeamFigures> teams,
                              List<FlowAvailability> availability, DoubleFaults doubleFaults) {

    public static AnalysisContext of(Topology topology, List<Spof> spofs, List<DomainSpof> domainSpofs,
                                     Map<String, NodeLossOutcome> blastRadius, List<TeamFigures> teams) {
        return of(topology, spofs, domainSpofs, blastRadius, teams, List.of(), DoubleFaults.NONE);
    }

    public static AnalysisContext of(Topology topology, List<Spof> spofs, List<DomainSpof> domainSpofs,
                                     Map<String, NodeLossOutcome> blastRadius, List<TeamFigures> teams,
                                     List<FlowAvailability> availability, DoubleFaults doubleFaults) {
        return new AnalysisContext(topology, byNode(spofs), domainSpofs, blastRadius, teams, availability,
                doubleFaults);
    }

    /**
     * The SPOFs by node, in the order given: the analyzer gives them sorted by node, so {@link #spofs()}'s sort meets
     * a sorted list (issue #18: 7,000 SPOFs at 50,000 nodes were sorted from a hash map's order). A node given twice
     * fails as {@code Collectors.toMap} did.
     */
    private static Map<String, Spof> byNode(List<Spof> spofs) {
        Map<String, Spof> out = new LinkedHashMap<>((int) Math.min(1 << 30, spofs.size() * 4L / 3 + 1));
        for (Spof s : spofs) {
            Spof before = out.putIfAbsent(java.util.Objects.requireNonNull(s.node()), java.util.Objects.requireNonNull(s));
            if (before != null) {
                throw new IllegalStateException(String.format("Duplicate key %s (attempted merging values %s and %s)",
                        s.node(), before, s));
            }
        }
        return out;
    }

    /** SPOFs sorted by node id. */
    public List<Spof> spofs() {
        return spofsByNode.values().stream().sorted(java.util.Comparator.comparing(Spof::node)).toList();
    }

    public Optional<Spof> spof(String nodeId) {
        return Optional.ofNullable(spofsByNode.get(nodeId));
    }

    /** Losing the node takes a flow down or degrades one: it matters to users. */
    public boolean touchesFlows(String nodeId) {
        NodeLossOutcome o = blastRadius.get(nodeId);
        return o != null && (!o.flowsDown().isEmpty() || !o.flowsDegraded().isEmpty());
    }

    /** A SPOF, or a node whose loss takes a flow DOWN. */
    public boolean isCritical(String nodeId) {
        NodeLossOutcome o = blastRadius.get(nodeId);
        return spofsByNode.containsKey(nodeId) || (o != null && !o.flowsDown().isEmpty());
    }

    public Node node(String id) {
        return topology.requireNode(id);
    }
}
