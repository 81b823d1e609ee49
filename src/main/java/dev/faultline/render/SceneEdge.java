package dev.faultline.render;

import java.util.List;

import dev.faultline.layout.Point;

/**
 * A dependency as drawn, from caller to callee along {@code path}. {@code dash} is empty for solid lines (sync),
 * dashed for async; fallback alternatives use their own dash and carry the "or" {@code label}.
 */
public record SceneEdge(String from, String to, List<Point> path, String color, double width, List<Double> dash,
                        boolean fallback, String label) {
    public SceneEdge {
        path = List.copyOf(path);
        dash = List.copyOf(dash);
    }
}
