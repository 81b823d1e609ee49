package dev.faultline.app.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.layout.Box;
import dev.faultline.layout.LayoutResult;
import dev.faultline.layout.Point;
import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;

/**
 * Moves nodes in a finished layout without running the layout again: the moved node's edges become straight lines
 * between the two boxes' borders, every other route is kept. This is what dragging (pinning) a node does.
 */
public final class LayoutEdits {
    private LayoutEdits() {
    }

    public static LayoutResult move(Topology topology, LayoutResult layout, Map<String, Point> topLeftById) {
        Map<String, Box> boxes = new HashMap<>(layout.nodes());
        topLeftById.forEach((id, p) -> {
            Box b = boxes.get(id);
            if (b != null) boxes.put(id, b.movedTo(p.x(), p.y()));
        });
        List<Dependency> deps = topology.dependencies();
        List<List<Point>> routes = new ArrayList<>(layout.edgeRoutes());
        for (int i = 0; i < deps.size() && i < routes.size(); i++) {
            Dependency d = deps.get(i);
            if (topLeftById.containsKey(d.from()) || topLeftById.containsKey(d.to())) {
                Box a = boxes.get(d.from());
                Box b = boxes.get(d.to());
                if (a != null && b != null) routes.set(i, straight(a, b));
            }
        }
        double width = layout.width();
        double height = layout.height();
        for (Box b : boxes.values()) {
            width = Math.max(width, b.maxX());
            height = Math.max(height, b.maxY());
        }
        return new LayoutResult(boxes, routes, width, height);
    }

    /** The segment between two boxes, clipped to their borders so the arrow head lands on the target's edge. */
    public static List<Point> straight(Box from, Box to) {
        Point a = from.center();
        Point b = to.center();
        return List.of(clip(from, a, b), clip(to, b, a));
    }

    /** Where the ray from the box centre towards {@code toward} leaves the box. */
    static Point clip(Box box, Point center, Point toward) {
        double dx = toward.x() - center.x();
        double dy = toward.y() - center.y();
        if (dx == 0 && dy == 0) return center;
        double sx = dx == 0 ? Double.MAX_VALUE : (box.width() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (box.height() / 2) / Math.abs(dy);
        double s = Math.min(1, Math.min(sx, sy));
        return new Point(center.x() + dx * s, center.y() + dy * s);
    }
}
