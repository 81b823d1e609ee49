package dev.faultline.app.canvas;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import dev.faultline.layout.Box;
import dev.faultline.layout.Point;
import dev.faultline.render.KindGlyphs;
import dev.faultline.render.NodeGeometry;
import dev.faultline.render.Palette;
import dev.faultline.render.SceneNode;
import dev.faultline.render.StateMarker;

/**
 * One node on the canvas, drawn like the exports draw it ({@link NodeGeometry}): rounded box, kind glyph, label,
 * badge pills, the SPOF triangle (top-left) and the state marker (top-right), all as shapes rather than font
 * characters. Positioned by its layout X/Y; restyled in place when the overlay or the scenario changes.
 * Its id is {@code node-<id>}, its style class {@code diagram-node}; pseudo-classes ({@link PseudoStates}) say SPOF,
 * state and selection, so tests and CSS can find it.
 */
final class NodeView extends Group {
    static final String SPOF_CLASS = "spof";
    private static final Font LABEL_FONT = Font.font("System", FontWeight.BOLD, NodeGeometry.LABEL_FONT_SIZE);
    private static final Font BADGE_FONT = Font.font("System", NodeGeometry.BADGE_FONT_SIZE);
    private final String nodeId;
    private static final Text PROBE = new Text();
    private final Rectangle shape = new Rectangle();
    private final ColorCache colours;
    private final KindGlyphs glyphs;
    // Built on demand: thousands of nodes must open fast, and a zoomed-out view draws no text at all.
    private Rectangle selectionRing;
    private SVGPath glyph;
    private Text label;
    private Group badges;
    private Group detail;
    private Group spofBadge;
    private Group marker;
    private Tooltip tooltip;
    private SceneNode current;
    private boolean compact;
    private double dotSize;
    private Palette palette;
    /** 1 = full strength; below 1 the node is drawn dimmed (by colour, see {@link Dimming}). */
    private double dim = Dimming.NONE;
    /** Set while the node is drawn inside its group's block ({@link #drawAt}). */
    private Box drawnAt;
    private javafx.scene.transform.Affine inBlock;
    /** Told when anything this view shows changes (the canvas's moving picture then no longer shows it). */
    private Runnable onLookChanged = () -> { };
    private static final List<String> STATE_CLASSES = List.of(SPOF_CLASS, "state-down", "state-degraded",
            "state-failed", "scenario-root", "cascade");

    NodeView(SceneNode node, ColorCache colours, KindGlyphs glyphs, Palette palette) {
        this.nodeId = node.id();
        setId("node-" + node.id());
        getStyleClass().add("diagram-node");
        this.colours = colours;
        this.glyphs = glyphs;
        shape.getStyleClass().add("node-shape");
        getChildren().add(shape);
        update(node, colours, palette);
        // A drag moves the view: the moving picture has it at its old place.
        layoutXProperty().addListener(o -> onLookChanged.run());
        layoutYProperty().addListener(o -> onLookChanged.run());
    }

    void setOnLookChanged(Runnable r) {
        onLookChanged = r;
    }

    String nodeId() {
        return nodeId;
    }

    SceneNode scene() {
        return current;
    }

    Box bounds() {
        return new Box(getLayoutX(), getLayoutY(), current.bounds().width(), current.bounds().height());
    }

    /**
     * Draws the node scaled into {@code target} instead of at its layout position (an opened group's nodes inside its
     * block while groups are drawn); null: where the layout put it. Hit tests and hover follow, the layout does not.
     */
    void drawAt(Box target) {
        if (target == null && drawnAt == null) return;
        drawnAt = target;
        if (target == null) {
            getTransforms().remove(inBlock);
            return;
        }
        if (inBlock == null) inBlock = new javafx.scene.transform.Affine();
        double s = target.width() / Math.max(current.bounds().width(), 1e-9);
        inBlock.setToTransform(s, 0, target.x() - getLayoutX(), 0, s, target.y() - getLayoutY());
        if (!getTransforms().contains(inBlock)) getTransforms().add(inBlock);
    }

    /** Where the node is drawn now: inside a block ({@link #drawAt}) or at its layout position. */
    Box drawnBounds() {
        return drawnAt != null ? drawnAt : bounds();
    }

    /** Applies a scene node: nothing when it is the same, geometry only when it changed. */
    void update(SceneNode n, ColorCache colours, Palette p) {
        if (n.equals(current) && p == palette) return;
        onLookChanged.run();
        boolean geometry = current == null || !current.bounds().equals(n.bounds())
                || !current.label().equals(n.label()) || !current.badges().equals(n.badges());
        boolean paletteChanged = palette != p;
        SceneNode before = current;
        current = n;
        palette = p;
        if (geometry || paletteChanged) layoutParts(n);
        applyShapeStyle();
        if (detail != null) colourDetail(n);
        if (before == null || before.spof() != n.spof() || paletteChanged || geometry) drawSpof(n.spof());
        if (before == null || before.marker() != n.marker() || paletteChanged || geometry) drawMarker(n.marker());
        setStateClasses(n);
        if (tooltip != null) tooltip.setText(tooltipText());
    }

    private String tooltipText() {
        return current.tooltip() == null || current.tooltip().isEmpty() ? current.label() : current.tooltip();
    }

    /** Hides the tooltip and forgets it until the pointer enters again (a context menu opens over it). */
    void hideTooltip() {
        if (tooltip == null) return;
        tooltip.hide();
        Tooltip.uninstall(shape, tooltip);
        tooltip = null;
    }

    public boolean tooltipShowing() {
        return tooltip != null && tooltip.isShowing();
    }

    /** Made on first hover: thousands of Tooltip controls up front would slow opening down. */
    void ensureTooltip() {
        if (tooltip != null) return;
        tooltip = new Tooltip(tooltipText());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Tooltip.install(shape, tooltip);
    }

    /** Glyph, label and badges: built the first time the node is seen at a readable zoom. */
    private void ensureDetail() {
        if (detail != null) return;
        glyph = new SVGPath();
        glyph.setContent(glyphs.pathData(current.kind()));
        double s = NodeGeometry.GLYPH_SIZE / KindGlyphs.BOX;
        glyph.setScaleX(s);
        glyph.setScaleY(s);
        label = new Text();
        label.getStyleClass().add("node-label");
        label.setFont(LABEL_FONT);
        badges = new Group();
        detail = new Group(glyph, label, badges);
        detail.setMouseTransparent(true);
        getChildren().add(getChildren().indexOf(shape) + 1, detail);
        layoutDetail(current);
        colourDetail(current);
    }

    private void colourDetail(SceneNode n) {
        Color text = tone(colours.get(n.textColor(), Color.BLACK));
        label.setFill(text);
        glyph.setFill(text.deriveColor(0, 1, 1, 0.85));
        // Badges are several shapes: a group opacity, paid only while they are drawn (zoomed in, on screen).
        badges.setOpacity(dim);
    }

    private void applyShapeStyle() {
        SceneNode n = current;
        if (compact) {
            shape.setArcWidth(0);
            shape.setArcHeight(0);
            shape.setStroke(null);
            shape.getStrokeDashArray().clear();
            // A dot must show against the background: SPOFs and failed nodes in their outline colour, pale fills
            // (plain nodes) in the outline colour too, team and heat colours as they are.
            Color fill = colours.get(n.fill(), Color.WHITE);
            boolean pale = fill.getBrightness() > 0.9 && fill.getSaturation() < 0.15;
            shape.setFill(tone(colours.get(n.spof() || n.marker() != StateMarker.NONE || pale ? n.stroke() : n.fill(),
                    Color.GRAY)));
            sizeDot();
            return;
        }
        shape.setX(0);
        shape.setY(0);
        shape.setWidth(current.bounds().width());
        shape.setHeight(current.bounds().height());
        shape.setArcWidth(NodeGeometry.CORNER_RADIUS * 2);
        shape.setArcHeight(NodeGeometry.CORNER_RADIUS * 2);
        shape.setFill(tone(colours.get(n.fill(), Color.WHITE)));
        shape.setStroke(tone(colours.get(n.stroke(), Color.GRAY)));
        shape.setStrokeWidth(n.strokeWidth());
        if (!shape.getStrokeDashArray().equals(n.strokeDash())) shape.getStrokeDashArray().setAll(n.strokeDash());
    }

    /** A colour of this node as drawn now: blended towards the background while dimmed. */
    private Color tone(Color c) {
        return dim >= Dimming.NONE ? c : Dimming.toward(c, colours.get(palette.background, Color.WHITE), dim);
    }

    /** Dims the node (1 = full strength, 0.3 = mostly background) without group opacity; see {@link Dimming}. */
    void setDim(double strength) {
        if (dim == strength) return;
        dim = strength;
        onLookChanged.run();
        applyShapeStyle();
        if (detail != null) colourDetail(current);
        if (spofBadge != null) retone(spofBadge);
        if (marker != null) retone(marker);
    }

    /**
     * Applies the dimming to a badge's shapes in place, from the colours they were drawn with (kept in each shape's
     * properties): rebuilding the badges of every SPOF for each hover would add shapes, and so a CSS pass.
     */
    private void retone(Group parts) {
        for (javafx.scene.Node part : parts.getChildren()) {
            if (!(part instanceof javafx.scene.shape.Shape shapePart)) continue;
            var props = shapePart.getProperties();
            if (shapePart.getFill() != null) props.putIfAbsent("fill", shapePart.getFill());
            if (shapePart.getStroke() != null) props.putIfAbsent("stroke", shapePart.getStroke());
            if (props.get("fill") instanceof Color f) shapePart.setFill(tone(f));
            if (props.get("stroke") instanceof Color c) shapePart.setStroke(tone(c));
        }
    }

    double dim() {
        return dim;
    }

    private void setStateClasses(SceneNode n) {
        List<String> wanted = new ArrayList<>(3);
        if (n.spof()) wanted.add(SPOF_CLASS);
        if (n.root()) wanted.add("scenario-root");
        else if (n.marker() != StateMarker.NONE) wanted.add("cascade");
        switch (n.marker()) {
            case DOWN -> wanted.add("state-down");
            case DEGRADED -> wanted.add("state-degraded");
            case FAILED -> wanted.add("state-failed");
            default -> { }
        }
        PseudoStates.setExactly(this, STATE_CLASSES, wanted);
    }

    private void layoutParts(SceneNode n) {
        Box b = n.bounds();
        relocate(b.x(), b.y());
        double w = b.width();
        double h = b.height();
        shape.setWidth(w);
        shape.setHeight(h);
        shape.setStrokeType(StrokeType.CENTERED);
        if (selectionRing != null) sizeRing();
        if (detail != null) layoutDetail(n);
    }

    private void sizeRing() {
        double w = current.bounds().width();
        double h = current.bounds().height();
        selectionRing.setX(-6);
        selectionRing.setY(-6);
        selectionRing.setWidth(w + 12);
        selectionRing.setHeight(h + 12);
        selectionRing.setArcWidth(NodeGeometry.CORNER_RADIUS * 2 + 12);
        selectionRing.setArcHeight(NodeGeometry.CORNER_RADIUS * 2 + 12);
    }

    private void layoutDetail(SceneNode n) {
        Box b = n.bounds();
        // SVGPath scales around its centre: place the 24-box so that the scaled glyph lands at glyphTopLeft.
        Point gl = local(NodeGeometry.glyphTopLeft(b), b);
        double shift = (KindGlyphs.BOX - NodeGeometry.GLYPH_SIZE) / 2;
        glyph.setLayoutX(gl.x() - shift);
        glyph.setLayoutY(gl.y() - shift);
        Point lb = local(NodeGeometry.labelBaseline(n), b);
        label.setText(fit(n.label(), NodeGeometry.labelWidth(b), LABEL_FONT));
        label.setX(lb.x());
        label.setY(lb.y());
        drawBadges(n, b);
    }

    private void drawBadges(SceneNode n, Box b) {
        List<javafx.scene.Node> pills = new ArrayList<>();
        Point at = local(NodeGeometry.firstBadge(b), b);
        double x = at.x();
        double right = b.width() - NodeGeometry.TEXT_RIGHT_PAD;
        double h = NodeGeometry.BADGE_HEIGHT;
        for (String text : NodeGeometry.showsBadges(n) ? n.badges() : List.<String>of()) {
            String shown = fit(text, right - x - 2 * NodeGeometry.BADGE_PAD, BADGE_FONT);
            if (shown.isEmpty()) break;
            double tw = width(shown, BADGE_FONT);
            Text t = new Text(shown);
            t.setFont(BADGE_FONT);
            double pw = tw + 2 * NodeGeometry.BADGE_PAD;
            Rectangle pill = new Rectangle(x, at.y(), pw, h);
            pill.setArcWidth(h);
            pill.setArcHeight(h);
            pill.setFill(colours.get(palette.badgeFill, Color.WHITE));
            pill.setStroke(colours.get(palette.badgeStroke, Color.LIGHTGRAY));
            t.setX(x + NodeGeometry.BADGE_PAD);
            t.setY(at.y() + h - 3.5);
            t.setFill(colours.get(palette.text, Color.BLACK));
            t.getStyleClass().add("node-badge");
            pills.add(pill);
            pills.add(t);
            x += pw + NodeGeometry.BADGE_GAP;
            if (x >= right) break;
        }
        badges.getChildren().setAll(pills);
    }

    private static Point local(Point p, Box b) {
        return new Point(p.x() - b.x(), p.y() - b.y());
    }

    /** Shortens a text that would not fit, with an ellipsis, so no text runs out of its node. */
    private static String fit(String text, double width, Font font) {
        if (width(text, font) <= width) return text;
        int end = text.length();
        while (end > 0) {
            end--;
            if (width(text.substring(0, end) + "…", font) <= width) return text.substring(0, end) + "…";
        }
        return "";
    }

    private static double width(String text, Font font) {
        PROBE.setFont(font);
        PROBE.setText(text);
        return PROBE.getLayoutBounds().getWidth();
    }

    private void drawSpof(boolean spof) {
        if (!spof) {
            if (spofBadge != null) spofBadge.getChildren().clear();
            return;
        }
        if (spofBadge == null) {
            spofBadge = new Group();
            spofBadge.getStyleClass().add("spof-badge");
            spofBadge.setMouseTransparent(true);
            getChildren().add(spofBadge);
        }
        spofBadge.getChildren().clear();
        Point c = local(NodeGeometry.spofBadgeCentre(current.bounds()), current.bounds());
        double s = 11;
        Polygon tri = new Polygon(c.x(), c.y() - s, c.x() + s * 1.05, c.y() + s * 0.8, c.x() - s * 1.05, c.y() + s * 0.8);
        tri.setFill(colours.get(palette.spof, Color.ORANGERED));
        tri.setStroke(colours.get(palette.background, Color.WHITE));
        tri.setStrokeWidth(1.5);
        Line bar = new Line(c.x(), c.y() - s * 0.45, c.x(), c.y() + s * 0.2);
        bar.setStroke(Color.WHITE);
        bar.setStrokeWidth(2.2);
        bar.setStrokeLineCap(StrokeLineCap.ROUND);
        Circle dot = new Circle(c.x(), c.y() + s * 0.42 + 1.3, 1.3, Color.WHITE);
        spofBadge.getChildren().addAll(tri, bar, dot);
        retone(spofBadge);
    }

    private void drawMarker(StateMarker m) {
        if (m == StateMarker.NONE) {
            if (marker != null) marker.getChildren().clear();
            return;
        }
        if (marker == null) {
            marker = new Group();
            marker.setMouseTransparent(true);
            getChildren().add(marker);
        }
        marker.getChildren().clear();
        List<String> markerClasses = List.of("state-marker", "marker-" + m.name().toLowerCase(java.util.Locale.ROOT));
        if (!marker.getStyleClass().equals(markerClasses)) marker.getStyleClass().setAll(markerClasses);
        Point c = local(NodeGeometry.markerCentre(current.bounds()), current.bounds());
        double r = 9;
        Circle ring = new Circle(c.x(), c.y(), r);
        ring.setStroke(colours.get(palette.background, Color.WHITE));
        ring.setStrokeWidth(1.5);
        switch (m) {
            case DEGRADED -> {
                ring.setFill(colours.get(palette.background, Color.WHITE));
                ring.setStroke(colours.get(palette.text, Color.BLACK));
                Arc half = new Arc(c.x(), c.y(), r, r, 90, 180);
                half.setType(ArcType.CHORD);
                half.setFill(colours.get(palette.degraded, Color.ORANGE));
                marker.getChildren().addAll(ring, half);
            }
            case DOWN -> {
                ring.setFill(colours.get(palette.down, Color.RED));
                double a = r * 0.45;
                Line l1 = new Line(c.x() - a, c.y() - a, c.x() + a, c.y() + a);
                Line l2 = new Line(c.x() - a, c.y() + a, c.x() + a, c.y() - a);
                for (Line l : List.of(l1, l2)) {
                    l.setStroke(Color.WHITE);
                    l.setStrokeWidth(2.2);
                    l.setStrokeLineCap(StrokeLineCap.ROUND);
                }
                marker.getChildren().addAll(ring, l1, l2);
            }
            default -> {
                ring.setFill(colours.get(palette.failed, Color.BLACK));
                Polygon bolt = new Polygon(c.x() + 1.5, c.y() - 6.5, c.x() - 4, c.y() + 1, c.x() - 0.2, c.y() + 1,
                        c.x() - 1.5, c.y() + 6.5, c.x() + 4, c.y() - 1, c.x() + 0.2, c.y() - 1);
                bolt.setFill(Color.web("#FFD33D"));
                marker.getChildren().addAll(ring, bolt);
            }
        }
        retone(marker);
    }

    /**
     * Far zoom: a node is a few pixels wide, so draw it as a plain filled block (no rounded corners, no outline,
     * which the software renderer pays for on every frame of a pan); SPOFs keep their outline colour as fill.
     */
    /** Far zoom: the smallest size, in diagram units, a node's dot is drawn at (so it stays a few pixels wide). */
    void setDotSize(double size) {
        if (dotSize == size) return;
        dotSize = size;
        if (compact) sizeDot();
    }

    private void sizeDot() {
        Box b = current.bounds();
        double w = Math.max(b.width(), dotSize);
        double h = Math.max(b.height(), dotSize);
        shape.setX((b.width() - w) / 2);
        shape.setY((b.height() - h) / 2);
        shape.setWidth(w);
        shape.setHeight(h);
    }

    void setCompact(boolean compact) {
        if (this.compact == compact) return;
        this.compact = compact;
        onLookChanged.run();
        applyShapeStyle();
    }

    void setSelected(boolean selected) {
        if (selected != (selectionRing != null && selectionRing.isVisible())) onLookChanged.run();
        if (selected && selectionRing == null) {
            selectionRing = new Rectangle();
            selectionRing.getStyleClass().add("selection-ring");
            selectionRing.setMouseTransparent(true);
            sizeRing();
            getChildren().add(0, selectionRing);
        }
        if (selectionRing != null) selectionRing.setVisible(selected);
        PseudoStates.set(this, "selected", selected);
    }

    /** Level of detail: below the threshold the label and badges would be unreadable, so they are not drawn. */
    void setDetailVisible(boolean visible) {
        if (visible) ensureDetail();
        if (detail != null && detail.isVisible() != visible) detail.setVisible(visible);
    }

    boolean isDetailVisible() {
        return detail != null && detail.isVisible();
    }
}
