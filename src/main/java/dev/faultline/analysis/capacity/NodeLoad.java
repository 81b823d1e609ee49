package dev.faultline.analysis.capacity;

/**
 * Demand on one node in requests per second, and its utilisation load / (healthy instances × capacityRps).
 * {@code loadRps} is null on or below a dependency cycle that carries load; {@code utilization} is null without
 * {@code capacityRps}, without a load figure, or when the node is DOWN or has no healthy instance.
 */
public record NodeLoad(String node, Double loadRps, Double utilization) {

    public boolean overloaded() {
        return utilization != null && utilization > 1;
    }
}
