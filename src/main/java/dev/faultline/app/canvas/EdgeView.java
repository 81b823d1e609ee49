package dev.faultline.app.canvas;

import java.util.List;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import dev.faultline.layout.Point;
import dev.faultline.render.SceneEdge;

/** A dependency on the canvas: its route with an arrow head at the callee; dash and width say mode and strength. */
final class EdgeView extends Group {
    private final Path line = new Path();
    private final Polygon head = new Polygon();
    private static final javafx.scene.text.Font LABEL_FONT = Font.font("System", 10);
    private Text label;
    private SceneEdge current;
    private boolean compact;

    EdgeView(int index, SceneEdge edge, ColorCache colours) {
        setId("edge-" + index);
        getStyleClass().add("diagram-edge");
        line.setFill(null);
        line.setStrokeLineCap(StrokeLineCap.ROUND);
        setMouseTransparent(true);
        getChildren().addAll(line, head);
        update(edge, colours);
    }

    SceneEdge scene() {
        return current;
    }

    void update(SceneEdge e, ColorCache colours) {
        if (current == null || !current.path().equals(e.path())) route(e.path());
        current = e;
        Color c = colours.get(e.color(), Color.GRAY);
        line.setStroke(c);
        line.setStrokeWidth(e.width());
        line.getStrokeDashArray().setAll(compact ? List.of() : e.dash());
        head.setFill(c);
        if (e.label() != null && !e.label().isEmpty()) {
            if (label == null) {
                label = new Text();
                label.setFont(LABEL_FONT);
                getChildren().add(label);
                placeLabel(e.path());
            }
            label.setText(e.label());
            label.setFill(c);
        } else if (label != null) {
            label.setText("");
        }
    }

    /** Redraws the route (for example while one end is dragged). */
    void route(List<Point> path) {
        if (path.size() < 2) {
            line.getElements().clear();
            head.getPoints().clear();
            return;
        }
        PathElement[] els = new PathElement[path.size()];
        els[0] = new MoveTo(path.get(0).x(), path.get(0).y());
        for (int i = 1; i < path.size(); i++) els[i] = new LineTo(path.get(i).x(), path.get(i).y());
        line.getElements().setAll(els);
        Point tip = path.get(path.size() - 1);
        Point from = path.get(path.size() - 2);
        double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
        double len = 10;
        double spread = Math.toRadians(24);
        head.getPoints().setAll(tip.x(), tip.y(),
                tip.x() - len * Math.cos(angle - spread), tip.y() - len * Math.sin(angle - spread),
                tip.x() - len * Math.cos(angle + spread), tip.y() - len * Math.sin(angle + spread));
        placeLabel(path);
    }

    private void placeLabel(List<Point> path) {
        if (label == null || path.size() < 2) return;
        Point mid = path.get(path.size() / 2);
        label.setX(mid.x() + 4);
        label.setY(mid.y() - 4);
    }

    /** Far zoom: no arrow heads or dashes (sub-pixel detail), no anti-aliasing; the line alone shows the link. */
    void setCompact(boolean compact) {
        if (this.compact == compact) return;
        this.compact = compact;
        head.setVisible(!compact);
        line.setSmooth(!compact);
        line.getStrokeDashArray().setAll(compact || current == null ? List.of() : current.dash());
    }

    void setDimmed(boolean dimmed) {
        setOpacity(dimmed ? 0.15 : 1);
    }
}
