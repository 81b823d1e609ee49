package dev.faultline.app.canvas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.faultline.layout.Point;

/**
 * The edge bitmap drawn in two halves (the lower one on a helper thread) is the bitmap drawn whole: no seam where the
 * halves meet, dashes and arrow heads that cross it included.
 */
class HalvedRasterTest {
    @Test
    void twoHalvesMakeTheSameBitmapAsOne() {
        Random rnd = new Random(7);
        // At an awkward zoom and origin, so the halves' border is not on a round diagram coordinate.
        EdgeRaster.Frame f = new EdgeRaster.Frame(-13.37, 21.5, 0.613, 640, 451);
        List<EdgeRaster.Line> lines = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            List<Point> route = new ArrayList<>();
            int points = 2 + rnd.nextInt(3);
            for (int k = 0; k < points; k++) route.add(new Point(rnd.nextDouble() * 1200 - 100, rnd.nextDouble() * 900 - 80));
            double[] dash = rnd.nextInt(3) == 0 ? new double[]{6, 4} : null;
            int argb = 0x80000000 | rnd.nextInt(0x1000000);
            lines.add(new EdgeRaster.Line(i, route, argb, 1 + rnd.nextDouble() * 2, dash, 1.5, rnd.nextBoolean()));
        }
        // Lines crossing the middle row, where the halves meet, as steep and as flat as can be.
        int mid = f.height() / 2;
        double worldMid = f.y0() + mid / f.zoom();
        lines.add(new EdgeRaster.Line(600, List.of(new Point(100, worldMid - 200), new Point(101, worldMid + 200)),
                0xFF112233, 2, null, 2, true));
        lines.add(new EdgeRaster.Line(601, List.of(new Point(0, worldMid - 1), new Point(900, worldMid + 1)),
                0xFF445566, 3, new double[]{5, 3}, 3, true));
        lines.add(new EdgeRaster.Line(602, List.of(new Point(400, worldMid - 300), new Point(420, worldMid + 4)),
                0xFF778899, 2, null, 2, true)); // its arrow head straddles the border
        int[] whole = EdgeRaster.draw(f, lines, null);
        int[] halves = HalvedRaster.inHalves(f, lines, new int[f.width() * f.height()]);
        int worst = 0;
        int differing = 0;
        for (int i = 0; i < whole.length; i++) {
            for (int shift = 0; shift < 32; shift += 8) {
                int d = Math.abs((whole[i] >>> shift & 0xFF) - (halves[i] >>> shift & 0xFF));
                worst = Math.max(worst, d);
                if (d > 0) differing++;
            }
        }
        // Floating point may round a coverage the other way by one step of 255 (the lower half's coordinates are
        // shifted by a fraction of 1e-13), in a few values in a thousand; never more.
        assertTrue(worst <= 1, "worst channel difference " + worst);
        assertTrue(differing < whole.length * 4 / 1000, differing + " channel values differ");
        // And again, reusing its arrays (the moving picture's spare buffers).
        int[] again = HalvedRaster.inHalves(f, lines, halves);
        assertTrue(java.util.Arrays.equals(again, HalvedRaster.inHalves(f, lines, null)));
    }
}
