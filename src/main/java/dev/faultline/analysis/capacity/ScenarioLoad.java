package dev.faultline.analysis.capacity;

import java.util.List;

/**
 * Load and utilisation under one scenario (every node, sorted by id; empty without rps), and the nodes that are not
 * DOWN yet over their capacity (U > 1), sorted by id. The failure states themselves do not change.
 */
public record ScenarioLoad(List<NodeLoad> nodes, List<String> overloaded) {

    public static final ScenarioLoad EMPTY = new ScenarioLoad(List.of(), List.of());

    public ScenarioLoad {
        nodes = List.copyOf(nodes);
        overloaded = List.copyOf(overloaded);
    }

    public java.util.Optional<NodeLoad> node(String id) {
        return nodes.stream().filter(l -> l.node().equals(id)).findFirst();
    }
}
