package dev.faultline.app.canvas;

import java.nio.IntBuffer;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Transform;

/**
 * The moving picture resampled at the view's exact zoom into a bitmap of the view's screen pixels, which the renderer
 * then copies (issue #13). While the view zooms, the picture (painted at a zoom step) is always shown scaled, and the
 * software renderer interpolated every pixel of it in native code: ~88 % of its time per frame at mid zoom. Here the
 * same bilinear filtering is done once per frame on the FX thread by {@link PictureResampler} (a third of the cost),
 * into one of two bitmaps in turn (the renderer may still be drawing the previous frame from the other one), placed on
 * whole screen pixels at scale 1 so that the renderer's copy path takes it.
 * <p>Only for a scene drawn at one device pixel per scene unit (the software pipeline here; a HiDPI window would have
 * the renderer scale the result again, so the picture is left to it there), and only while it is scaled: a drag at
 * the picture's own zoom already shows it on whole pixels.
 */
final class ResampledPicture {
    /** -Dfaultline.picture.resample=off shows the picture scaled by the renderer, as before (benchmarks). */
    static final String MODE = System.getProperty("faultline.picture.resample", "bilinear");

    /** What was resampled last: the same source under the same transform need not be resampled again. */
    private record Key(long picture, EdgeRaster.Frame frame, double scale, double tx, double ty, int x0, int y0, int w,
            int h) { }

    private final ImageView view = new ImageView();
    private final Affine place = new Affine();
    private final int[][] pixels = new int[2][];
    private final PixelBuffer<?>[] buffers = new PixelBuffer<?>[2];
    private final WritableImage[] images = new WritableImage[2];
    private int next;
    private Key last;
    private long resamples;

    ResampledPicture() {
        view.setMouseTransparent(true);
        view.setSmooth(false);
        view.setVisible(false);
        view.getTransforms().add(place);
    }

    ImageView node() {
        return view;
    }

    static boolean enabled() {
        return !"off".equals(MODE);
    }

    /**
     * Shows the picture {@code source} (the {@code serial}th painted, of frame {@code f}, placed in the layer's
     * coordinates as the frame says) as it looks under the layer's scene transform {@code p} over the view (layer
     * coordinates {@code x0,y0}-{@code x1,y1}). False when it cannot (a rotated or skewed transform, an empty view): the caller shows the picture itself.
     */
    boolean show(int[] source, long serial, EdgeRaster.Frame f, Transform p, double x0, double y0, double x1,
            double y1) {
        double s = p.getMxx();
        if (p.getMxy() != 0 || p.getMyx() != 0 || s <= 0 || Math.abs(p.getMyy() - s) > 1e-9 * s) return false;
        int sx0 = (int) Math.floor(s * x0 + p.getTx());
        int sy0 = (int) Math.floor(s * y0 + p.getTy());
        int w = (int) Math.ceil(s * x1 + p.getTx()) - sx0;
        int h = (int) Math.ceil(s * y1 + p.getTy()) - sy0;
        if (w <= 0 || h <= 0 || (long) w * h > 16_000_000) return false;
        Key key = new Key(serial, f, s, p.getTx(), p.getTy(), sx0, sy0, w, h);
        if (!key.equals(last)) {
            last = key;
            draw(source, f, p, sx0, sy0, w, h);
        }
        view.setVisible(true);
        return true;
    }

    /** The picture is not shown resampled (none, or at whole pixels, or the renderer scales it). */
    void hide() {
        view.setVisible(false);
        last = null;
    }

    boolean shown() {
        return view.isVisible();
    }

    /** Whether the resampled bitmap maps one to one onto whole screen pixels (what lets the renderer copy it). */
    boolean onWholePixels() {
        Transform t = view.getLocalToSceneTransform();
        return t.getMxy() == 0 && t.getMyx() == 0 && Math.abs(t.getMxx() - 1) < 1e-6 && Math.abs(t.getMyy() - 1) < 1e-6
                && Math.abs(t.getTx() - Math.rint(t.getTx())) < 1e-3
                && Math.abs(t.getTy() - Math.rint(t.getTy())) < 1e-3;
    }

    /** How many frames were resampled so far (tests). */
    long resamples() {
        return resamples;
    }

    /** The colour shown at a scene point (ARGB, premultiplied; 0 outside or not shown), for tests. */
    int pixelAtScene(double sceneX, double sceneY) {
        if (!view.isVisible() || last == null) return 0;
        int x = (int) Math.floor(sceneX) - last.x0();
        int y = (int) Math.floor(sceneY) - last.y0();
        if (x < 0 || y < 0 || x >= last.w() || y >= last.h()) return 0;
        return pixels[1 - next][y * last.w() + x];
    }

    private void draw(int[] source, EdgeRaster.Frame f, Transform p, int sx0, int sy0, int w, int h) {
        int b = next;
        next = 1 - next;
        if (images[b] == null || images[b].getWidth() != w || images[b].getHeight() != h) {
            pixels[b] = new int[w * h];
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels[b]),
                    PixelFormat.getIntArgbPreInstance());
            buffers[b] = buffer;
            images[b] = new WritableImage(buffer);
        }
        // Screen pixel sx0 + i (centre + 0.5) is layer point (sx0 + i + 0.5 - tx) / s, picture pixel
        // (that - f.x0) * f.zoom: a = f.zoom / s per screen pixel.
        double s = p.getMxx();
        double a = f.zoom() / s;
        double bx = (sx0 - p.getTx()) * a - f.x0() * f.zoom();
        double by = (sy0 - p.getTy()) * a - f.y0() * f.zoom();
        if ("nearest".equals(MODE)) {
            PictureResampler.nearest(source, f.width(), f.height(), pixels[b], w, h, a, bx, by);
        } else {
            PictureResampler.bilinear(source, f.width(), f.height(), pixels[b], w, h, a, bx, by);
        }
        buffers[b].updateBuffer(pb -> null);
        view.setImage(images[b]);
        resamples++;
        EdgeLayer.place(place, new EdgeRaster.Frame((sx0 - p.getTx()) / s, (sy0 - p.getTy()) / s, s, w, h), p);
    }
}
