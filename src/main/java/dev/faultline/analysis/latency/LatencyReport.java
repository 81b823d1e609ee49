package dev.faultline.analysis.latency;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Latency per flow (in the order of {@code Topology.flows()}) and per node: L(X) and its p99 bound, null for nodes in
 * or above a cycle of sync dependencies. Immutable.
 */
public record LatencyReport(List<FlowLatency> flows, Map<String, Double> nodeMs, Map<String, Double> nodeP99Ms) {

    public LatencyReport {
        flows = List.copyOf(flows);
        nodeMs = java.util.Collections.unmodifiableMap(nodeMs);
        nodeP99Ms = java.util.Collections.unmodifiableMap(nodeP99Ms);
    }

    public Optional<FlowLatency> flow(String flowId) {
        return flows.stream().filter(f -> f.flow().equals(flowId)).findFirst();
    }

    /** L(X) in ms, or empty when the node has no latency figure (cycle) or is unknown. */
    public Optional<Double> nodeMs(String nodeId) {
        return Optional.ofNullable(nodeMs.get(nodeId));
    }
}
