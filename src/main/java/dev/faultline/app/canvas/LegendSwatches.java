package dev.faultline.app.canvas;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import dev.faultline.render.KindGlyphs;
import dev.faultline.render.LegendEntry;
import dev.faultline.render.Palette;

/** Draws a legend swatch the way the canvas draws the thing it stands for (and the exports do). */
final class LegendSwatches {
    private LegendSwatches() {
    }

    static Node swatch(LegendEntry e, ColorCache colours, KindGlyphs glyphs, Palette p) {
        Color c = colours.get(e.color(), Color.GRAY);
        return switch (e.swatch()) {
            case LINE_SOLID, LINE_DASHED, LINE_FALLBACK -> {
                Line l = new Line(0, 7, 20, 7);
                l.setStroke(c);
                l.setStrokeWidth(Math.max(1, e.lineWidth()));
                l.getStrokeDashArray().setAll(e.dash());
                Polygon head = new Polygon(26, 7, 19, 3.5, 19, 10.5);
                head.setFill(c);
                yield new Group(l, head);
            }
            case MARKER_SPOF -> {
                Polygon tri = new Polygon(9, 1, 17.5, 14, 0.5, 14);
                tri.setFill(colours.get(p.spof, Color.ORANGERED));
                Line bar = new Line(9, 5, 9, 9.5);
                bar.setStroke(Color.WHITE);
                bar.setStrokeWidth(2);
                bar.setStrokeLineCap(StrokeLineCap.ROUND);
                yield new Group(tri, bar, new Circle(9, 11.8, 1.1, Color.WHITE));
            }
            case MARKER_DOWN -> {
                Circle ring = new Circle(8, 8, 7, colours.get(p.down, Color.RED));
                Line a = new Line(5, 5, 11, 11);
                Line b = new Line(5, 11, 11, 5);
                for (Line l : new Line[]{a, b}) {
                    l.setStroke(Color.WHITE);
                    l.setStrokeWidth(2);
                }
                yield new Group(ring, a, b);
            }
            case MARKER_DEGRADED -> {
                Circle ring = new Circle(8, 8, 7, colours.get(p.background, Color.WHITE));
                ring.setStroke(colours.get(p.text, Color.BLACK));
                Arc half = new Arc(8, 8, 7, 7, 90, 180);
                half.setType(ArcType.CHORD);
                half.setFill(colours.get(p.degraded, Color.ORANGE));
                yield new Group(ring, half);
            }
            case MARKER_FAILED -> {
                Circle ring = new Circle(8, 8, 7, colours.get(p.failed, Color.BLACK));
                Polygon bolt = new Polygon(9.2, 2.8, 5, 8.8, 7.8, 8.8, 6.8, 13.2, 11, 7.2, 8.2, 7.2);
                bolt.setFill(Color.web("#FFD33D"));
                yield new Group(ring, bolt);
            }
            case KIND -> {
                SVGPath glyph = new SVGPath();
                glyph.setContent(glyphs.pathData(e.kind()));
                glyph.setFill(colours.get(e.color() == null ? p.text : e.color(), Color.BLACK));
                glyph.setScaleX(16 / KindGlyphs.BOX);
                glyph.setScaleY(16 / KindGlyphs.BOX);
                yield new Group(glyph);
            }
            case BADGE -> {
                Text t = new Text(e.sample() == null ? "" : e.sample());
                t.setFont(Font.font("System", 10));
                t.setFill(colours.get(p.text, Color.BLACK));
                double w = t.getLayoutBounds().getWidth() + 10;
                Rectangle pill = new Rectangle(0, 0, w, 14);
                pill.setArcWidth(14);
                pill.setArcHeight(14);
                pill.setFill(colours.get(p.badgeFill, Color.WHITE));
                pill.setStroke(colours.get(p.badgeStroke, Color.LIGHTGRAY));
                t.setX(5);
                t.setY(10.5);
                yield new Group(pill, t);
            }
            case GROUP -> {
                Rectangle r = new Rectangle(22, 14);
                r.setArcWidth(6);
                r.setArcHeight(6);
                r.setFill(c.deriveColor(0, 1, 1, 0.25));
                r.setStroke(c);
                r.getStrokeDashArray().setAll(4.0, 3.0);
                yield r;
            }
            default -> {
                Rectangle r = new Rectangle(22, 14);
                r.setArcWidth(6);
                r.setArcHeight(6);
                r.setFill(c);
                r.setStroke(colours.get(p.nodeStroke, Color.GRAY));
                r.setStrokeWidth(e.lineWidth());
                r.getStrokeDashArray().setAll(e.dash());
                r.getStyleClass().add("legend-swatch");
                yield r;
            }
        };
    }
}
