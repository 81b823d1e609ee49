package dev.faultline.analysis.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.TeamFigures;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.NodeLossOutcome;

/** What every rule may look at: the topology and the computed SPOFs, failure domains, blast radii and team figures. */
public record AnalysisContext(Topology topology, List<Spof> spofs, List<DomainSpof> domainSpofs,
                              Map<String, NodeLossOutcome> blastRadius, List<TeamFigures> teams) {

    public Optional<Spof> spof(String nodeId) {
        return spofs.stream().filter(s -> s.node().equals(nodeId)).findFirst();
    }

    /** Losing the node takes a flow down or degrades one: it matters to users. */
    public boolean touchesFlows(String nodeId) {
        NodeLossOutcome o = blastRadius.get(nodeId);
        return o != null && (!o.flowsDown().isEmpty() || !o.flowsDegraded().isEmpty());
    }

    /** A SPOF, or a node whose loss takes a flow DOWN. */
    public boolean isCritical(String nodeId) {
        NodeLossOutcome o = blastRadius.get(nodeId);
        return spof(nodeId).isPresent() || (o != null && !o.flowsDown().isEmpty());
    }

    public Node node(String id) {
        return topology.requireNode(id);
    }
}
