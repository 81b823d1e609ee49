package dev.faultline.render;

import java.util.List;

import dev.faultline.layout.Point;

/**
 * A dependency as drawn, from caller to callee along {@code path}, with an arrow head at the callee end.
 * {@code dash} is empty for solid lines (sync), dashed for async; fallback alternatives use their own dash and carry
 * the "or" {@code label} (null when there is none), drawn at the middle of the path.
 */
public record SceneEdge(String from, String to, List<Point> path, String color, double width, List<Double> dash,
                        boolean fallback, String label) {
    public SceneEdge {
        path = List.copyOf(path);
        dash = List.copyOf(dash);
    }
}
