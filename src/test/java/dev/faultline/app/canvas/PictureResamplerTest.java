package dev.faultline.app.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The moving picture's resampling (issue #13): destination pixel (i, j) shows the source at
 * (a (i + 0.5) + bx, a (j + 0.5) + by), bilinear as the renderer's smooth image drawing, transparent beyond the source.
 */
class PictureResamplerTest {
    private static final int W = 37;
    private static final int H = 23;

    private static int[] random(long seed, int n) {
        Random r = new Random(seed);
        int[] px = new int[n];
        for (int i = 0; i < n; i++) {
            int a = r.nextInt(4) == 0 ? 0 : r.nextBoolean() ? 255 : r.nextInt(256);
            // premultiplied: no channel above alpha
            px[i] = a << 24 | r.nextInt(a + 1) << 16 | r.nextInt(a + 1) << 8 | r.nextInt(a + 1);
        }
        return px;
    }

    /** Bilinear in doubles, premultiplied channels, transparent outside: what the fixed-point loops approximate. */
    private static int reference(int[] src, int sw, int sh, double u, double v) {
        double t = u - 0.5;
        double s = v - 0.5;
        int k = (int) Math.floor(t);
        int l = (int) Math.floor(s);
        double fx = t - k;
        double fy = s - l;
        int out = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            double c = channel(src, sw, sh, k, l, shift) * (1 - fx) * (1 - fy)
                    + channel(src, sw, sh, k + 1, l, shift) * fx * (1 - fy)
                    + channel(src, sw, sh, k, l + 1, shift) * (1 - fx) * fy
                    + channel(src, sw, sh, k + 1, l + 1, shift) * fx * fy;
            out |= (int) Math.round(c) << shift;
        }
        return out;
    }

    private static int channel(int[] src, int sw, int sh, int x, int y, int shift) {
        if (x < 0 || y < 0 || x >= sw || y >= sh) return 0;
        return src[y * sw + x] >>> shift & 0xFF;
    }

    private static int maxChannelDifference(int p, int q) {
        int worst = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            worst = Math.max(worst, Math.abs((p >>> shift & 0xFF) - (q >>> shift & 0xFF)));
        }
        return worst;
    }

    @Test
    void atScaleOneOnWholePixelsBothCopyTheSourceExactly() {
        int[] src = random(1, W * H);
        int[] bilinear = new int[W * H];
        int[] nearest = new int[W * H];
        PictureResampler.bilinear(src, W, H, bilinear, W, H, 1, 0, 0);
        PictureResampler.nearest(src, W, H, nearest, W, H, 1, 0, 0);
        assertArrayEquals(src, bilinear);
        assertArrayEquals(src, nearest);
    }

    @Test
    void aWholePixelShiftMovesThePixelsAndLeavesTransparentWhereTheSourceEnds() {
        int[] src = random(2, W * H);
        int[] dst = new int[W * H];
        // The view starts 3 columns right of and 2 rows above the source.
        PictureResampler.bilinear(src, W, H, dst, W, H, 1, 3, -2);
        for (int j = 0; j < H; j++) {
            for (int i = 0; i < W; i++) {
                int x = i + 3;
                int y = j - 2;
                int want = x < W && y >= 0 ? src[y * W + x] : 0;
                assertEquals(want, dst[j * W + i], "at " + i + "," + j);
            }
        }
    }

    @Test
    void bilinearMatchesTheExactWeightedMeanWithinTwoStepsAtAnyScaleAndOffset() {
        int[] src = random(3, W * H);
        Random r = new Random(4);
        for (int trial = 0; trial < 40; trial++) {
            double a = 0.5 + r.nextDouble() * 1.5; // the picture shown between x2 and x0.67
            double bx = r.nextDouble() * 10 - 5;
            double by = r.nextDouble() * 10 - 5;
            int dw = 45;
            int dh = 31;
            int[] dst = new int[dw * dh];
            PictureResampler.bilinear(src, W, H, dst, dw, dh, a, bx, by);
            for (int j = 0; j < dh; j++) {
                for (int i = 0; i < dw; i++) {
                    int want = reference(src, W, H, a * (i + 0.5) + bx, a * (j + 0.5) + by);
                    int d = maxChannelDifference(want, dst[j * dw + i]);
                    assertTrue(d <= 2, "a " + a + ", offset " + bx + "," + by + ", pixel " + i + "," + j + ": "
                            + Integer.toHexString(dst[j * dw + i]) + " vs " + Integer.toHexString(want));
                }
            }
        }
    }

    @Test
    void bilinearKeepsPremultipliedPixelsValidAndAFlatColourFlat() {
        int[] src = random(5, W * H);
        int[] dst = new int[60 * 40];
        PictureResampler.bilinear(src, W, H, dst, 60, 40, 0.61, -1.3, 0.7);
        for (int p : dst) {
            int a = p >>> 24;
            assertTrue((p >> 16 & 0xFF) <= a && (p >> 8 & 0xFF) <= a && (p & 0xFF) <= a,
                    "premultiplied: no channel above alpha in " + Integer.toHexString(p));
        }
        int[] flat = new int[W * H];
        java.util.Arrays.fill(flat, 0xFFE8ECF1);
        int[] inside = new int[30 * 20];
        PictureResampler.bilinear(flat, W, H, inside, 30, 20, 0.93, 1.7, 1.2);
        for (int p : inside) assertEquals(0xFFE8ECF1, p, "a box's fill stays its colour when scaled");
    }

    @Test
    void halfwayBetweenTwoPixelsIsTheirMean() {
        // Two columns, black and white, shown twice as large: the pixel centred on their border is grey.
        int[] src = {0xFF000000, 0xFFFFFFFF};
        int[] dst = new int[4];
        // a = 0.5: destination pixel i samples the source at 0.5 (i + 0.5) + 0.25 = 0.5, 1.0, 1.5, 2.0.
        PictureResampler.bilinear(src, 2, 1, dst, 4, 1, 0.5, 0.25, 0.25);
        assertEquals(0xFF000000, dst[0] | 0xFF000000, "on the black pixel's centre");
        assertEquals(0x80, dst[1] & 0xFF, 1, "between them: half");
        assertEquals(0xFFFFFFFF, dst[2], "on the white pixel's centre");
        assertEquals(0x80, dst[3] >>> 24, 1, "half beyond the white one's far side: half transparent");
    }

    @Test
    void nearestTakesThePixelUnderEachCentre() {
        int[] src = {1, 2, 3, 4, 5, 6};
        int[] dst = new int[6 * 2];
        // Twice as large: each source pixel covers two destination pixels; row -1 .. beyond: transparent.
        PictureResampler.nearest(src, 3, 2, dst, 6, 2, 0.5, 0, 0);
        assertArrayEquals(new int[] {1, 1, 2, 2, 3, 3, 1, 1, 2, 2, 3, 3}, dst);
        PictureResampler.nearest(src, 3, 2, dst, 6, 2, 1, -1, 1);
        assertArrayEquals(new int[] {0, 4, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0}, dst);
    }
}
