package dev.faultline.analysis.capacity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Load and utilisation of every node with everything up (sorted by node id), and the overloads of the headroom
 * rehearsal (by event, then node). Both lists are empty when no flow declares {@code rps}.
 */
public final class CapacityReport {
    public static final CapacityReport EMPTY = new CapacityReport(List.of(), List.of());

    private final List<NodeLoad> nodes;
    private final List<Overload> overloads;
    private final Map<String, NodeLoad> byNode = new HashMap<>();

    public CapacityReport(List<NodeLoad> nodes, List<Overload> overloads) {
        this.nodes = List.copyOf(nodes);
        this.overloads = List.copyOf(overloads);
        this.nodes.forEach(l -> byNode.put(l.node(), l));
    }

    public List<NodeLoad> nodes() { return nodes; }

    public List<Overload> overloads() { return overloads; }

    /** True when some flow declares rps, so there are figures at all. */
    public boolean hasDemand() { return !nodes.isEmpty(); }

    public Optional<NodeLoad> node(String id) {
        return Optional.ofNullable(byNode.get(id));
    }
}
