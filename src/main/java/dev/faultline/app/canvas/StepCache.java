package dev.faultline.app.canvas;

import javafx.collections.ObservableList;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.transform.Scale;

/**
 * A group of world-space shapes cached as one bitmap at about the resolution it is shown at. JavaFX caches a node
 * with {@link CacheHint#SCALE} at a scale of at least 1 (CacheFilter: "do not cache the image at a small scale
 * factor"): at fit (zoom 0.07) a 4,000-unit tile of bundled edges was a 4,000 px bitmap, scaled down 14 times on
 * every frame, which was most of the software renderer's time (docs/performance-history.md, "#13 far zoom"). Here the
 * cached group's own coordinates are world units times a power-of-two zoom step ({@link #stepFor}), undone by a
 * scale on its content: JavaFX sees a node shown at 0.5-1 times its own size, caches it at that size (so at most
 * twice the screen's resolution, never less), and only moves and scales the bitmap while panning and zooming
 * within the step. A new step redraws it at the new resolution.
 */
final class StepCache extends Group {
    private final Group content = new Group();
    private final Scale toWorld = new Scale(1, 1, 0, 0);
    private final Scale fromWorld = new Scale(1, 1, 0, 0);
    private double step = 1;

    StepCache() {
        getTransforms().add(toWorld);
        content.getTransforms().add(fromWorld);
        getChildren().add(content);
        setCache(true);
        setCacheHint(CacheHint.SCALE);
    }

    /** The world-space shapes drawn (in world coordinates, like the rest of the canvas's world group). */
    ObservableList<Node> shapes() {
        return content.getChildren();
    }

    /** Bitmap pixels per world unit from now on: a new value redraws the bitmap. */
    void setStep(double value) {
        if (value == step) return;
        step = value;
        toWorld.setX(1 / value);
        toWorld.setY(1 / value);
        fromWorld.setX(value);
        fromWorld.setY(value);
    }

    double step() {
        return step;
    }

    /** The smallest power of two at or above the zoom: the bitmap is then shown at 0.5-1 times its size. */
    static double stepFor(double zoom) {
        return Math.pow(2, Math.ceil(Math.log(zoom) / Math.log(2) - 1e-9));
    }
}
