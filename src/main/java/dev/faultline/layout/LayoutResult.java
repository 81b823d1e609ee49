package dev.faultline.layout;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where every node goes and how every dependency is routed. Coordinates never live in the model: this is kept
 * beside it, keyed by node id; {@code edgeRoutes} is indexed like {@code Topology.dependencies()}.
 * {@code fallbackRoutes.get(i).get(k)} routes dependency i's caller to its k-th fallback node; it may be empty
 * (then draw a straight line between the boxes).
 */
public record LayoutResult(Map<String, Box> nodes, List<List<Point>> edgeRoutes,
                           List<List<List<Point>>> fallbackRoutes, double width, double height) {
    public LayoutResult {
        nodes = Map.copyOf(nodes);
        edgeRoutes = edgeRoutes.stream().map(List::copyOf).toList();
        fallbackRoutes = fallbackRoutes.stream().map(rs -> rs.stream().map(List::copyOf).toList()).toList();
    }

    /** A result without fallback routes. */
    public LayoutResult(Map<String, Box> nodes, List<List<Point>> edgeRoutes, double width, double height) {
        this(nodes, edgeRoutes, List.of(), width, height);
    }

    public Box box(String nodeId) {
        Box b = nodes.get(nodeId);
        if (b == null) throw new IllegalArgumentException("no position for node '" + nodeId + "'");
        return b;
    }

    /** The route from dependency {@code dependency}'s caller to its {@code k}-th fallback, when one was computed. */
    public Optional<List<Point>> fallbackRoute(int dependency, int k) {
        if (dependency >= fallbackRoutes.size()) return Optional.empty();
        List<List<Point>> routes = fallbackRoutes.get(dependency);
        return k < routes.size() && !routes.get(k).isEmpty() ? Optional.of(routes.get(k)) : Optional.empty();
    }
}
