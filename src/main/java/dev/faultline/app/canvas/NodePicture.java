package dev.faultline.app.canvas;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import dev.faultline.export.diagram.ScenePainter;
import dev.faultline.layout.Box;
import dev.faultline.layout.Point;
import dev.faultline.render.NodeGeometry;
import dev.faultline.render.Palette;
import dev.faultline.render.SceneEdge;
import dev.faultline.render.SceneNode;
import dev.faultline.render.StateMarker;

/**
 * What the node views of a region show, captured on the FX thread as values, and painted with Java2D over the edge
 * bitmap off it (issue #13): while the view moves, the canvas shows this one picture instead of hundreds of node views
 * (each a box, glyph, label and badges that the software renderer drew again on every frame). The nodes are painted as
 * the exports paint them ({@link ScenePainter}), with the view's dimming, selection ring and the labelled ("or") edges,
 * which are views on the canvas and so not in the edge bitmap. The picture is never shown for a look it does not
 * capture: the canvas drops it as soon as anything it shows changes (see {@link EdgeLayer#nodesChanged()}).
 *
 * @param nodes      the nodes in the region, in the scene's order, where their views are now
 * @param labelled   the labelled edges in the region, as their views draw them now (colour with dimming, width)
 * @param ringColour the selection ring's colour (the theme's accent), ARGB
 */
record NodePicture(List<Look> nodes, List<SceneEdge> labelled, Palette palette, int ringColour, int background) {
    /** One node: its scene look, where its view is (a dragged node is not at its scene box), dimming, selection. */
    record Look(SceneNode node, double x, double y, double dim, boolean selected) { }

    private static final BasicStroke RING = new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[]{6f, 4f}, 0f);

    /** Paints the labelled edges, then the nodes, in diagram units ({@code g} maps them to the bitmap's pixels). */
    void paint(Graphics2D g, ScenePainter painter) {
        paintLabelled(g, painter);
        for (Look look : nodes) {
            SceneNode n = look.node();
            Box b = n.bounds();
            AffineTransform saved = g.getTransform();
            // The scene's box, moved to where the view is.
            g.translate(look.x() - b.x(), look.y() - b.y());
            paintNode(g, painter, look);
            g.setTransform(saved);
        }
    }

    /** The labelled ("or") edges alone, in diagram units. */
    void paintLabelled(Graphics2D g, ScenePainter painter) {
        for (SceneEdge e : labelled) painter.paintLabelledEdge(g, e, palette);
    }

    /** One node at its scene box (selection ring, the node, its dimming), in diagram units. */
    void paintNode(Graphics2D g, ScenePainter painter, Look look) {
        SceneNode n = look.node();
        Box b = n.bounds();
        if (look.selected()) {
            g.setColor(new java.awt.Color(ringColour, true));
            g.setStroke(RING);
            double arc = NodeGeometry.CORNER_RADIUS * 2 + 12;
            g.draw(new RoundRectangle2D.Double(b.x() - 6, b.y() - 6, b.width() + 12, b.height() + 12, arc, arc));
        }
        painter.paintSceneNode(g, n, palette);
        if (look.dim() < Dimming.NONE) dim(g, n, new java.awt.Color(background, true), look.dim());
    }

    /**
     * A dimmed view blends its colours towards the background ({@link Dimming#toward}); over an opaque node the same
     * is the background laid over it at 1 - strength. The badges' pills differ by a shade (the view fades them by
     * group opacity), which a moving picture can afford.
     */
    private static void dim(Graphics2D g, SceneNode n, java.awt.Color bg, double strength) {
        Box b = n.bounds();
        double arc = NodeGeometry.CORNER_RADIUS * 2;
        // The stroke is centred on the box: half of it lies outside.
        double half = n.strokeWidth() / 2;
        Area covered = new Area(new RoundRectangle2D.Double(b.x() - half, b.y() - half, b.width() + 2 * half,
                b.height() + 2 * half, arc + half, arc + half));
        if (n.spof()) {
            Point c = NodeGeometry.spofBadgeCentre(b);
            double s = 11 + 1;
            Path2D.Double tri = new Path2D.Double();
            tri.moveTo(c.x(), c.y() - s);
            tri.lineTo(c.x() + s * 1.05, c.y() + s * 0.8);
            tri.lineTo(c.x() - s * 1.05, c.y() + s * 0.8);
            tri.closePath();
            covered.add(new Area(tri));
        }
        if (n.marker() != StateMarker.NONE) {
            Point c = NodeGeometry.markerCentre(b);
            double r = 9 + 0.75;
            covered.add(new Area(new Ellipse2D.Double(c.x() - r, c.y() - r, 2 * r, 2 * r)));
        }
        Composite saved = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) (1 - strength)));
        g.setColor(bg);
        g.fill(covered);
        g.setComposite(saved);
    }
}
