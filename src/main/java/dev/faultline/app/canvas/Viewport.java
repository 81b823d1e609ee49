package dev.faultline.app.canvas;

/**
 * The pan/zoom state of the canvas as plain maths: screen = scale * world + translate. Kept apart from JavaFX so
 * zoom-around-pointer and fit can be tested without a toolkit.
 */
public final class Viewport {
    public static final double MIN_SCALE = 0.003;
    public static final double MAX_SCALE = 4;
    private double scale = 1;
    private double tx;
    private double ty;

    public double scale() { return scale; }

    public double tx() { return tx; }

    public double ty() { return ty; }

    public void set(double newScale, double newTx, double newTy) {
        scale = clamp(newScale);
        tx = newTx;
        ty = newTy;
    }

    public void panBy(double dx, double dy) {
        tx += dx;
        ty += dy;
    }

    /** Zooms by {@code factor} keeping the world point under the screen point (px, py) where it is. */
    public void zoomAt(double factor, double px, double py) {
        double next = clamp(scale * factor);
        double f = next / scale;
        tx = px - (px - tx) * f;
        ty = py - (py - ty) * f;
        scale = next;
    }

    /** Shows the world rectangle centred in a view of the given size, with a margin, never larger than 1:1.5. */
    public void fit(double x, double y, double w, double h, double viewW, double viewH, double maxScale) {
        if (viewW <= 0 || viewH <= 0) return;
        double margin = 20;
        double s = Math.min((viewW - margin) / Math.max(w, 1), (viewH - margin) / Math.max(h, 1));
        scale = clamp(Math.min(s, maxScale));
        tx = viewW / 2 - (x + w / 2) * scale;
        ty = viewH / 2 - (y + h / 2) * scale;
    }

    /** Puts the world point in the middle of the view, keeping the scale. */
    public void centreOn(double wx, double wy, double viewW, double viewH) {
        tx = viewW / 2 - wx * scale;
        ty = viewH / 2 - wy * scale;
    }

    public double toWorldX(double sx) { return (sx - tx) / scale; }

    public double toWorldY(double sy) { return (sy - ty) / scale; }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
