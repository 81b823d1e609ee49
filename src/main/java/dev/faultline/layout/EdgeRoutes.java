package dev.faultline.layout;

import java.util.List;

/** Simple routes between two boxes, for pinned nodes and the fast layout: straight, or a Z-shaped orthogonal route when offset. */
public final class EdgeRoutes {
    private EdgeRoutes() {
    }

    /**
     * From the bottom of {@code from} to the top of {@code to} when the callee sits below; otherwise from side to
     * side. A straight segment when the boxes line up, else a Z (two bends half-way) so the arrow enters the callee squarely.
     */
    public static List<Point> between(Box from, Box to) {
        if (to.y() >= from.maxY()) {
            Point start = new Point(from.centerX(), from.maxY());
            Point end = new Point(to.centerX(), to.y());
            return bendIfNeeded(start, end, true);
        }
        if (from.y() >= to.maxY()) {
            Point start = new Point(from.centerX(), from.y());
            Point end = new Point(to.centerX(), to.maxY());
            return bendIfNeeded(start, end, true);
        }
        boolean rightwards = to.centerX() >= from.centerX();
        Point start = new Point(rightwards ? from.maxX() : from.x(), from.centerY());
        Point end = new Point(rightwards ? to.x() : to.maxX(), to.centerY());
        return bendIfNeeded(start, end, false);
    }

    /** A straight line between the two boxes' borders, along the line joining their centres. */
    public static List<Point> straight(Box from, Box to) {
        return List.of(clip(from, to.center()), clip(to, from.center()));
    }

    private static List<Point> bendIfNeeded(Point start, Point end, boolean vertical) {
        if (Math.abs(vertical ? start.x() - end.x() : start.y() - end.y()) < 0.5) return List.of(start, end);
        // Turn half-way, so both the leg leaving the caller and the leg entering the callee (where the arrow head
        // sits) are square to their boxes.
        if (vertical) {
            double midY = (start.y() + end.y()) / 2;
            return List.of(start, new Point(start.x(), midY), new Point(end.x(), midY), end);
        }
        double midX = (start.x() + end.x()) / 2;
        return List.of(start, new Point(midX, start.y()), new Point(midX, end.y()), end);
    }

    /** Where the segment from the box centre towards {@code target} leaves the box. */
    static Point clip(Box box, Point target) {
        double dx = target.x() - box.centerX();
        double dy = target.y() - box.centerY();
        if (dx == 0 && dy == 0) return box.center();
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (box.width() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (box.height() / 2) / Math.abs(dy);
        double s = Math.min(1, Math.min(sx, sy));
        return new Point(box.centerX() + dx * s, box.centerY() + dy * s);
    }
}
