package dev.faultline.app.interim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.layout.Box;
import dev.faultline.layout.LayoutAlgorithm;
import dev.faultline.layout.LayoutResult;
import dev.faultline.layout.Point;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;

/**
 * A stand-in layered layout (layer = longest path from a caller, straight edges), used only until the ELK adapter
 * is on the classpath and by tests that want a layout without ELK's start-up cost.
 */
public final class InterimLayeredLayout implements LayoutAlgorithm {
    static final double W = 150, H = 56, GAP_X = 90, GAP_Y = 36;

    @Override
    public LayoutResult layout(Topology topology, Map<String, Point> pinned, ProgressListener progress,
                               CancellationToken cancel) {
        Map<String, Integer> layer = new HashMap<>();
        for (Node n : topology.nodes()) layer.put(n.id(), 0);
        // Bellman-Ford style relaxation, bounded so cycles cannot loop forever.
        for (int round = 0; round < Math.min(topology.nodes().size(), 64); round++) {
            boolean changed = false;
            for (Dependency d : topology.dependencies()) {
                int want = layer.get(d.from()) + 1;
                if (layer.get(d.to()) < want) {
                    layer.put(d.to(), want);
                    changed = true;
                }
            }
            if (!changed) break;
        }
        Map<Integer, Integer> rowInLayer = new HashMap<>();
        Map<String, Box> boxes = new HashMap<>();
        double width = 0, height = 0;
        for (Node n : topology.nodes()) {
            int l = layer.get(n.id());
            int row = rowInLayer.merge(l, 1, Integer::sum) - 1;
            Point p = pinned.get(n.id());
            Box b = p != null ? new Box(p.x(), p.y(), W, H) : new Box(20 + l * (W + GAP_X), 20 + row * (H + GAP_Y), W, H);
            boxes.put(n.id(), b);
            width = Math.max(width, b.maxX() + 20);
            height = Math.max(height, b.maxY() + 20);
        }
        List<List<Point>> routes = new ArrayList<>();
        for (Dependency d : topology.dependencies()) {
            Box a = boxes.get(d.from());
            Box b = boxes.get(d.to());
            routes.add(List.of(new Point(a.maxX(), a.centerY()), new Point(b.x(), b.centerY())));
        }
        return new LayoutResult(boxes, routes, width, height);
    }
}
