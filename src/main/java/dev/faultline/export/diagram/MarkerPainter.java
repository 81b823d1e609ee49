package dev.faultline.export.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

import dev.faultline.render.Palette;
import dev.faultline.render.StateMarker;

/**
 * The small symbols that carry meaning besides colour: the SPOF warning triangle and the state markers (half-filled
 * circle for DEGRADED, crossed circle for DOWN, lightning for a node the scenario failed). Drawn as shapes, never as
 * font characters, so every export shows them whatever fonts it has.
 */
final class MarkerPainter {
    static final double RADIUS = 9;

    private MarkerPainter() {
    }

    /** A warning triangle centred on (cx, cy). */
    static void spof(Graphics2D g, double cx, double cy, Palette p) {
        double s = 11;
        Path2D.Double tri = new Path2D.Double();
        tri.moveTo(cx, cy - s);
        tri.lineTo(cx + s * 1.05, cy + s * 0.8);
        tri.lineTo(cx - s * 1.05, cy + s * 0.8);
        tri.closePath();
        g.setColor(Java2d.color(p.spof));
        g.fill(tri);
        g.setColor(Java2d.color(p.background));
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(tri);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(cx, cy - s * 0.45, cx, cy + s * 0.2));
        g.fill(new Ellipse2D.Double(cx - 1.3, cy + s * 0.42, 2.6, 2.6));
    }

    /** The state marker centred on (cx, cy); nothing for NONE. */
    static void state(Graphics2D g, StateMarker marker, double cx, double cy, Palette p) {
        if (marker == StateMarker.NONE) return;
        double r = RADIUS;
        Ellipse2D.Double circle = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        Color ring = Java2d.color(p.background);
        switch (marker) {
            case DEGRADED -> {
                g.setColor(Java2d.color(p.background));
                g.fill(circle);
                g.setColor(Java2d.color(p.degraded));
                g.fill(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, 90, 180, Arc2D.CHORD));
                g.setColor(Java2d.color(p.text));
                g.setStroke(new BasicStroke(1.5f));
                g.draw(circle);
                return;
            }
            case DOWN -> {
                g.setColor(Java2d.color(p.down));
                g.fill(circle);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                double a = r * 0.45;
                g.draw(new Line2D.Double(cx - a, cy - a, cx + a, cy + a));
                g.draw(new Line2D.Double(cx - a, cy + a, cx + a, cy - a));
            }
            default -> { // FAILED
                g.setColor(Java2d.color(p.failed));
                g.fill(circle);
                Path2D.Double bolt = new Path2D.Double();
                bolt.moveTo(cx + 1.5, cy - 6.5);
                bolt.lineTo(cx - 4, cy + 1);
                bolt.lineTo(cx - 0.2, cy + 1);
                bolt.lineTo(cx - 1.5, cy + 6.5);
                bolt.lineTo(cx + 4, cy - 1);
                bolt.lineTo(cx + 0.2, cy - 1);
                bolt.closePath();
                g.setColor(new Color(0xFF, 0xD3, 0x3D));
                g.fill(bolt);
            }
        }
        g.setColor(ring);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(circle);
    }
}
