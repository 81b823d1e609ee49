package dev.faultline.app.canvas;

import javafx.scene.paint.Color;

/**
 * Dims a node or edge by changing its colours rather than its opacity. Opacity below 1 on a node with several
 * children (or a shape with both fill and stroke) makes the renderer draw it into an off-screen image first, every
 * frame: dimming 2,000 nodes for a hover or a flow highlight made each frame take seconds on the software pipeline.
 * A colour blended towards the background looks the same and costs nothing extra to draw.
 */
final class Dimming {
    /** Full strength: not dimmed. */
    static final double NONE = 1;

    private Dimming() {
    }

    /** The colour as it would look at {@code strength} opacity over the background (opaque again). */
    static Color toward(Color c, Color background, double strength) {
        if (strength >= NONE || c == null) return c;
        return new Color(mix(c.getRed(), background.getRed(), strength),
                mix(c.getGreen(), background.getGreen(), strength),
                mix(c.getBlue(), background.getBlue(), strength), c.getOpacity());
    }

    /** For lines drawn over other things (edges): the same colour, more transparent (a stroke-only shape). */
    static Color faded(Color c, double strength) {
        if (strength >= NONE || c == null) return c;
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * strength);
    }

    private static double mix(double a, double b, double strength) {
        return Math.max(0, Math.min(1, b + (a - b) * strength));
    }
}
