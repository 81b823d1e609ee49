package dev.faultline.export.diagram;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.faultline.layout.Box;
import dev.faultline.layout.Point;
import dev.faultline.render.Colors;
import dev.faultline.render.DiagramScene;
import dev.faultline.render.KindGlyphs;
import dev.faultline.render.NodeGeometry;
import dev.faultline.render.Palette;
import dev.faultline.render.SceneEdge;
import dev.faultline.render.SceneGroup;
import dev.faultline.render.SceneNode;
import dev.faultline.render.StylePolicy;

/**
 * Draws a {@link DiagramScene} onto any {@link Graphics2D}: SVG, PDF and PNG export all go through here, so the
 * three cannot differ. {@link #paintPage} adds the title block (title, subtitle, source file, date, overlay) above
 * the diagram and the legend below it; {@link #paintDiagram} draws only the diagram, in scene coordinates.
 * Text is drawn as text (drawString), never as outlines, so vector exports stay searchable.
 */
public final class ScenePainter {
    static final String FONT = "SansSerif";
    static final double PAD = 24;
    static final double MIN_PAGE_WIDTH = 640;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final KindGlyphs glyphs;
    private final Font labelFont = new Font(FONT, Font.BOLD, (int) NodeGeometry.LABEL_FONT_SIZE);
    private final Font badgeFont = new Font(FONT, Font.PLAIN, (int) NodeGeometry.BADGE_FONT_SIZE);
    private final Font groupFont = new Font(FONT, Font.BOLD, 11);
    private final Font titleFont = new Font(FONT, Font.BOLD, 20);
    private final Font subtitleFont = new Font(FONT, Font.PLAIN, 12);
    private final Font orFont = new Font(FONT, Font.ITALIC, 10);

    public ScenePainter(KindGlyphs glyphs) {
        this.glyphs = glyphs;
    }

    /** Where the parts of a page go, in page pixels; {@code width} x {@code height} is the whole page. */
    public record PageLayout(double width, double height, double diagramX, double diagramY, double legendY,
                             LegendPainter.Grid legend) {
    }

    /** The page size and arrangement for a scene, measured with the same fonts the painter uses. */
    public PageLayout measure(DiagramScene scene, DiagramExportOptions options) {
        Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            FontMetrics small = scratch.getFontMetrics(subtitleFont);
            double titleWidth = Math.max(scratch.getFontMetrics(titleFont).stringWidth(scene.title()),
                    Math.max(small.stringWidth(metaLine(scene, options)), small.stringWidth(scene.subtitle())));
            double width = Math.max(Math.max(scene.width(), MIN_PAGE_WIDTH), titleWidth + 2 * PAD);
            LegendPainter legend = new LegendPainter(glyphs);
            LegendPainter.Grid grid = legend.grid(scratch, scene.legend(), width - 2 * PAD);
            width = Math.max(width, grid.width() + 2 * PAD);
            double header = headerHeight(scene);
            double legendY = header + scene.height();
            double height = legendY + (scene.legend().isEmpty() ? 0 : grid.height() + PAD);
            return new PageLayout(width, height, (width - scene.width()) / 2, header, legendY, grid);
        } finally {
            scratch.dispose();
        }
    }

    private static double headerHeight(DiagramScene scene) {
        return PAD + 22 + (scene.subtitle().isBlank() ? 0 : 18) + 18 + 8;
    }

    private static String metaLine(DiagramScene scene, DiagramExportOptions options) {
        String source = options.sourceName() == null || options.sourceName().isBlank() ? "" : options.sourceName() + "  ·  ";
        return source + DATE.format(options.date()) + "  ·  overlay: " + scene.overlay().id();
    }

    /** The whole page: background, title block, diagram, legend. */
    public void paintPage(Graphics2D g, DiagramScene scene, DiagramExportOptions options) {
        PageLayout page = measure(scene, options);
        hints(g);
        Palette p = scene.palette();
        g.setColor(Java2d.color(p.background));
        g.fill(new Rectangle2D.Double(0, 0, page.width(), page.height()));
        double y = PAD + 18;
        g.setColor(Java2d.color(p.text));
        g.setFont(titleFont);
        g.drawString(scene.title(), (float) PAD, (float) y);
        g.setFont(subtitleFont);
        if (!scene.subtitle().isBlank()) {
            y += 20;
            g.drawString(scene.subtitle(), (float) PAD, (float) y);
        }
        y += 18;
        g.setColor(Java2d.color(p.mutedText));
        g.drawString(metaLine(scene, options), (float) PAD, (float) y);
        AffineTransform saved = g.getTransform();
        g.translate(page.diagramX(), page.diagramY());
        paintDiagram(g, scene);
        g.setTransform(saved);
        if (!scene.legend().isEmpty()) {
            new LegendPainter(glyphs).paint(g, scene.legend(), page.legend(), PAD, page.legendY(), p);
        }
    }

    /** Only the diagram (groups, edges, nodes), in scene coordinates, without background. */
    public void paintDiagram(Graphics2D g, DiagramScene scene) {
        hints(g);
        for (SceneGroup group : scene.groups()) paintGroup(g, group, scene.palette());
        for (SceneEdge edge : scene.edges()) paintEdge(g, edge);
        for (SceneEdge edge : scene.edges()) if (edge.label() != null) paintEdgeLabel(g, edge, scene.palette());
        for (SceneNode node : scene.nodes()) paintNode(g, node, scene.palette());
    }

    /**
     * One node as the diagram draws it, at its scene box: box, glyph, label, badges, SPOF triangle and state marker.
     * The canvas paints the nodes in view with this into one picture while the view moves (issue #13).
     */
    public void paintSceneNode(Graphics2D g, SceneNode node, Palette p) {
        paintNode(g, node, p);
    }

    /** One edge with its label pill (the "or" of a fallback), as the diagram draws it. */
    public void paintLabelledEdge(Graphics2D g, SceneEdge edge, Palette p) {
        paintEdge(g, edge);
        if (edge.label() != null) paintEdgeLabel(g, edge, p);
    }

    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    private void paintGroup(Graphics2D g, SceneGroup group, Palette p) {
        Box b = group.bounds();
        RoundRectangle2D.Double shape = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 16, 16);
        g.setColor(Java2d.color(group.fill()));
        g.fill(shape);
        g.setColor(Java2d.color(group.stroke()));
        g.setStroke(Java2d.stroke(StylePolicy.GROUP_STROKE_WIDTH, StylePolicy.GROUP_DASH));
        g.draw(shape);
        g.setFont(groupFont);
        g.setColor(Java2d.color(p.text));
        g.drawString(fit(g.getFontMetrics(), group.label(), b.width() - 16), (float) (b.x() + 10), (float) (b.y() + 15));
    }

    private void paintEdge(Graphics2D g, SceneEdge edge) {
        List<Point> pts = edge.path();
        if (pts.size() < 2) return;
        Point tip = pts.get(pts.size() - 1);
        Point before = pts.get(pts.size() - 2);
        double len = Math.hypot(tip.x() - before.x(), tip.y() - before.y());
        if (len == 0) return;
        double ux = (tip.x() - before.x()) / len;
        double uy = (tip.y() - before.y()) / len;
        double head = 9 + edge.width() * 1.2;
        double halfWidth = 3.5 + edge.width() * 0.8;
        // Stop the line inside the arrow head, so a thick or dashed line never pokes through its tip.
        double cut = Math.min(head * 0.7, len);
        Point end = new Point(tip.x() - ux * cut, tip.y() - uy * cut);
        g.setColor(Java2d.color(edge.color()));
        g.setStroke(Java2d.stroke(edge.width(), edge.dash()));
        g.draw(roundedPolyline(pts.subList(0, pts.size() - 1), end));
        g.fill(ArrowHead.at(tip, ux, uy, head, halfWidth));
    }

    /** The polyline through {@code pts} then {@code end}, with bends rounded off (radius up to 8). */
    private static Path2D roundedPolyline(List<Point> pts, Point end) {
        Path2D.Double path = new Path2D.Double();
        List<Point> all = new java.util.ArrayList<>(pts);
        all.add(end);
        path.moveTo(all.get(0).x(), all.get(0).y());
        for (int i = 1; i < all.size() - 1; i++) {
            Point a = all.get(i - 1), b = all.get(i), c = all.get(i + 1);
            double inLen = Math.hypot(b.x() - a.x(), b.y() - a.y());
            double outLen = Math.hypot(c.x() - b.x(), c.y() - b.y());
            double r = Math.min(8, Math.min(inLen, outLen) / 2);
            if (r < 0.5) {
                path.lineTo(b.x(), b.y());
                continue;
            }
            path.lineTo(b.x() - (b.x() - a.x()) / inLen * r, b.y() - (b.y() - a.y()) / inLen * r);
            path.quadTo(b.x(), b.y(), b.x() + (c.x() - b.x()) / outLen * r, b.y() + (c.y() - b.y()) / outLen * r);
        }
        path.lineTo(end.x(), end.y());
        return path;
    }

    private void paintEdgeLabel(Graphics2D g, SceneEdge edge, Palette p) {
        Point mid = midpoint(edge.path());
        g.setFont(orFont);
        FontMetrics fm = g.getFontMetrics();
        double w = fm.stringWidth(edge.label()) + 8;
        double h = 13;
        RoundRectangle2D.Double pill = new RoundRectangle2D.Double(mid.x() - w / 2, mid.y() - h / 2, w, h, h, h);
        g.setColor(Java2d.color(p.background));
        g.fill(pill);
        g.setColor(Java2d.color(edge.color()));
        g.setStroke(new BasicStroke(1f));
        g.draw(pill);
        g.drawString(edge.label(), (float) (mid.x() - w / 2 + 4), (float) (mid.y() + 3.5));
    }

    /** The point half-way along a polyline, by length. */
    static Point midpoint(List<Point> pts) {
        double total = 0;
        for (int i = 1; i < pts.size(); i++) total += Math.hypot(pts.get(i).x() - pts.get(i - 1).x(), pts.get(i).y() - pts.get(i - 1).y());
        double left = total / 2;
        for (int i = 1; i < pts.size(); i++) {
            Point a = pts.get(i - 1), b = pts.get(i);
            double seg = Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (seg >= left && seg > 0) return new Point(a.x() + (b.x() - a.x()) * left / seg, a.y() + (b.y() - a.y()) * left / seg);
            left -= seg;
        }
        return pts.get(pts.size() - 1);
    }

    private void paintNode(Graphics2D g, SceneNode n, Palette p) {
        Box b = n.bounds();
        RoundRectangle2D.Double shape = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(),
                NodeGeometry.CORNER_RADIUS * 2, NodeGeometry.CORNER_RADIUS * 2);
        g.setColor(Java2d.color(n.fill()));
        g.fill(shape);
        g.setColor(Java2d.color(n.stroke()));
        g.setStroke(Java2d.stroke(n.strokeWidth(), n.strokeDash()));
        g.draw(shape);
        Point gl = NodeGeometry.glyphTopLeft(b);
        g.setColor(Java2d.color(Colors.withAlpha(n.textColor(), 0.85)));
        g.fill(Java2d.glyph(glyphs.path(n.kind()), gl.x(), gl.y(), NodeGeometry.GLYPH_SIZE));
        g.setFont(labelFont);
        g.setColor(Java2d.color(n.textColor()));
        Point lb = NodeGeometry.labelBaseline(n);
        g.drawString(fit(g.getFontMetrics(), n.label(), NodeGeometry.labelWidth(b)), (float) lb.x(), (float) lb.y());
        paintBadges(g, n, p);
        if (n.spof()) {
            Point c = NodeGeometry.spofBadgeCentre(b);
            MarkerPainter.spof(g, c.x(), c.y(), p);
        }
        Point mc = NodeGeometry.markerCentre(b);
        MarkerPainter.state(g, n.marker(), mc.x(), mc.y(), p);
    }

    private void paintBadges(Graphics2D g, SceneNode n, Palette p) {
        if (!NodeGeometry.showsBadges(n)) return;
        g.setFont(badgeFont);
        FontMetrics fm = g.getFontMetrics();
        Box b = n.bounds();
        Point at = NodeGeometry.firstBadge(b);
        double x = at.x();
        double right = b.maxX() - NodeGeometry.TEXT_RIGHT_PAD;
        for (String text : n.badges()) {
            String shown = fit(fm, text, right - x - 2 * NodeGeometry.BADGE_PAD);
            if (shown.isEmpty()) break;
            double w = fm.stringWidth(shown) + 2 * NodeGeometry.BADGE_PAD;
            paintPill(g, shown, x, at.y(), w, p);
            x += w + NodeGeometry.BADGE_GAP;
            if (x >= right) break;
        }
    }

    static void paintPill(Graphics2D g, String text, double x, double y, double w, Palette p) {
        double h = NodeGeometry.BADGE_HEIGHT;
        RoundRectangle2D.Double pill = new RoundRectangle2D.Double(x, y, w, h, h, h);
        g.setColor(Java2d.color(p.badgeFill));
        g.fill(pill);
        g.setColor(Java2d.color(p.badgeStroke));
        g.setStroke(new BasicStroke(1f));
        g.draw(pill);
        g.setColor(Java2d.color(p.text));
        g.drawString(text, (float) (x + NodeGeometry.BADGE_PAD), (float) (y + h - 3.5));
    }

    /** The text, cut with an ellipsis to fit {@code width}; empty when not even the ellipsis fits. */
    static String fit(FontMetrics fm, String text, double width) {
        if (fm.stringWidth(text) <= width) return text;
        String ellipsis = "…";
        int end = text.length();
        while (end > 0 && fm.stringWidth(text.substring(0, end) + ellipsis) > width) {
            end = Character.isLowSurrogate(text.charAt(end - 1)) && end > 1 ? end - 2 : end - 1;
        }
        return end == 0 ? "" : text.substring(0, end) + ellipsis;
    }
}
