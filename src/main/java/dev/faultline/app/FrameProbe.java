package dev.faultline.app;

import javafx.animation.AnimationTimer;

import dev.faultline.app.canvas.DiagramCanvas;

/**
 * Measures frame times while the user (or {@code -Dfaultline.fps.autopan=true}) pans and zooms: enabled with
 * {@code -Dfaultline.fps=true}; reports frames per second every two seconds through {@link System.Logger}.
 */
final class FrameProbe extends AnimationTimer {
    private static final System.Logger LOG = System.getLogger("faultline.fps");
    private final DiagramCanvas canvas;
    private final boolean autopan;
    private long windowStart;
    private long last;
    private long frames;
    private long worst;
    private long tick;
    private boolean zoomed;
    private int settle;

    FrameProbe(DiagramCanvas canvas, boolean autopan) {
        this.canvas = canvas;
        this.autopan = autopan;
    }

    static void installIfRequested(DiagramCanvas canvas) {
        if (Boolean.getBoolean("faultline.fps")) new FrameProbe(canvas, Boolean.getBoolean("faultline.fps.autopan")).start();
    }

    @Override
    public void handle(long now) {
        if (autopan && canvas.nodeCount() == 0) return;
        if (autopan && !zoomed && ++settle < 120) return; // let the first fit happen
        if (autopan && !zoomed) {
            // -Dfaultline.fps.zoom=0.6 measures panning at a zoom where labels show.
            zoomed = true;
            double start = Double.parseDouble(System.getProperty("faultline.fps.zoom", "0"));
            if (start > 0) canvas.viewport().zoomAt(start / canvas.zoom(), canvas.getWidth() / 2, canvas.getHeight() / 2);
        }
        if (autopan) {
            // A steady pan with a slow zoom in and out, as a user exploring a large graph would do.
            tick++;
            canvas.viewport().panBy(Math.sin(tick / 30.0) * 12, Math.cos(tick / 45.0) * 8);
            canvas.viewport().zoomAt(tick % 240 < 120 ? 1.01 : 1 / 1.01, canvas.getWidth() / 2, canvas.getHeight() / 2);
            canvas.applyViewportForProbe();
        }
        if (windowStart == 0) {
            windowStart = now;
            last = now;
            return;
        }
        frames++;
        worst = Math.max(worst, now - last);
        last = now;
        if (now - windowStart >= 2_000_000_000L) {
            double fps = frames * 1e9 / (now - windowStart);
            LOG.log(System.Logger.Level.INFO, String.format("fps %.1f, worst frame %.1f ms, zoom %.3f, %d nodes",
                    fps, worst / 1e6, canvas.zoom(), canvas.nodeCount()));
            windowStart = now;
            frames = 0;
            worst = 0;
        }
    }
}
