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

import dev.faultline.export.diagram.ScenePainter;

/**
 * A large graph's dependency lines as ONE bitmap under the world transform (issue #13). One JavaFX path per edge
 * made the software renderer stroke every long edge of the hairball on every frame of a pan (5,000 nodes at mid zoom:
 * ~8,700 lines, 1.3 fps); here they are drawn by {@link EdgeRaster} on a background thread into a bitmap a little
 * larger than the view, which pans and zooms with the diagram like any node, and is drawn again, off the FX thread,
 * only when the lines change (a failure, a hover, a highlight, focus) or the view leaves the bitmap or zooms past
 * what it can scale without blurring (x0.7 to x1.4), and once more at the exact zoom when the view rests. Until a new
 * bitmap is ready the previous one stays: a pan never waits for the lines.
 * <p>While the view moves, the same worker also paints the nodes of the bitmap's region over a copy of it (the moving
 * picture, {@link NodePicture}); while that picture shows the current looks of everything in view, it is shown alone
 * and the canvas does not draw its node views (see {@link #setOnPicture}). It stays while the view outruns it (scaled
 * and moved with the view until the next one comes, see {@link #stands}); its nodes are copied from sprites painted
 * once per look and zoom step ({@link NodeSprites}).
 */
final class EdgeLayer extends Group {
    /** The bitmap reaches this fraction of the view's size beyond each side of it. */
    static final double MARGIN = 0.2;
    /** The bitmap is drawn again once the view is scaled this much (or its inverse) from the zoom it was drawn at. */
    static final double RESCALE = 1.4;
    /** While the view moves, zooming out: drawn again sooner, before the view grows out of the bitmap's margin. */
    static final double RESCALE_MOVING = 1.2;
    /**
     * While the view zooms out, the moving picture reaches this much further (a fraction of the view's size beyond each
     * side): the view grows towards the picture's border while the next one is painted.
     */
    static final double MARGIN_ZOOMING_OUT = 0.3;
    /**
     * While the view moves, a picture that no longer covers all of it, or is scaled from the zoom it was painted at,
     * still stands in for the views (scaled and moved, as a map shows its tiles until the next ones come) while it
     * covers at least this fraction of the view and is scaled by at most {@link #STANDS_SCALE} (or its inverse).
     */
    static final double STANDS_COVER = 0.6;
    static final double STANDS_SCALE = 2.0;
    /** Sprites kept for the moving picture's nodes, in pixels (~48 MB): a few zoom steps of a mid-zoom view. */
    private static final long SPRITE_PIXELS = 12_000_000;
    /** Pixels at most (a huge window gets a bitmap of its view and a smaller margin). */
    private static final int MAX_PIXELS = 8_000_000;

    /** What to draw for a region of the diagram: the lines, in drawing order, captured on the FX thread. */
    interface Source {
        List<EdgeRaster.Line> linesIn(double x0, double y0, double x1, double y1);
    }

    /** The nodes of a region as their views show them now, captured on the FX thread; null: no picture can stand in. */
    interface PictureSource {
        NodePicture pictureIn(double x0, double y0, double x1, double y1);
    }

    /** A moving picture (edges and nodes): where it is, which version of the looks it shows; empty: none could be. */
    record Painted(EdgeRaster.Frame frame, long version, boolean empty) { }

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
    private final PictureSource pictures;
    /** Paints the nodes of the moving picture: used on the worker thread only. */
    private final NodeSprites sprites;
    /**
     * While the view moves (issue #13): the edges AND nodes of the view and its margin as one bitmap, shown instead of
     * the edge bitmap and the node views (which the canvas makes transparent, so the renderer skips them while they
     * can still be clicked), as long as it shows the current look of everything in view.
     */
    private final ImageView picture = new ImageView();
    private final Affine picturePlace = new Affine();
    /** The picture at the view's exact zoom while it is scaled, so the renderer copies it (see ResampledPicture). */
    private final ResampledPicture resampled = new ResampledPicture();
    private final Runnable resampleInPulse = this::resampleForPulse;
    /** Pictures put on screen so far: a new one (even in a re-used array, of the same frame) is resampled again. */
    private long picturesPainted;
    private Painted painted;
    private long pictureVersion;
    private int[] pictureSpare;
    private int[] pictureOnScreen;
    private boolean moving;
    /** The last zoom change while moving made the view smaller (zoomed out): pictures get a wider margin. */
    private boolean zoomingOut;
    /**
     * The zoom changed since the view last rested: pictures are painted at zoom steps. A drag keeps the exact zoom, so
     * its pictures land on whole screen pixels and are copied, not interpolated (see {@link #place}).
     */
    private boolean zoomedWhileMoving;
    /** View changes since the view last rested. */
    private int moves;
    private boolean preparePending;
    private boolean pictureOn;
    private java.util.function.Consumer<Boolean> onPicture = on -> { };
    /**
     * The view rests when it has not moved for this long: the bitmap is then drawn at the exact zoom. Longer than a
     * slow frame, or a slow pan would redraw the lines after every frame.
     */
    private final PauseTransition rest = new PauseTransition(Duration.millis(400));
    private final PauseTransition prepare = new PauseTransition(Duration.millis(600));
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

    EdgeLayer(Source source, PictureSource pictures, dev.faultline.render.KindGlyphs glyphs) {
        this.source = source;
        this.pictures = pictures;
        this.sprites = new NodeSprites(new ScenePainter(glyphs), SPRITE_PIXELS);
        image.setSmooth(true);
        image.setMouseTransparent(true);
        image.getTransforms().add(place);
        picture.setSmooth(true);
        picture.setMouseTransparent(true);
        picture.getTransforms().add(picturePlace);
        picture.setVisible(false);
        setMouseTransparent(true);
        getChildren().addAll(image, picture, resampled.node());
        if (ResampledPicture.enabled()) {
            // Once per pulse, after the view's transform is set for it and before the scene is handed to the renderer.
            sceneProperty().addListener((o, was, now) -> {
                if (was != null) was.removePostLayoutPulseListener(resampleInPulse);
                if (now != null) now.addPostLayoutPulseListener(resampleInPulse);
            });
        }
        // Every pan moves the world, and with it this layer: place the bitmap on the screen's pixels again.
        localToSceneTransformProperty().addListener((o, was, now) -> {
            place();
            placePicture();
        });
        rest.setOnFinished(e -> {
            resting = true;
            if (active && !atRest()) draw();
        });
        prepare.setOnFinished(e -> preparePicture());
    }

    /**
     * At rest, once nothing has changed for a while: the moving picture is painted for the bitmap on screen, so the
     * next pan shows it from its first frame instead of drawing the views until a picture is ready.
     */
    private void preparePicture() {
        if (!active || moving || running || pictures == null || shown == null || stale()) return;
        if (painted != null && painted.version() == pictureVersion && painted.frame().equals(shown.frame())) return;
        paintPicture(shown.frame());
    }

    /**
     * Each pulse: while the moving picture is on and would be drawn scaled, it is shown resampled at the view's zoom
     * instead (one bitmap of the view, copied by the renderer); else the picture itself, if on.
     */
    private void resampleForPulse() {
        boolean scaled = pictureOn && !onWholePixels(painted.frame(), getLocalToSceneTransform());
        boolean oneToOne = getScene() != null && getScene().getWindow() != null
                && getScene().getWindow().getRenderScaleX() == 1 && getScene().getWindow().getRenderScaleY() == 1;
        if (scaled && oneToOne && resampled.show(pictureOnScreen, picturesPainted, painted.frame(),
                getLocalToSceneTransform(), viewX0, viewY0, viewX1, viewY1)) {
            picture.setVisible(false);
        } else {
            resampled.hide();
            picture.setVisible(pictureOn);
        }
    }

    /** Whether the moving picture is shown resampled at the view's zoom now, on whole screen pixels (tests). */
    boolean pictureResampled() {
        return resampled.shown() && resampled.onWholePixels();
    }

    /** The resampled picture's colour at a scene point (ARGB, premultiplied; 0 when not shown there), for tests. */
    int resampledPixelAtScene(double sceneX, double sceneY) {
        return resampled.pixelAtScene(sceneX, sceneY);
    }

    /** Called after each new bitmap is on screen (the canvas drops the live views it replaced). */
    void setOnShown(Runnable r) {
        onShown = r;
    }

    /** Told whether the moving picture is on screen (true: the node views must not be drawn). */
    void setOnPicture(java.util.function.Consumer<Boolean> r) {
        onPicture = r;
    }

    /** The lines changed (scene, dimming, highlight, focus, what is drawn): draw them again. */
    void invalidate() {
        version++;
        pictureVersion++;
        showPicture();
        if (active) draw();
    }

    /**
     * A node's look changed (its scene node, dimming, selection, place, level of detail): the moving picture no longer
     * shows it, so it goes at once, in this pulse, and the views are drawn until a new one is painted.
     */
    void nodesChanged() {
        pictureVersion++;
        showPicture();
        // Called once per view changed (thousands for a hover): (re)start the preparation once, after them.
        if (!moving && active && !preparePending) {
            preparePending = true;
            Platform.runLater(() -> {
                preparePending = false;
                if (!moving && active) prepare.playFromStart();
            });
        }
    }

    /**
     * The view moves (a pan, a zoom gesture, a scroll, a key) or has come to rest: while it moves, the moving picture
     * stands in for the edge bitmap and the node views whenever it is current.
     */
    void setMoving(boolean on) {
        moves = on ? moves + 1 : 0;
        if (!on) zoomedWhileMoving = false;
        if (moving == on) return;
        moving = on;
        showPicture();
    }

    /**
     * New pictures are painted from the second move on: a jump (a search, a finding, a zoom step) is one move, and
     * the view rests before a picture painted for it would be ready; a picture prepared at rest still shows at once.
     */
    private boolean paintsPictures() {
        return moving && moves >= 2 && pictures != null;
    }

    /** Whether the moving picture on screen covers all of the view (tests). */
    boolean pictureCoversView() {
        return pictureOn && covers(painted.frame(), viewX0, viewY0, viewX1, viewY1);
    }

    /** Whether the moving picture is on screen now, in place of the node views (tests). */
    boolean pictureShown() {
        return pictureOn;
    }

    /**
     * Shows the moving picture while it shows the current looks and still stands for the view (else the edge bitmap
     * and the views): a change to any node drops it at once, a move does not, until it is far out of place.
     */
    private void showPicture() {
        boolean on = active && moving && painted != null && !painted.empty() && painted.version() == pictureVersion
                && stands(painted.frame());
        if (on == pictureOn) return;
        pictureOn = on;
        if (LOG) System.getLogger("faultline.frames").log(System.Logger.Level.INFO, "moving picture " + (on ? "on" : "off"));
        picture.setVisible(on);
        image.setVisible(!on);
        onPicture.accept(on);
    }

    /**
     * Whether a picture of this frame can stand for the view: it covers the view (at any scale), or most of it and is
     * scaled from the zoom it was painted at by at most {@link #STANDS_SCALE}. What it does not cover is the canvas's
     * background until the next picture, painted meanwhile, comes (within ~0.1-0.3 s on a quiet machine).
     */
    private boolean stands(EdgeRaster.Frame f) {
        if (covers(f, viewX0, viewY0, viewX1, viewY1)) return true;
        double ratio = zoom / f.zoom();
        if (ratio > STANDS_SCALE || ratio < 1 / STANDS_SCALE) return false;
        double z = f.zoom();
        double w = Math.min(viewX1, f.x0() + f.width() / z) - Math.max(viewX0, f.x0());
        double h = Math.min(viewY1, f.y0() + f.height() / z) - Math.max(viewY0, f.y0());
        double area = (viewX1 - viewX0) * (viewY1 - viewY0);
        return w > 0 && h > 0 && area > 0 && w * h >= STANDS_COVER * area;
    }

    private static boolean covers(EdgeRaster.Frame frame, double x0, double y0, double x1, double y1) {
        double z = frame.zoom();
        return x0 >= frame.x0() && y0 >= frame.y0() && x1 <= frame.x0() + frame.width() / z
                && y1 <= frame.y0() + frame.height() / z;
    }

    /** While moving: the picture is missing, of older looks, out of the view or scaled too far. */
    private boolean pictureStale() {
        if (!paintsPictures()) return false;
        if (painted == null || painted.version() != pictureVersion) return true;
        return !serves(painted.frame());
    }

    /** Off: nothing drawn, no work (small graphs, or no view yet). */
    void setActive(boolean on) {
        if (active == on) return;
        active = on;
        setVisible(on);
        if (!on) {
            shown = null;
            image.setImage(null);
            painted = null;
            picture.setImage(null);
            showPicture();
        } else {
            version++; // drawn at the next view change (the canvas gives one at every update)
        }
    }

    /** The view moved (world rectangle in view, zoom): draw again only if the bitmap no longer serves it. */
    void viewChanged(double x0, double y0, double x1, double y1, double zoom) {
        resting = false;
        if (zoom != this.zoom) {
            zoomingOut = zoom < this.zoom;
            zoomedWhileMoving = moving;
        }
        setView(x0, y0, x1, y1, zoom);
        if (!active) return;
        showPicture();
        if (stale() || pictureStale()) draw();
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
        pictureVersion++;
        showPicture();
    }

    /** Whether the bitmap on screen is missing, old, out of the view or scaled too far. */
    boolean stale() {
        if (shown == null || shown.version() != version) return true;
        return !serves(shown.frame());
    }

    /**
     * Whether a bitmap of this frame still serves the view: not scaled too far, and covering it. While the view
     * moves, with some room to spare (a zoom out by a further 1.25, a tenth of the view further on): the next bitmap
     * is then drawn before this one runs out, and the moving picture is not dropped for the views in the meantime.
     */
    private boolean serves(EdgeRaster.Frame f) {
        double ratio = zoom / f.zoom();
        if (ratio > RESCALE || ratio < 1 / (moving ? RESCALE_MOVING : RESCALE)) return false;
        double slack = moving ? 0.1 : 0;
        double sx = (viewX1 - viewX0) * slack;
        double sy = (viewY1 - viewY0) * slack;
        return covers(f, viewX0 - sx, viewY0 - sy, viewX1 + sx, viewY1 + sy);
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
        return !active || (!moving && !running && !stale());
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

    /** The moving picture's colour at a diagram point (ARGB, premultiplied; 0 outside or none), for tests. */
    int picturePixelAt(double worldX, double worldY) {
        if (painted == null || painted.empty() || pictureOnScreen == null) return 0;
        EdgeRaster.Frame f = painted.frame();
        int x = (int) Math.floor(f.px(worldX));
        int y = (int) Math.floor(f.py(worldY));
        if (x < 0 || y < 0 || x >= f.width() || y >= f.height()) return 0;
        return pictureOnScreen[y * f.width() + x];
    }

    /** Starts drawing the current lines for the current view, or marks that it is wanted once the running one ends. */
    private void draw() {
        if (running || viewX1 <= viewX0 || zoom <= 0) return;
        if (!stale() && pictureStale()) {
            paintPicture(shown.frame());
            return;
        }
        // A moving picture is painted at the zoom step nearest the view's (its node sprites then serve every
        // picture of that step), and with a wider margin while zooming out; at rest, edges for exactly this view.
        boolean picture = paintsPictures();
        EdgeRaster.Frame frame = picture && zoomedWhileMoving
                ? frameFor(viewX0, viewY0, viewX1, viewY1, NodeSprites.bucket(zoom),
                        zoomingOut ? MARGIN_ZOOMING_OUT : MARGIN)
                : frameFor(viewX0, viewY0, viewX1, viewY1, zoom, MARGIN);
        double z = frame.zoom();
        List<EdgeRaster.Line> lines = new ArrayList<>(source.linesIn(frame.x0(), frame.y0(),
                frame.x0() + frame.width() / z, frame.y0() + frame.height() / z));
        long v = version;
        long pv = pictureVersion;
        NodePicture nodes = paintsPictures() ? pictures.pictureIn(frame.x0(), frame.y0(),
                frame.x0() + frame.width() / z, frame.y0() + frame.height() / z) : null;
        if (paintsPictures() && nodes == null) painted = new Painted(frame, pv, true);
        if (lines.isEmpty() && nodes == null) {
            // Nothing to draw here (groups closed, focus elsewhere): no bitmap at all, not a transparent one that
            // the renderer would still blend over the whole view on every frame.
            image.setImage(null);
            if (spare == null) spare = onScreen;
            onScreen = null;
            shown = new Shown(frame, v, lines);
            onShown.run();
            showPicture();
            return;
        }
        running = true;
        int[] buffer = spare;
        spare = null;
        int[] pictureBuffer = pictureSpare;
        pictureSpare = null;
        Supplier<int[]> work = () -> HalvedRaster.draw(frame, lines, buffer);
        WORKER.execute(() -> {
            int[] px;
            int[] pic = null;
            try {
                long t0 = System.nanoTime();
                px = work.get();
                if (nodes != null) pic = paintNodes(frame, px, nodes, pictureBuffer);
                if (LOG) {
                    System.getLogger("faultline.frames").log(System.Logger.Level.INFO, String.format(
                            java.util.Locale.ROOT, "edge bitmap %dx%d, %d lines, %.1f ms", frame.width(),
                            frame.height(), lines.size(), (System.nanoTime() - t0) / 1e6));
                }
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> running = false);
                throw e;
            }
            int[] pixels = pic;
            Platform.runLater(() -> {
                if (pixels != null) picturePainted(new Painted(frame, pv, false), pixels);
                else if (pictureBuffer != null) pictureSpare = pictureBuffer;
                done(new Shown(frame, v, lines), px);
            });
        });
    }

    /** The lines on screen are current: paints the nodes over a copy of them, off the FX thread. */
    private void paintPicture(EdgeRaster.Frame frame) {
        double z = frame.zoom();
        long pv = pictureVersion;
        NodePicture nodes = pictures.pictureIn(frame.x0(), frame.y0(), frame.x0() + frame.width() / z,
                frame.y0() + frame.height() / z);
        if (nodes == null) {
            painted = new Painted(frame, pv, true);
            showPicture();
            return;
        }
        running = true;
        int[] base = onScreen;
        int[] pictureBuffer = pictureSpare;
        pictureSpare = null;
        WORKER.execute(() -> {
            int[] pic;
            try {
                pic = paintNodes(frame, base, nodes, pictureBuffer);
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> running = false);
                throw e;
            }
            Platform.runLater(() -> {
                running = false;
                picturePainted(new Painted(frame, pv, false), pic);
                if (stale() || (resting && !atRest()) || pictureStale()) draw();
            });
        });
    }

    /** The edges (null: none) copied, and the nodes painted over them with Java2D, in a bitmap of the frame. */
    private int[] paintNodes(EdgeRaster.Frame frame, int[] edges, NodePicture nodes, int[] buffer) {
        long t0 = System.nanoTime();
        int n = frame.width() * frame.height();
        int[] pic = buffer != null && buffer.length >= n ? buffer : new int[n];
        if (edges != null) System.arraycopy(edges, 0, pic, 0, n);
        else java.util.Arrays.fill(pic, 0, n, 0);
        sprites.paint(pic, frame, nodes);
        if (LOG) {
            System.getLogger("faultline.frames").log(System.Logger.Level.INFO, String.format(java.util.Locale.ROOT,
                    "moving picture %dx%d, %d nodes, %.1f ms (%d sprites painted so far)", frame.width(),
                    frame.height(), nodes.nodes().size(), (System.nanoTime() - t0) / 1e6, sprites.painted()));
        }
        return pic;
    }

    /** A moving picture is ready (on the FX thread): it goes on screen if it is still current. */
    private void picturePainted(Painted next, int[] pic) {
        if (!active) {
            pictureSpare = pic;
            return;
        }
        EdgeRaster.Frame f = next.frame();
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(f.width(), f.height(), IntBuffer.wrap(pic),
                PixelFormat.getIntArgbPreInstance());
        picture.setImage(new WritableImage(buffer));
        pictureSpare = pictureOnScreen;
        pictureOnScreen = pic;
        painted = next;
        picturesPainted++;
        placePicture();
        if (LOG) System.getLogger("faultline.frames").log(System.Logger.Level.INFO, "picture ready: version "
                + next.version() + " of " + pictureVersion + ", covers " + covers(f, viewX0, viewY0, viewX1, viewY1)
                + ", moving " + moving + ", lines version " + version);
        showPicture();
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
        if (shown != null) place(place, shown.frame());
    }

    private void placePicture() {
        if (painted != null && !painted.empty()) place(picturePlace, painted.frame());
    }

    private void place(Affine place, EdgeRaster.Frame f) {
        place(place, f, getLocalToSceneTransform());
    }

    /** Whether a bitmap of this frame lands on whole screen pixels at scale 1 under the transform (see place). */
    static boolean onWholePixels(EdgeRaster.Frame f, Transform p) {
        return p.getMxy() == 0 && p.getMyx() == 0 && p.getMxx() > 0 && p.getMyy() > 0
                && Math.abs(p.getMxx() / f.zoom() - 1) < 1e-6 && Math.abs(p.getMyy() / f.zoom() - 1) < 1e-6;
    }

    /** Places a bitmap of frame f in a layer whose scene transform is p (see {@link #place()}). */
    static void place(Affine place, EdgeRaster.Frame f, Transform p) {
        double sx = 1 / f.zoom();
        double sy = sx;
        double tx = f.x0();
        double ty = f.y0();
        if (onWholePixels(f, p)) {
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

    private static EdgeRaster.Frame frameFor(double x0, double y0, double x1, double y1, double zoom, double wanted) {
        double w = x1 - x0;
        double h = y1 - y0;
        double margin = wanted;
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
        if (next.lines().isEmpty()) {
            // Drawn only as the moving picture's ground: no transparent bitmap at rest (see draw()).
            image.setImage(null);
            if (onScreen != null) spare = onScreen;
            else spare = px;
            onScreen = null;
        } else {
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(f.width(), f.height(), IntBuffer.wrap(px),
                    PixelFormat.getIntArgbPreInstance());
            image.setImage(new WritableImage(buffer));
            spare = onScreen;
            onScreen = px;
        }
        shown = next;
        place();
        onShown.run();
        showPicture();
        if (!moving) prepare.playFromStart();
        if (stale() || (resting && !atRest()) || pictureStale()) draw();
    }
}
