package dev.faultline.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.faultline.layout.Point;

/**
 * The edge bitmap's rasteriser draws lines as an anti-aliased stroke does: full coverage inside the line, the line's
 * area in total, gaps where the dash says, and (over a tangle of lines, the hairball it exists for) the same picture
 * as Java2D's stroker to within a few percent of a pixel's alpha.
 */
class EdgeRasterTest {
    private static final int OPAQUE_RED = 0xFFFF0000;

    private static int alpha(int[] px, int w, int x, int y) {
        return px[y * w + x] >>> 24;
    }

    @Test
    void aSolidLineCoversItsPixelsFullyAndNothingElse() {
        EdgeRaster.Frame f = new EdgeRaster.Frame(0, 0, 1, 100, 40);
        // Width 2 on y = 20: rows 19 and 20 are inside the line; the line stops where its head would start.
        EdgeRaster.Line line = new EdgeRaster.Line(0, List.of(new Point(10, 20), new Point(90, 20)), OPAQUE_RED, 2,
                null, 0, false);
        int[] px = EdgeRaster.draw(f, List.of(line), null);
        for (int x = 10; x < 83; x++) {
            assertEquals(0xFFFF0000, px[19 * 100 + x], "row 19, x " + x);
            assertEquals(0xFFFF0000, px[20 * 100 + x], "row 20, x " + x);
            assertEquals(0, alpha(px, 100, x, 18));
            assertEquals(0, alpha(px, 100, x, 21));
        }
        assertEquals(0, alpha(px, 100, 5, 20), "before the start");
        assertEquals(0, alpha(px, 100, 88, 20), "inside the (undrawn) arrow head's length");
    }

    @Test
    void aSlantedLineCoversItsAreaInTotal() {
        EdgeRaster.Frame f = new EdgeRaster.Frame(0, 0, 1, 120, 80);
        List<Point> route = List.of(new Point(5, 5), new Point(105, 65));
        EdgeRaster.Line line = new EdgeRaster.Line(0, route, OPAQUE_RED, 1.5, null, 0, false);
        int[] px = EdgeRaster.draw(f, List.of(line), null);
        double sum = 0;
        for (int p : px) sum += (p >>> 24) / 255.0;
        double length = Math.hypot(100, 60) - 9 * 0.7; // up to where the head starts
        assertEquals(1.5 * length, sum, 1.5 * length * 0.03);
    }

    @Test
    void aDashedLineHasGapsWhereItsDashSays() {
        EdgeRaster.Frame f = new EdgeRaster.Frame(0, 0, 1, 100, 10);
        EdgeRaster.Line line = new EdgeRaster.Line(0, List.of(new Point(0, 5), new Point(100, 5)), OPAQUE_RED, 2,
                new double[]{4, 4}, 0, false);
        int[] px = EdgeRaster.draw(f, List.of(line), null);
        for (int x = 0; x < 88; x++) {
            boolean on = x % 8 < 4;
            assertEquals(on ? 255 : 0, alpha(px, 100, x, 4), "x " + x);
        }
    }

    @Test
    void theDashRunsOnAcrossTheBendsOfARoute() {
        EdgeRaster.Frame f = new EdgeRaster.Frame(0, 0, 1, 60, 60);
        // 2 units right, then down: the second leg starts 2 units into an "on" run of 4 (on to 4, off to 8, on to 12).
        EdgeRaster.Line line = new EdgeRaster.Line(0, List.of(new Point(10, 10), new Point(12, 10),
                new Point(12, 50)), OPAQUE_RED, 2, new double[]{4, 4}, 0, false);
        int[] px = EdgeRaster.draw(f, List.of(line), null);
        assertTrue(alpha(px, 60, 12, 10) > 0, "the on-run continues past the bend");
        assertEquals(0, alpha(px, 60, 12, 13), "then the gap");
        assertTrue(alpha(px, 60, 12, 17) > 0, "and the next dash");
    }

    @Test
    void aTangleOfLinesLooksLikeJava2dDrawsIt() {
        int w = 300;
        int h = 200;
        Random random = new Random(7);
        List<EdgeRaster.Line> lines = new ArrayList<>();
        BufferedImage ref = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = ref.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(new Color(0x4B, 0x55, 0x63, 0x73));
        for (int i = 0; i < 400; i++) {
            Point a = new Point(random.nextDouble() * 400 - 50, random.nextDouble() * 300 - 50);
            Point b = new Point(random.nextDouble() * 400 - 50, random.nextDouble() * 300 - 50);
            double len = Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (len < 20) continue;
            double width = i % 2 == 0 ? 1.6 : 0.8;
            // The rasteriser stops the line where the head starts (6.3 units for headFor 0); Java2D draws the same.
            Point end = new Point(b.x() - (b.x() - a.x()) / len * 6.3, b.y() - (b.y() - a.y()) / len * 6.3);
            lines.add(new EdgeRaster.Line(i, List.of(a, b), 0x734B5563, width, null, 0, false));
            g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(a.x(), a.y(), end.x(), end.y()));
        }
        g.dispose();
        int[] px = EdgeRaster.draw(new EdgeRaster.Frame(0, 0, 1, w, h), lines, null);
        int[] expected = ref.getRGB(0, 0, w, h, null, 0, w);
        double diff = 0;
        for (int i = 0; i < px.length; i++) diff += Math.abs((px[i] >>> 24) - (expected[i] >>> 24)) / 255.0;
        double mean = diff / px.length;
        assertTrue(mean < 0.02, "mean alpha difference per pixel " + mean);
    }
}
