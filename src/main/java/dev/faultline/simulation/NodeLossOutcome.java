package dev.faultline.simulation;

import java.util.List;

/** What the scenario {@code node X} does: flows and node counts (X itself included), as the ranking needs them. */
public record NodeLossOutcome(String node, List<String> flowsDown, List<String> flowsDegraded, int nodesDown,
                              int nodesDegraded) {
    public NodeLossOutcome {
        flowsDown = List.copyOf(flowsDown);
        flowsDegraded = List.copyOf(flowsDegraded);
    }
}
