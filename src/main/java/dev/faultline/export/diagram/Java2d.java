package dev.faultline.export.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.List;

import dev.faultline.layout.Point;
import dev.faultline.render.Colors;
import dev.faultline.render.PathSegment;

/** Translations from the scene's toolkit-neutral values (hex colours, dash lists, path segments) to Java2D. */
final class Java2d {
    private Java2d() {
    }

    static Color color(String hex) {
        int[] c = Colors.rgba(hex);
        return new Color(c[0], c[1], c[2], c[3]);
    }

    static BasicStroke stroke(double width, List<Double> dash) {
        if (dash.isEmpty()) return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        float[] d = new float[dash.size()];
        for (int i = 0; i < d.length; i++) d[i] = dash.get(i).floatValue();
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, d, 0f);
    }

    /** A glyph (24x24 box) scaled to {@code size} with its top-left corner at (x, y). */
    static Shape glyph(List<PathSegment> segments, double x, double y, double size) {
        double s = size / 24.0;
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (PathSegment seg : segments) {
            List<Point> p = seg.points();
            switch (seg.op()) {
                case MOVE -> path.moveTo(x + p.get(0).x() * s, y + p.get(0).y() * s);
                case LINE -> path.lineTo(x + p.get(0).x() * s, y + p.get(0).y() * s);
                case QUAD -> path.quadTo(x + p.get(0).x() * s, y + p.get(0).y() * s,
                        x + p.get(1).x() * s, y + p.get(1).y() * s);
                case CUBIC -> path.curveTo(x + p.get(0).x() * s, y + p.get(0).y() * s,
                        x + p.get(1).x() * s, y + p.get(1).y() * s, x + p.get(2).x() * s, y + p.get(2).y() * s);
                case CLOSE -> path.closePath();
            }
        }
        return path;
    }
}
