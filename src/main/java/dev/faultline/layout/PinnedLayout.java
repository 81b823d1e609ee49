package dev.faultline.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;

/**
 * Moves nodes of a finished layout to pinned top-left corners without laying out again. Every route touching a moved
 * node, its dependency route and its fallback ("or") routes alike, is re-routed by {@link EdgeRoutes#between}; every
 * other route is kept. The layout algorithms apply pins through this class and so does the app when the user drags a
 * node, so a pinned picture is the same whether it was pinned before or after the layout ran.
 */
public final class PinnedLayout {
    private PinnedLayout() {
    }

    public static LayoutResult apply(Topology topology, LayoutResult layout, Map<String, Point> pinned) {
        Map<String, Box> boxes = new LinkedHashMap<>(layout.nodes());
        pinned.forEach((id, p) -> boxes.computeIfPresent(id, (k, b) -> b.movedTo(p.x(), p.y())));
        List<Dependency> deps = topology.dependencies();
        List<List<Point>> routes = new ArrayList<>(deps.size());
        List<List<List<Point>>> fallbackRoutes = new ArrayList<>(deps.size());
        for (int i = 0; i < deps.size(); i++) {
            Dependency d = deps.get(i);
            Box from = boxes.get(d.from());
            List<Point> route = i < layout.edgeRoutes().size() ? layout.edgeRoutes().get(i) : List.of();
            boolean moved = pinned.containsKey(d.from()) || pinned.containsKey(d.to());
            routes.add(moved || route.isEmpty() ? EdgeRoutes.between(from, boxes.get(d.to())) : route);
            List<List<Point>> fb = new ArrayList<>(d.fallback().size());
            for (int k = 0; k < d.fallback().size(); k++) {
                String f = d.fallback().get(k);
                List<Point> old = layout.fallbackRoute(i, k).orElse(List.of());
                boolean fbMoved = pinned.containsKey(d.from()) || pinned.containsKey(f);
                fb.add(fbMoved || old.isEmpty() ? EdgeRoutes.between(from, boxes.get(f)) : old);
            }
            fallbackRoutes.add(fb);
        }
        double w = boxes.values().stream().mapToDouble(Box::maxX).max().orElse(0);
        double h = boxes.values().stream().mapToDouble(Box::maxY).max().orElse(0);
        return new LayoutResult(boxes, routes, fallbackRoutes, w, h);
    }
}
