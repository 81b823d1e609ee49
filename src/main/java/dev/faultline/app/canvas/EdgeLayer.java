package dev.faultline.app.canvas;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Transform;
import javafx.util.Duration;

/**
 * A large graph's dependency lines as ONE bitmap under the world transform (issue #13). One JavaFX path per edge
 * made the software renderer stroke every long edge of the hairball on every frame of a pan (5,000 nodes at mid zoom:
 * ~8,700 lines, 1.3 fps); here they are drawn by {@link EdgeRaster} on a background thread into a bitmap a little
 * larger than the view, which pans and zooms with the diagram like any node, and is drawn again, off the FX thread,
 * only when the lines change (a failure, a hover, a highlight, focus) or the view leaves the bitmap or zooms past
 * what it can scale without blurring (x0.7 to x1.4), and once more at the exact zoom when the view rests. Until a new
 * bitmap is ready the previous one stays: a pan never waits for the lines.
 */
final class EdgeLayer extends Group {
    /** The bitmap reaches this fraction of the view's size beyond each side of it. */
    static final double MARGIN = 0.2;
    /** The bitmap is drawn again once the view is scaled this much (or its inverse) from the zoom it was drawn at. */
    static final double RESCALE = 1.4;
    /** Pixels at most (a huge window gets a bitmap of its view and a smaller margin). */
    private static final int MAX_PIXELS = 8_000_000;

    /** What to draw for a region of the diagram: the lines, in drawing order, captured on the FX thread. */
    interface Source {
        List<EdgeRaster.Line> linesIn(double x0, double y0, double x1, double y1);
    }

    /** One bitmap: what it covers and which version of the lines it shows. */
    record Shown(EdgeRaster.Frame frame, long version, List<EdgeRaster.Line> lines) {
        boolean covers(double x0, double y0, double x1, double y1) {
            double z = frame.zoom();
            return x0 >= frame.x0() && y0 >= frame.y0() && x1 <= frame.x0() + frame.width() / z
                    && y1 <= frame.y0() + frame.height() / z;
        }
    }

    /** -Dfaultline.edges.log=true logs each bitmap's size and drawing time (benchmarks). */
    private static final boolean LOG = Boolean.getBoolean("faultline.edges.log");
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "faultline-edges");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    private final ImageView image = new ImageView();
    /** Where the bitmap is in the diagram, and at which scale (see {@link #place()}). */
    private final Affine place = new Affine();
    private final Source source;
    /**
     * The view rests when it has not moved for this long: the bitmap is then drawn at the exact zoom. Longer than a
     * slow frame, or a slow pan would redraw the lines after every frame.
     */
    private final PauseTransition rest = new PauseTransition(Duration.millis(400));
    private long version;
    private Shown shown;
    private boolean running;
    /** Two pixel arrays: one on screen, one being drawn. */
    private int[] spare;
    private int[] onScreen;
    private Runnable onShown = () -> { };
    private double viewX0, viewY0, viewX1, viewY1, zoom;
    private boolean active;
    /** The view has not moved for a while: the bitmap is then drawn for exactly this view. */
    private boolean resting;

    EdgeLayer(Source source) {
        this.source = source;
        image.setSmooth(true);
        image.setMouseTransparent(true);
        image.getTransforms().add(place);
        setMouseTransparent(true);
        getChildren().add(image);
        // Every pan moves the world, and with it this layer: place the bitmap on the screen's pixels again.
        localToSceneTransformProperty().addListener((o, was, now) -> place());
        rest.setOnFinished(e -> {
            resting = true;
            if (active && !atRest()) draw();
        });
    }

    /** Called after each new bitmap is on screen (the canvas drops the live views it replaced). */
    void setOnShown(Runnable r) {
        onShown = r;
    }

    /** The lines changed (scene, dimming, highlight, focus, what is drawn): draw them again. */
    void invalidate() {
        version++;
        if (active) draw();
    }

    /** Off: nothing drawn, no work (small graphs, or no view yet). */
    void setActive(boolean on) {
        if (active == on) return;
        active = on;
        setVisible(on);
        if (!on) {
            shown = null;
            image.setImage(null);
        } else {
            version++; // drawn at the next view change (the canvas gives one at every update)
        }
    }

    /** The view moved (world rectangle in view, zoom): draw again only if the bitmap no longer serves it. */
    void viewChanged(double x0, double y0, double x1, double y1, double zoom) {
        resting = false;
        setView(x0, y0, x1, y1, zoom);
        if (!active) return;
        if (stale()) draw();
        rest.playFromStart();
    }

    /** Where the view is now, without drawing yet (the caller invalidates or moves next). */
    void setView(double x0, double y0, double x1, double y1, double zoom) {
        viewX0 = x0;
        viewY0 = y0;
        viewX1 = x1;
        viewY1 = y1;
        this.zoom = zoom;
    }

    /** The lines changed, and the view is about to be given: draw once, then. */
    void invalidateLater() {
        version++;
    }

    /** Whether the bitmap on screen is missing, old, out of the view or scaled too far. */
    boolean stale() {
        if (shown == null || shown.version() != version) return true;
        double ratio = zoom / shown.frame().zoom();
        return ratio > RESCALE || ratio < 1 / RESCALE || !shown.covers(viewX0, viewY0, viewX1, viewY1);
    }

    /**
     * The view rests and the bitmap on screen was drawn for it: at its zoom and on its pixel grid, so it maps one to one
     * onto the screen (a scaled or shifted bitmap is drawn filtered, a little blurred).
     */
    private boolean atRest() {
        if (shown == null || stale()) return false;
        EdgeRaster.Frame f = shown.frame();
        double gx = (f.x0() - viewX0) * zoom;
        double gy = (f.y0() - viewY0) * zoom;
        return f.zoom() == zoom && Math.abs(gx - Math.rint(gx)) < 1e-3 && Math.abs(gy - Math.rint(gy)) < 1e-3;
    }

    /** Nothing left to draw: the bitmap on screen shows the current lines for the current view (tests). */
    boolean settled() {
        return !active || (!running && !stale());
    }

    Shown shown() {
        return shown;
    }

    /** The version of the lines: a bitmap of this version or later shows every change made so far. */
    long version() {
        return version;
    }

    /** The colour of the bitmap at a diagram point (ARGB, premultiplied; 0 outside), for tests. */
    int pixelAt(double worldX, double worldY) {
        if (shown == null || onScreen == null) return 0;
        EdgeRaster.Frame f = shown.frame();
        int x = (int) Math.floor(f.px(worldX));
        int y = (int) Math.floor(f.py(worldY));
        if (x < 0 || y < 0 || x >= f.width() || y >= f.height()) return 0;
        return onScreen[y * f.width() + x];
    }

    /** Starts drawing the current lines for the current view, or marks that it is wanted once the running one ends. */
    private void draw() {
        if (running || viewX1 <= viewX0 || zoom <= 0) return;
        EdgeRaster.Frame frame = frameFor(viewX0, viewY0, viewX1, viewY1, zoom);
        double z = frame.zoom();
        List<EdgeRaster.Line> lines = new ArrayList<>(source.linesIn(frame.x0(), frame.y0(),
                frame.x0() + frame.width() / z, frame.y0() + frame.height() / z));
        long v = version;
        if (lines.isEmpty()) {
            // Nothing to draw here (groups closed, focus elsewhere): no bitmap at all, not a transparent one that
            // the renderer would still blend over the whole view on every frame.
            image.setImage(null);
            if (spare == null) spare = onScreen;
            onScreen = null;
            shown = new Shown(frame, v, lines);
            onShown.run();
            return;
        }
        running = true;
        int[] buffer = spare;
        spare = null;
        Supplier<int[]> work = () -> EdgeRaster.draw(frame, lines, buffer);
        WORKER.execute(() -> {
            int[] px;
            try {
                long t0 = System.nanoTime();
                px = work.get();
                if (LOG) {
                    System.getLogger("faultline.frames").log(System.Logger.Level.INFO, String.format(
                            java.util.Locale.ROOT, "edge bitmap %dx%d, %d lines, %.1f ms", frame.width(),
                            frame.height(), lines.size(), (System.nanoTime() - t0) / 1e6));
                }
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> running = false);
                throw e;
            }
            Platform.runLater(() -> done(new Shown(frame, v, lines), px));
        });
    }

    /**
     * Puts the bitmap at its place in the diagram, one bitmap pixel per 1/zoom. While the view is at the zoom the
     * bitmap was drawn for (a pan), its pixels land exactly on whole screen pixels instead: the software renderer
     * then copies the bitmap (Pisces' translate-only path), where a scale or a fraction of a pixel in the transform,
     * even 1e-12 of one, makes it interpolate four pixels for each pixel of the view; that was ~40 % of the
     * renderer's time per frame at mid zoom (issue #13). The lines then move by under half a pixel against the nodes
     * during a pan; at rest the bitmap is on the pixel grid anyway (see frameFor), so nothing moves.
     */
    private void place() {
        if (shown == null) return;
        EdgeRaster.Frame f = shown.frame();
        double sx = 1 / f.zoom();
        double sy = sx;
        double tx = f.x0();
        double ty = f.y0();
        Transform p = getLocalToSceneTransform();
        if (p.getMxy() == 0 && p.getMyx() == 0 && p.getMxx() > 0 && p.getMyy() > 0
                && Math.abs(p.getMxx() * sx - 1) < 1e-6 && Math.abs(p.getMyy() * sy - 1) < 1e-6) {
            // Pisces truncates the transform to 16.16 fixed point: a hair above 1 stays exactly 1, a hair below
            // becomes 65535/65536; and whole pixels a hair away from 0 stay whole.
            sx = 1 / p.getMxx() * (1 + 1e-9);
            sy = 1 / p.getMyy() * (1 + 1e-9);
            tx = (onWholePixel(p.getMxx() * f.x0() + p.getTx()) - p.getTx()) / p.getMxx();
            ty = (onWholePixel(p.getMyy() * f.y0() + p.getTy()) - p.getTy()) / p.getMyy();
        }
        place.setToTransform(sx, 0, tx, 0, sy, ty);
    }

    private static double onWholePixel(double x) {
        double whole = Math.rint(x);
        return whole + Math.copySign(1e-6, whole);
    }

    private static EdgeRaster.Frame frameFor(double x0, double y0, double x1, double y1, double zoom) {
        double w = x1 - x0;
        double h = y1 - y0;
        double margin = MARGIN;
        while (margin > 0 && (w * (1 + 2 * margin) * zoom) * (h * (1 + 2 * margin) * zoom) > MAX_PIXELS) margin -= 0.1;
        margin = Math.max(0, margin);
        // On the screen's pixel grid (the view's corner is a pixel corner): at rest the bitmap then maps one to one
        // onto the screen, so its smooth filtering does not blur the lines by a fraction of a pixel.
        double fx0 = x0 - Math.ceil(w * margin * zoom) / zoom;
        double fy0 = y0 - Math.ceil(h * margin * zoom) / zoom;
        int pw = (int) Math.ceil(w * (1 + 2 * margin) * zoom);
        int ph = (int) Math.ceil(h * (1 + 2 * margin) * zoom);
        double shrink = Math.sqrt(Math.min(1, (double) MAX_PIXELS / Math.max(1, (long) pw * ph)));
        return new EdgeRaster.Frame(fx0, fy0, zoom * shrink, Math.max(1, (int) (pw * shrink)),
                Math.max(1, (int) (ph * shrink)));
    }

    private void done(Shown next, int[] px) {
        running = false;
        if (!active) {
            spare = px;
            return;
        }
        EdgeRaster.Frame f = next.frame();
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(f.width(), f.height(), IntBuffer.wrap(px),
                PixelFormat.getIntArgbPreInstance());
        image.setImage(new WritableImage(buffer));
        spare = onScreen;
        onScreen = px;
        shown = next;
        place();
        onShown.run();
        if (stale() || (resting && !atRest())) draw();
    }
}
