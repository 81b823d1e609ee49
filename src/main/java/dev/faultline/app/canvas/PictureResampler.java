package dev.faultline.app.canvas;

/**
 * Resamples a bitmap (premultiplied ARGB ints) into another one under a scale and an offset: the moving picture at the
 * view's exact zoom, in a bitmap of the view's screen pixels (issue #13). The software renderer copies a bitmap that
 * lands on whole screen pixels at scale 1, but interpolates every pixel of a scaled one in native code (~18 ns a
 * pixel); while the view zooms, the picture is always scaled, and that was ~88 % of the renderer's time per frame.
 * These loops do the same work in plain integer arithmetic, once per frame on the FX thread, so that the renderer only
 * copies.
 * <p>The mapping: destination pixel {@code (i, j)}, sampled at its centre, is the source point
 * {@code (u, v) = (a * (i + 0.5) + bx, a * (j + 0.5) + by)} in source pixels (pixel {@code k} spans {@code [k, k+1)}).
 * Outside the source the result is transparent, as the renderer leaves what an image does not cover.
 */
final class PictureResampler {
    /** Fractions of a pixel in the bilinear weights: 8 bits, so four weighted channels of 255 fit 16 bits. */
    private static final int FRACTION_BITS = 8;
    private static final int ONE = 1 << FRACTION_BITS;
    private static final int HALF = ONE / 2;
    private static final int LANES_HALF = HALF << 16 | HALF;

    private PictureResampler() {
    }

    /**
     * Bilinear: each destination pixel is the weighted mean of the four source pixels around its centre, as the
     * renderer's smooth image drawing is; transparent beyond the source's border.
     */
    static void bilinear(int[] src, int sw, int sh, int[] dst, int dw, int dh, double a, double bx, double by) {
        int[] x0 = new int[dw];
        int[] fx = new int[dw];
        for (int i = 0; i < dw; i++) {
            double t = a * (i + 0.5) + bx - 0.5;
            int k = (int) Math.floor(t);
            x0[i] = k;
            fx[i] = (int) ((t - k) * ONE);
        }
        // The first column whose right source pixel is beyond the source: from there on, the border loop.
        int inside = dw;
        while (inside > 0 && x0[inside - 1] + 1 >= sw) inside--;
        for (int j = 0; j < dh; j++) {
            double t = a * (j + 0.5) + by - 0.5;
            int k = (int) Math.floor(t);
            int fy = (int) ((t - k) * ONE);
            int row = j * dw;
            if (k < -1 || k >= sh) {
                java.util.Arrays.fill(dst, row, row + dw, 0);
                continue;
            }
            int top = k >= 0 ? k * sw : -1;
            int bottom = k + 1 < sh ? (k + 1) * sw : -1;
            row(src, sw, top, bottom, fy, x0, fx, dst, row, dw, inside);
        }
    }

    /**
     * One destination row between two source rows (-1: beyond the source, transparent). The columns whose four source
     * pixels are all inside (most of them) go through a loop without border checks.
     */
    private static void row(int[] src, int sw, int top, int bottom, int fy, int[] x0, int[] fx, int[] dst, int row,
            int dw, int inside) {
        int wTop = ONE - fy;
        int i = 0;
        if (top >= 0 && bottom >= 0) {
            while (i < inside && x0[i] < 0) {
                dst[row + i] = pixel(src, sw, top, bottom, wTop, fy, x0[i], fx[i]);
                i++;
            }
            for (; i < inside; i++) {
                int k = x0[i];
                int p00 = src[top + k];
                int p01 = src[top + k + 1];
                int p10 = src[bottom + k];
                int p11 = src[bottom + k + 1];
                // Most of a picture is one colour (the empty background, a box's fill): no weights needed.
                dst[row + i] = (p00 ^ p01 | p00 ^ p10 | p00 ^ p11) == 0 ? p00
                        : mix(p00, p01, p10, p11, fx[i], wTop, fy);
            }
        }
        for (; i < dw; i++) dst[row + i] = pixel(src, sw, top, bottom, wTop, fy, x0[i], fx[i]);
    }

    /** One destination pixel anywhere, pixels beyond the source counting as transparent. */
    private static int pixel(int[] src, int sw, int top, int bottom, int wTop, int fy, int k, int f) {
        if (k < -1 || k >= sw) return 0;
        boolean left = k >= 0;
        boolean right = k + 1 < sw;
        int p00 = top >= 0 && left ? src[top + k] : 0;
        int p01 = top >= 0 && right ? src[top + k + 1] : 0;
        int p10 = bottom >= 0 && left ? src[bottom + k] : 0;
        int p11 = bottom >= 0 && right ? src[bottom + k + 1] : 0;
        return mix(p00, p01, p10, p11, f, wTop, fy);
    }

    /** The four pixels weighted, two channels at a time (each weighted sum of 8-bit values fits 16 bits). */
    private static int mix(int p00, int p01, int p10, int p11, int f, int wTop, int fy) {
        // Weights rounded and summing to ONE, the sums rounded (+ half in each 16-bit lane): within 2/255 of exact.
        int w00 = (ONE - f) * wTop + HALF >>> FRACTION_BITS;
        int w01 = f * wTop + HALF >>> FRACTION_BITS;
        int w10 = (ONE - f) * fy + HALF >>> FRACTION_BITS;
        int w11 = ONE - w00 - w01 - w10;
        int rb = (p00 & 0xFF00FF) * w00 + (p01 & 0xFF00FF) * w01 + (p10 & 0xFF00FF) * w10 + (p11 & 0xFF00FF) * w11
                + LANES_HALF;
        int ag = (p00 >>> 8 & 0xFF00FF) * w00 + (p01 >>> 8 & 0xFF00FF) * w01 + (p10 >>> 8 & 0xFF00FF) * w10
                + (p11 >>> 8 & 0xFF00FF) * w11 + LANES_HALF;
        return (rb >>> FRACTION_BITS & 0xFF00FF) | (ag & 0xFF00FF00);
    }

    /** Nearest neighbour: each destination pixel is the source pixel under its centre; transparent beyond it. */
    static void nearest(int[] src, int sw, int sh, int[] dst, int dw, int dh, double a, double bx, double by) {
        int[] col = new int[dw];
        for (int i = 0; i < dw; i++) {
            int k = (int) Math.floor(a * (i + 0.5) + bx);
            col[i] = k >= 0 && k < sw ? k : -1;
        }
        for (int j = 0; j < dh; j++) {
            int k = (int) Math.floor(a * (j + 0.5) + by);
            int row = j * dw;
            if (k < 0 || k >= sh) {
                java.util.Arrays.fill(dst, row, row + dw, 0);
                continue;
            }
            int base = k * sw;
            for (int i = 0; i < dw; i++) {
                int c = col[i];
                dst[row + i] = c >= 0 ? src[base + c] : 0;
            }
        }
    }
}
