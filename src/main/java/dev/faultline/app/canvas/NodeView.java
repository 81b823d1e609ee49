package dev.faultline.app.canvas;

import java.util.List;

import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import dev.faultline.layout.Box;
import dev.faultline.model.Kind;
import dev.faultline.render.SceneNode;
import dev.faultline.render.StateMarker;

/**
 * One node on the canvas: a shape per kind, the label, badges, the SPOF badge and the state marker. Positioned by
 * its layout X/Y; restyled in place when the overlay or the scenario changes (never recreated for that).
 * Its id is {@code node-<id>} and its style classes say SPOF, state and selection, so tests and CSS can find it.
 */
final class NodeView extends Group {
    static final String SPOF_CLASS = "spof";
    private final String nodeId;
    private final Rectangle shape = new Rectangle();
    private final Rectangle selectionRing = new Rectangle();
    private static final javafx.scene.text.Font LABEL_FONT = Font.font("System", FontWeight.SEMI_BOLD, 13);
    private static final javafx.scene.text.Font KIND_FONT = Font.font("System", 10);
    private static final javafx.scene.text.Font BADGE_FONT = Font.font("System", FontWeight.BOLD, 10);
    private Text label;
    private Text kindText;
    private Text badges;
    private final Group detail = new Group();
    private Group spofBadge;
    private final Group marker = new Group();
    private static final Text PROBE = new Text();
    private Tooltip tooltip;
    private final ColorCache colourCache;
    private boolean detailBuilt;
    private SceneNode current;
    private boolean compact;
    private double arc = 12;

    NodeView(SceneNode node, ColorCache colours) {
        this.nodeId = node.id();
        this.colourCache = colours;
        setId("node-" + node.id());
        getStyleClass().add("diagram-node");
        selectionRing.getStyleClass().add("selection-ring");
        selectionRing.setVisible(false);
        selectionRing.setMouseTransparent(true);
        detail.setMouseTransparent(true);
        detail.setVisible(false);
        marker.setMouseTransparent(true);
        getChildren().addAll(selectionRing, shape, detail, marker);
        update(node, colours);
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

    /** Applies a scene node: geometry only when it changed, style always (cheap). */
    void update(SceneNode n, ColorCache colours) {
        boolean geometry = current == null || !current.bounds().equals(n.bounds())
                || !current.label().equals(n.label()) || !current.badges().equals(n.badges());
        current = n;
        if (geometry) layoutParts(n);
        applyShapeStyle();
        if (detailBuilt) colourDetail(n, colours);
        if (n.spof() && spofBadge == null) {
            spofBadge = spofBadge();
            spofBadge.relocate(n.bounds().width() - 16, -10);
            getChildren().add(spofBadge);
        }
        if (spofBadge != null) spofBadge.setVisible(n.spof());
        drawMarker(n.marker());
        setStateClasses(n);
        if (tooltip != null) tooltip.setText(tooltipText());
    }

    private String tooltipText() {
        return current.tooltip() == null || current.tooltip().isEmpty() ? current.label() : current.tooltip();
    }

    /** Tooltips are made on first hover: thousands of Tooltip controls up front would slow opening down. */
    void ensureTooltip() {
        if (tooltip != null) return;
        tooltip = new Tooltip(tooltipText());
        Tooltip.install(shape, tooltip);
    }

    /**
     * Label, kind and badges are built the first time the node is seen at a readable zoom: a zoomed-out view of a
     * large graph never pays for text it would not draw.
     */
    void ensureDetail() {
        if (detailBuilt) return;
        detailBuilt = true;
        label = new Text();
        label.getStyleClass().add("node-label");
        label.setFont(LABEL_FONT);
        kindText = new Text();
        kindText.setFont(KIND_FONT);
        badges = new Text();
        badges.setFont(BADGE_FONT);
        detail.getChildren().addAll(kindText, label, badges);
        layoutDetail(current);
        colourDetail(current, colourCache);
    }

    private void colourDetail(SceneNode n, ColorCache colours) {
        Color text = colours.get(n.textColor(), Color.BLACK);
        label.setFill(text);
        kindText.setFill(text.deriveColor(0, 1, 1, 0.7));
        badges.setFill(text.deriveColor(0, 1, 1, 0.85));
    }

    boolean hasDetail() {
        return detailBuilt;
    }

    private void applyShapeStyle() {
        SceneNode n = current;
        if (compact) {
            shape.setArcWidth(0);
            shape.setArcHeight(0);
            shape.setStroke(null);
            shape.getStrokeDashArray().clear();
            shape.setFill(colourCache.get(n.spof() || n.marker() != StateMarker.NONE ? n.stroke() : n.fill(), Color.GRAY));
            return;
        }
        shape.setArcWidth(arc);
        shape.setArcHeight(arc);
        shape.setFill(colourCache.get(n.fill(), Color.WHITE));
        shape.setStroke(colourCache.get(n.stroke(), Color.GRAY));
        shape.setStrokeWidth(n.strokeWidth());
        shape.setStrokeType(StrokeType.CENTERED);
        shape.getStrokeDashArray().setAll(n.kind() == Kind.EXTERNAL ? List.of(6.0, 4.0) : List.of());
    }

    private void setStateClasses(SceneNode n) {
        getStyleClass().removeAll(SPOF_CLASS, "state-down", "state-degraded", "state-failed");
        if (n.spof()) getStyleClass().add(SPOF_CLASS);
        switch (n.marker()) {
            case DOWN -> getStyleClass().add("state-down");
            case DEGRADED -> getStyleClass().add("state-degraded");
            case FAILED -> getStyleClass().add("state-failed");
            default -> { }
        }
    }

    private void layoutParts(SceneNode n) {
        Box b = n.bounds();
        relocate(b.x(), b.y());
        double w = b.width();
        double h = b.height();
        shape.setWidth(w);
        shape.setHeight(h);
        arc = switch (n.kind()) {
            case DATABASE, STORAGE -> 26;
            case QUEUE, JOB, FUNCTION -> 4;
            case CDN, DNS, EXTERNAL -> 30;
            default -> 12;
        };
        selectionRing.setX(-5);
        selectionRing.setY(-5);
        selectionRing.setWidth(w + 10);
        selectionRing.setHeight(h + 10);
        selectionRing.setArcWidth(arc + 10);
        selectionRing.setArcHeight(arc + 10);
        if (detailBuilt) layoutDetail(n);
        if (spofBadge != null) spofBadge.relocate(w - 16, -10);
        marker.relocate(-10, -10);
    }

    private void layoutDetail(SceneNode n) {
        double w = n.bounds().width();
        double h = n.bounds().height();
        kindText.setText(n.kind().id());
        kindText.setX(10);
        kindText.setY(15);
        label.setText(fit(n.label(), w - 16));
        label.setWrappingWidth(0);
        double lw = label.getLayoutBounds().getWidth();
        label.setX((w - lw) / 2);
        label.setY(h / 2 + 8);
        badges.setText(String.join("  ", n.badges()));
        badges.setX(w - badges.getLayoutBounds().getWidth() - 8);
        badges.setY(h - 7);
    }

    /** Shortens a label that would not fit, so no text runs out of its node. */
    private String fit(String text, double width) {
        Text probe = PROBE;
        probe.setText(text);
        probe.setFont(LABEL_FONT);
        if (probe.getLayoutBounds().getWidth() <= width) return text;
        String s = text;
        while (s.length() > 3) {
            s = s.substring(0, s.length() - 1);
            probe.setText(s + "…");
            if (probe.getLayoutBounds().getWidth() <= width) return s + "…";
        }
        return s;
    }

    private static Group spofBadge() {
        // A warning triangle: the SPOF is marked by a shape as well as by colour.
        SVGPath triangle = new SVGPath();
        triangle.setContent("M13 1 L25 23 L1 23 Z");
        triangle.setFill(Color.web("#D55E00"));
        triangle.setStroke(Color.WHITE);
        triangle.setStrokeWidth(1.5);
        Text bang = new Text(11, 20, "!");
        bang.setFont(Font.font("System", FontWeight.BOLD, 14));
        bang.setFill(Color.WHITE);
        Group g = new Group(triangle, bang);
        g.getStyleClass().add("spof-badge");
        g.setMouseTransparent(true);
        return g;
    }

    private void drawMarker(StateMarker m) {
        marker.getChildren().clear();
        if (m == StateMarker.NONE) return;
        Circle disc = new Circle(11, 11, 11);
        disc.setStroke(Color.WHITE);
        disc.setStrokeWidth(1.5);
        switch (m) {
            case DOWN -> {
                disc.setFill(Color.web("#C0392B"));
                SVGPath cross = new SVGPath();
                cross.setContent("M6 6 L16 16 M16 6 L6 16");
                cross.setStroke(Color.WHITE);
                cross.setStrokeWidth(2.6);
                marker.getChildren().addAll(disc, cross);
            }
            case DEGRADED -> {
                disc.setFill(Color.WHITE);
                disc.setStroke(Color.web("#B7791F"));
                disc.setStrokeWidth(2);
                SVGPath half = new SVGPath();
                half.setContent("M11 1 A10 10 0 0 0 11 21 Z");
                half.setFill(Color.web("#E69F00"));
                marker.getChildren().addAll(disc, half);
            }
            case FAILED -> {
                disc.setFill(Color.web("#111111"));
                SVGPath bolt = new SVGPath();
                bolt.setContent("M13 3 L6 12 L10 12 L8 19 L16 9 L12 9 Z");
                bolt.setFill(Color.web("#FFD166"));
                marker.getChildren().addAll(disc, bolt);
            }
            default -> { }
        }
        marker.getStyleClass().setAll("state-marker", "marker-" + m.name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Far zoom: a node is a few pixels wide, so draw it as a plain filled block (no rounded corners, no outline,
     * which the software renderer pays for on every frame of a pan); SPOFs keep their outline colour as fill.
     */
    void setCompact(boolean compact) {
        if (this.compact == compact) return;
        this.compact = compact;
        applyShapeStyle();
    }

    void setSelected(boolean selected) {
        selectionRing.setVisible(selected);
        if (selected) {
            if (!getStyleClass().contains("selected")) getStyleClass().add("selected");
        } else {
            getStyleClass().remove("selected");
        }
    }

    /** Level of detail: below the threshold the label and badges would be unreadable, so they are not drawn. */
    void setDetailVisible(boolean visible) {
        if (visible) ensureDetail();
        if (detail.isVisible() != visible) detail.setVisible(visible);
    }

    boolean isDetailVisible() {
        return detail.isVisible();
    }

}
