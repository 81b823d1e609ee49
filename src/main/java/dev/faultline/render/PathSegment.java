package dev.faultline.render;

import java.util.List;

import dev.faultline.layout.Point;

/**
 * One step of a toolkit-neutral path in absolute coordinates: MOVE and LINE carry one point, QUAD two (control,
 * end), CUBIC three (two controls, end), CLOSE none. JavaFX and Java2D each translate these one to one.
 */
public record PathSegment(Op op, List<Point> points) {
    public enum Op { MOVE, LINE, QUAD, CUBIC, CLOSE }

    public PathSegment {
        points = List.copyOf(points);
        int expected = switch (op) {
            case MOVE, LINE -> 1;
            case QUAD -> 2;
            case CUBIC -> 3;
            case CLOSE -> 0;
        };
        if (points.size() != expected) throw new IllegalArgumentException(op + " needs " + expected + " points");
    }
}
