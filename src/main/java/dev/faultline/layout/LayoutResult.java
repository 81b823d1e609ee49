package dev.faultline.layout;

import java.util.List;
import java.util.Map;

/**
 * Where every node goes and how every dependency is routed. Coordinates never live in the model: this is kept
 * beside it, keyed by node id; {@code edgeRoutes} is indexed like {@code Topology.dependencies()}.
 */
public record LayoutResult(Map<String, Box> nodes, List<List<Point>> edgeRoutes, double width, double height) {
    public LayoutResult {
        nodes = Map.copyOf(nodes);
        edgeRoutes = edgeRoutes.stream().map(List::copyOf).toList();
    }

    public Box box(String nodeId) {
        Box b = nodes.get(nodeId);
        if (b == null) throw new IllegalArgumentException("no position for node '" + nodeId + "'");
        return b;
    }
}
