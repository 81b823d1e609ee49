package dev.faultline.app.canvas;

import java.util.List;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import dev.faultline.layout.Box;
import dev.faultline.layout.Point;
import dev.faultline.render.SceneEdge;

/**
 * A dependency on the canvas, drawn like the exports draw it: its route ending inside an arrow head at the callee
 * (so a thick or dashed line never pokes through the tip), dash and width for mode and strength, and the "or" pill
 * of a fallback at its middle.
 */
final class EdgeView extends Group {
    private static final Font LABEL_FONT = Font.font("System", 10);
    private final Path line = new Path();
    private final Polygon head = new Polygon();
    private Group label;
    private SceneEdge current;
    private boolean compact;
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;
    private Color background = Color.WHITE;
    /** The edge's own colour; drawn faded while dimmed (see {@link Dimming}). */
    private Color colour = Color.GRAY;
    private boolean dimmed;
    private boolean styled;
    static final double DIM_STRENGTH = 0.15;
    /** How much heavier a line of a lasting highlight is drawn. */
    static final double EMPHASIS = 2.2;

    EdgeView(int index, SceneEdge edge, ColorCache colours) {
        // No id: JavaFX caches CSS matching per (type, id, style classes), so a unique id per edge made every new
        // edge view match the whole stylesheet again (a tenth of a second per centred search hit at 2,000 nodes).
        getStyleClass().add("diagram-edge");
        line.setFill(null);
        line.setStrokeLineCap(StrokeLineCap.BUTT);
        line.setStrokeLineJoin(StrokeLineJoin.ROUND);
        setMouseTransparent(true);
        getChildren().addAll(line, head);
        current = edge;
        route(edge.path());
        update(edge, colours);
    }

    SceneEdge scene() {
        return current;
    }

    void setBackgroundColour(Color c) {
        if (c.equals(background)) return;
        background = c;
        if (label != null && current.label() != null && !current.label().isEmpty()) drawLabel(current, colour);
    }

    private void paint() {
        Color shown = dimmed ? Dimming.faded(colour, DIM_STRENGTH) : colour;
        line.setStroke(shown);
        head.setFill(shown);
        if (label != null) label.setOpacity(dimmed ? DIM_STRENGTH : 1);
    }

    void update(SceneEdge e, ColorCache colours) {
        if (styled && e.equals(current)) return;
        styled = true;
        boolean rerouted = !current.path().equals(e.path()) || current.width() != e.width();
        current = e;
        if (rerouted) route(e.path());
        Color c = colours.get(e.color(), Color.GRAY);
        colour = c;
        line.setStrokeWidth(e.width());
        List<Double> dash = compact ? List.of() : e.dash();
        if (!line.getStrokeDashArray().equals(dash)) line.getStrokeDashArray().setAll(dash);
        if (e.label() != null && !e.label().isEmpty()) {
            drawLabel(e, c);
        } else if (label != null) {
            getChildren().remove(label);
            label = null;
        }
        paint();
    }

    /** Redraws the route (for example while one end is dragged). */
    void route(List<Point> path) {
        if (path.size() < 2) {
            minX = Double.MAX_VALUE;
            maxX = -Double.MAX_VALUE;
            line.getElements().clear();
            head.getPoints().clear();
            return;
        }
        minX = Double.MAX_VALUE;
        minY = Double.MAX_VALUE;
        maxX = -Double.MAX_VALUE;
        maxY = -Double.MAX_VALUE;
        for (Point p : path) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        Point tip = path.get(path.size() - 1);
        Point before = path.get(path.size() - 2);
        double len = Math.max(1e-6, Math.hypot(tip.x() - before.x(), tip.y() - before.y()));
        double ux = (tip.x() - before.x()) / len;
        double uy = (tip.y() - before.y()) / len;
        double w = current.width();
        double size = 9 + w * 1.2;
        double half = 3.5 + w * 0.8;
        double cut = Math.min(size * 0.7, len);
        PathElement[] els = new PathElement[path.size()];
        els[0] = new MoveTo(path.get(0).x(), path.get(0).y());
        for (int i = 1; i < path.size() - 1; i++) els[i] = new LineTo(path.get(i).x(), path.get(i).y());
        els[path.size() - 1] = new LineTo(tip.x() - ux * cut, tip.y() - uy * cut);
        line.getElements().setAll(els);
        head.getPoints().setAll(tip.x(), tip.y(),
                tip.x() - ux * size - uy * half, tip.y() - uy * size + ux * half,
                tip.x() - ux * size * 0.8, tip.y() - uy * size * 0.8,
                tip.x() - ux * size + uy * half, tip.y() - uy * size - ux * half);
        if (label != null) placeLabel(path);
    }

    private void drawLabel(SceneEdge e, Color c) {
        if (label == null) {
            label = new Group();
            label.getStyleClass().add("edge-label");
            getChildren().add(label);
        }
        Text t = new Text(e.label());
        t.setFont(LABEL_FONT);
        t.setFill(c);
        double w = t.getLayoutBounds().getWidth() + 8;
        Rectangle pill = new Rectangle(-w / 2, -6.5, w, 13);
        pill.setArcWidth(13);
        pill.setArcHeight(13);
        pill.setFill(background);
        pill.setStroke(c);
        t.setX(-w / 2 + 4);
        t.setY(3.5);
        label.getChildren().setAll(pill, t);
        placeLabel(e.path());
    }

    private void placeLabel(List<Point> path) {
        Point mid = midpoint(path);
        label.setLayoutX(mid.x());
        label.setLayoutY(mid.y());
    }

    /** The point half-way along a polyline, by length. */
    static Point midpoint(List<Point> pts) {
        double total = 0;
        for (int i = 1; i < pts.size(); i++) {
            total += Math.hypot(pts.get(i).x() - pts.get(i - 1).x(), pts.get(i).y() - pts.get(i - 1).y());
        }
        double left = total / 2;
        for (int i = 1; i < pts.size(); i++) {
            Point a = pts.get(i - 1);
            Point b = pts.get(i);
            double seg = Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (seg >= left && seg > 0) {
                return new Point(a.x() + (b.x() - a.x()) * left / seg, a.y() + (b.y() - a.y()) * left / seg);
            }
            left -= seg;
        }
        return pts.get(pts.size() - 1);
    }

    /** Far zoom: no arrow heads, dashes or labels (sub-pixel detail), no anti-aliasing. */
    void setCompact(boolean compact) {
        if (this.compact == compact) return;
        this.compact = compact;
        head.setVisible(!compact);
        line.setSmooth(!compact);
        if (label != null) label.setVisible(!compact);
        line.getStrokeDashArray().setAll(compact ? List.of() : current.dash());
    }

    /** Whether the route's bounding box meets the world rectangle (for culling). */
    /** The route's bounding box (empty routes: null). */
    Box routeBounds() {
        return minX > maxX ? null : new Box(minX, minY, maxX - minX, maxY - minY);
    }

    boolean routeMeets(double x0, double y0, double x1, double y1) {
        return maxX >= x0 && minX <= x1 && maxY >= y0 && minY <= y1;
    }

    /** The colour the line is drawn with now (dimming included). */
    Color strokeColour() {
        return (Color) line.getStroke();
    }

    double strokeWidth() {
        return line.getStrokeWidth();
    }

    List<Double> dash() {
        return List.copyOf(line.getStrokeDashArray());
    }

    boolean headShown() {
        return head.isVisible();
    }

    /** Faded by colour, not by group opacity, which would draw the edge off-screen first (see {@link Dimming}). */
    void setDimmed(boolean dimmed) {
        if (this.dimmed == dimmed) return;
        this.dimmed = dimmed;
        paint();
    }

    boolean isDimmed() {
        return dimmed;
    }

    /** Drawn heavier while it is part of a highlighted path or chain. */
    void setEmphasised(boolean on) {
        line.setStrokeWidth(on ? current.width() * EMPHASIS : current.width());
        PseudoStates.set(this, "emphasised", on);
    }
}
