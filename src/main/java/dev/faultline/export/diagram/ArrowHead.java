package dev.faultline.export.diagram;

import java.awt.geom.Path2D;

import dev.faultline.layout.Point;

/**
 * The arrow head every Java2D picture draws at an edge's target (the PNG/PDF painter and the canvas's edge bitmap),
 * so the canvas and the exports show the same head: a notched triangle whose tip is the route's last point.
 */
public final class ArrowHead {
    private ArrowHead() {
    }

    /**
     * The head at {@code tip}, pointing along the unit vector ({@code ux}, {@code uy}), {@code length} long and
     * {@code halfWidth} wide on each side; the notch is at four fifths of its length.
     */
    public static Path2D.Double at(Point tip, double ux, double uy, double length, double halfWidth) {
        Path2D.Double head = new Path2D.Double();
        head.moveTo(tip.x(), tip.y());
        head.lineTo(tip.x() - ux * length - uy * halfWidth, tip.y() - uy * length + ux * halfWidth);
        head.lineTo(tip.x() - ux * length * 0.8, tip.y() - uy * length * 0.8);
        head.lineTo(tip.x() - ux * length + uy * halfWidth, tip.y() - uy * length - ux * halfWidth);
        head.closePath();
        return head;
    }
}
