package dev.faultline.app.canvas;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.faultline.concurrent.Futures;

/**
 * The edge bitmap rasterised in two halves at once (issue #13): the upper half on the calling thread (the edge
 * worker), the lower on a helper thread, on machines of four cores or more. While the view moves at mid zoom the
 * renderer keeps one core busy and the FX thread part of another; with cores to spare a new moving picture then comes
 * in about half the time (the view outruns it less, and the first picture after a jump replaces the node views
 * sooner). On two cores (the benchmark machine) the helper would compete with the renderer: one thread draws it all. Each half is its own {@link EdgeRaster.Frame} on the
 * same pixel grid, so the halves join without a seam: a pixel gets the same coverage whichever half draws it. Used
 * by the edge worker only (one thread), which owns the lower half's spare array.
 */
final class HalvedRaster {
    /** Below this many pixels one thread draws it all (the hand-over would cost more than it saves). */
    private static final long MIN_PIXELS = 200_000;
    private static final boolean ON = Runtime.getRuntime().availableProcessors() >= 4
            && !Boolean.getBoolean("faultline.edges.onethread");
    private static final ExecutorService LOWER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "faultline-edges-lower");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private static int[] lowerSpare;

    private HalvedRaster() {
    }

    /** As {@link EdgeRaster#draw}: the lines in {@code f}, into {@code pixels} if it is large enough. */
    static int[] draw(EdgeRaster.Frame f, List<EdgeRaster.Line> lines, int[] pixels) {
        if (!ON || (long) f.width() * f.height() < MIN_PIXELS) return EdgeRaster.draw(f, lines, pixels);
        return inHalves(f, lines, pixels);
    }

    /** Always in two halves (tests; {@link #draw} decides when it pays). */
    static int[] inHalves(EdgeRaster.Frame f, List<EdgeRaster.Line> lines, int[] pixels) {
        if (f.height() < 2) return EdgeRaster.draw(f, lines, pixels);
        int w = f.width();
        int upper = f.height() / 2;
        int lowerRows = f.height() - upper;
        EdgeRaster.Frame top = new EdgeRaster.Frame(f.x0(), f.y0(), f.zoom(), w, upper);
        EdgeRaster.Frame bottom = new EdgeRaster.Frame(f.x0(), f.y0() + upper / f.zoom(), f.zoom(), w, lowerRows);
        int[] spare = lowerSpare;
        lowerSpare = null;
        Future<int[]> lower = LOWER.submit(() -> EdgeRaster.draw(bottom, lines, spare));
        int n = w * f.height();
        int[] px = pixels != null && pixels.length >= n ? pixels : new int[n];
        try {
            EdgeRaster.draw(top, lines, px);
        } finally {
            int[] low = Futures.get(lower, () -> new IllegalStateException("interrupted while drawing the edges"));
            System.arraycopy(low, 0, px, w * upper, w * lowerRows);
            lowerSpare = low;
        }
        return px;
    }
}
