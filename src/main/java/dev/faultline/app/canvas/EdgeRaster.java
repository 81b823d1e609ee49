package dev.faultline.app.canvas;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import java.util.List;

import dev.faultline.export.diagram.ArrowHead;
import dev.faultline.layout.Point;

/**
 * Draws dependency lines into a bitmap (premultiplied ARGB ints), off the JavaFX thread. This is what a large
 * graph's edges look like at mid and close zoom (issue #13): the hairball of a 5,000-node file puts ~8,700 long lines
 * in a mid-zoom view, and the software renderer stroked every one of them on every frame of a pan (0.7-1 s a frame).
 * The lines are drawn here as the JavaFX paths drew them (width and dash in diagram units, scaled by the zoom, butt
 * ends, the line stopping inside its arrow head, the colour's alpha composited over what is below), by a coverage
 * rasteriser for thin straight segments: per column (or row) of the line's main direction it covers the band of the
 * line's width exactly in area, which is what an anti-aliased stroke does, at a tenth of Marlin's cost for lines one
 * or two pixels wide (Java2D took ~1 s for that view). Arrow heads (small polygons) are filled by Java2D.
 */
final class EdgeRaster {
    /** Where the bitmap is: its top-left corner in diagram units, diagram units to pixels, and its size in pixels. */
    record Frame(double x0, double y0, double zoom, int width, int height) {
        double px(double worldX) {
            return (worldX - x0) * zoom;
        }

        double py(double worldY) {
            return (worldY - y0) * zoom;
        }
    }

    /**
     * One dependency as drawn: its index in the scene's edges, its route, colour (non-premultiplied ARGB), width and
     * dash in diagram units ({@code dash} null or empty: solid), the width its arrow head is sized for (the scene's
     * width: an emphasised line is wider, its head is not), and whether the head is drawn (not at far zoom; the line
     * stops where the head would start either way, as the canvas's paths did).
     */
    record Line(int edge, List<Point> route, int argb, double width, double[] dash, double headFor, boolean head) { }

    private EdgeRaster() {
    }

    /** The lines drawn in order into {@code pixels} (cleared first; a new array if it is null or too small). */
    static int[] draw(Frame f, List<Line> lines, int[] pixels) {
        int n = f.width() * f.height();
        int[] px = pixels != null && pixels.length >= n ? pixels : new int[n];
        Arrays.fill(px, 0, n, 0);
        Graphics2D heads = null;
        try {
            for (Line line : lines) {
                List<Point> r = line.route();
                if (r.size() < 2) continue;
                drawLine(f, px, line);
                if (line.head() && tipInside(f, r.get(r.size() - 1), headSize(line.headFor()))) {
                    if (heads == null) heads = graphics(f, px);
                    fillHead(heads, line);
                }
            }
        } finally {
            if (heads != null) heads.dispose();
        }
        return px;
    }

    /** The route up to where the head starts, as the canvas's paths were (EdgeView.route), in one dash run. */
    private static void drawLine(Frame f, int[] px, Line line) {
        List<Point> r = line.route();
        int last = r.size() - 1;
        Point tip = r.get(last);
        Point before = r.get(last - 1);
        double tipLen = Math.max(1e-6, Math.hypot(tip.x() - before.x(), tip.y() - before.y()));
        double cut = Math.min(headSize(line.headFor()) * 0.7, tipLen);
        Point end = new Point(tip.x() - (tip.x() - before.x()) / tipLen * cut,
                tip.y() - (tip.y() - before.y()) / tipLen * cut);
        double z = f.zoom();
        double[] dash = scaledDash(line.dash(), z);
        double widthPx = line.width() * z;
        int argb = line.argb();
        int a = argb >>> 24;
        if (a == 0 || widthPx <= 0) return;
        // Premultiplied source colour.
        int sr = ((argb >> 16) & 0xFF) * a / 255;
        int sg = ((argb >> 8) & 0xFF) * a / 255;
        int sb = (argb & 0xFF) * a / 255;
        double along = 0;
        for (int i = 0; i < last; i++) {
            Point p = r.get(i);
            Point q = i + 1 == last ? end : r.get(i + 1);
            double x0 = f.px(p.x()), y0 = f.py(p.y()), x1 = f.px(q.x()), y1 = f.py(q.y());
            segment(px, f.width(), f.height(), x0, y0, x1, y1, widthPx, dash, along, a, sr, sg, sb);
            along += Math.hypot(x1 - x0, y1 - y0);
        }
    }

    private static double[] scaledDash(double[] dash, double zoom) {
        if (dash == null || dash.length == 0) return null;
        double[] d = new double[dash.length % 2 == 0 ? dash.length : dash.length * 2];
        double period = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] = dash[i % dash.length] * zoom;
            period += d[i];
        }
        return period <= 0 ? null : d;
    }

    /**
     * One straight piece of a line, from (x0, y0) to (x1, y1) in pixels, {@code w} pixels wide, dash pattern in
     * pixels starting {@code along} pixels into the line. Walks the main axis one pixel at a time; in each step the
     * band of the line's width covers a span of the other axis, and each pixel gets the area it covers.
     */
    static void segment(int[] px, int width, int height, double x0, double y0, double x1, double y1, double w,
                        double[] dash, double along, int a, int r, int g, int b) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len = Math.hypot(dx, dy);
        if (len < 1e-9) return;
        boolean xMajor = Math.abs(dx) >= Math.abs(dy);
        // Work in (u, v): u the main axis, v the other; swap back when writing pixels.
        double u0 = xMajor ? x0 : y0, u1 = xMajor ? x1 : y1, v0 = xMajor ? y0 : x0, v1 = xMajor ? y1 : x1;
        boolean reversed = u1 < u0;
        if (reversed) {
            // Walk in increasing u; the dash is measured from the segment's real start, now the far end.
            double t = u0; u0 = u1; u1 = t;
            t = v0; v0 = v1; v1 = t;
        }
        double slope = (v1 - v0) / (u1 - u0);
        double secant = Math.sqrt(1 + slope * slope); // line length per unit of u
        double half = w / 2 * secant;                 // half the band's extent along v
        int uSize = xMajor ? width : height;
        int vSize = xMajor ? height : width;
        double uLo = Math.max(0, u0);
        double uHi = Math.min(uSize, u1);
        // Only the columns where the band meets the bitmap (a long edge often crosses just a corner of it).
        if (slope != 0) {
            double ua = u0 + (-half - 1 - v0) / slope;
            double ub = u0 + (vSize + half + 1 - v0) / slope;
            uLo = Math.max(uLo, Math.min(ua, ub));
            uHi = Math.min(uHi, Math.max(ua, ub));
        } else if (v0 + half < 0 || v0 - half > vSize) {
            return;
        }
        if (uHi <= uLo) return;
        int uStart = (int) uLo;
        int uEnd = Math.min(uSize - 1, (int) uHi);
        double period = 0;
        if (dash != null) for (double d : dash) period += d;
        for (int u = uStart; u <= uEnd; u++) {
            // The part of this column the segment spans (butt ends: cut square to the main axis).
            double ua = u < u0 ? u0 : u;
            double ub = u + 1 > u1 ? u1 : u + 1;
            if (ub <= ua) continue;
            double cover = ub - ua;
            if (dash != null) {
                double sa = (ua - u0) * secant;
                double sb = (ub - u0) * secant;
                double on = reversed
                        ? onLength(dash, period, along + len - sb, along + len - sa)
                        : onLength(dash, period, along + sa, along + sb);
                cover *= on / (sb - sa);
                if (cover <= 0) continue;
            }
            double vc = v0 + ((ua + ub) * 0.5 - u0) * slope;
            double va = vc - half;
            double vb = vc + half;
            int vFrom = va <= 0 ? 0 : (int) va;
            int vTo = vb >= vSize ? vSize - 1 : (int) vb;
            for (int v = vFrom; v <= vTo; v++) {
                double c = ((v + 1 < vb ? v + 1 : vb) - (v > va ? v : va)) * cover;
                if (c <= 0) continue;
                int idx = xMajor ? v * width + u : u * width + v;
                px[idx] = blend(px[idx], c, a, r, g, b);
            }
        }
    }

    /** How much of [s0, s1] along the line is "on" in the dash pattern (on, off, on, off, ...). */
    static double onLength(double[] dash, double period, double s0, double s1) {
        return onUpTo(dash, period, s1) - onUpTo(dash, period, s0);
    }

    private static double onUpTo(double[] dash, double period, double s) {
        double cycles = Math.floor(s / period);
        double onPerCycle = 0;
        for (int i = 0; i < dash.length; i += 2) onPerCycle += dash[i];
        double rest = s - cycles * period;
        double on = cycles * onPerCycle;
        for (int i = 0; i < dash.length && rest > 0; i++) {
            double piece = Math.min(rest, dash[i]);
            if (i % 2 == 0) on += piece;
            rest -= piece;
        }
        return on;
    }

    /** Source-over of a premultiplied colour at {@code coverage} onto a premultiplied pixel. */
    private static int blend(int dst, double coverage, int a, int r, int g, int b) {
        int c = coverage >= 1 ? 256 : (int) (coverage * 256);
        int ea = a * c >> 8;
        if (ea == 0) return dst;
        int inv = 255 - ea;
        int da = dst >>> 24, dr = (dst >> 16) & 0xFF, dg = (dst >> 8) & 0xFF, db = dst & 0xFF;
        int na = ea + div255(da * inv);
        int nr = (r * c >> 8) + div255(dr * inv);
        int ng = (g * c >> 8) + div255(dg * inv);
        int nb = (b * c >> 8) + div255(db * inv);
        return Math.min(255, na) << 24 | Math.min(255, nr) << 16 | Math.min(255, ng) << 8 | Math.min(255, nb);
    }

    private static int div255(int v) {
        return (v + 128 + ((v + 128) >> 8)) >> 8;
    }

    private static boolean tipInside(Frame f, Point tip, double size) {
        double x = f.px(tip.x()), y = f.py(tip.y()), m = size * f.zoom();
        return x >= -m && y >= -m && x <= f.width() + m && y <= f.height() + m;
    }

    static double headSize(double width) {
        return 9 + width * 1.2;
    }

    /** The arrow head as the canvas drew it (EdgeView.route): a notched triangle at the callee. */
    private static void fillHead(Graphics2D g, Line line) {
        List<Point> r = line.route();
        Point tip = r.get(r.size() - 1);
        Point before = r.get(r.size() - 2);
        double len = Math.max(1e-6, Math.hypot(tip.x() - before.x(), tip.y() - before.y()));
        double ux = (tip.x() - before.x()) / len;
        double uy = (tip.y() - before.y()) / len;
        double size = headSize(line.headFor());
        double half = 3.5 + line.headFor() * 0.8;
        g.setColor(new java.awt.Color(line.argb(), true));
        g.fill(ArrowHead.at(tip, ux, uy, size, half));
    }

    /** Java2D over the same pixels, in diagram units. */
    static Graphics2D graphics(Frame f, int[] px) {
        DirectColorModel cm = (DirectColorModel) ColorModel.getRGBdefault();
        ColorModel pre = cm.coerceData(cm.createCompatibleWritableRaster(1, 1), true);
        DataBufferInt buffer = new DataBufferInt(px, f.width() * f.height());
        WritableRaster raster = Raster.createPackedRaster(buffer, f.width(), f.height(), f.width(),
                new int[]{0xFF0000, 0xFF00, 0xFF, 0xFF000000}, null);
        BufferedImage image = new BufferedImage(pre, raster, true, null);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(f.zoom(), f.zoom());
        g.translate(-f.x0(), -f.y0());
        return g;
    }
}
