package dev.faultline.app.canvas;

import javafx.animation.AnimationTimer;

import dev.faultline.layout.Box;

/**
 * Spreads the making of views over two frames when a jump (search Enter, selecting a finding, a zoom to a readable
 * scale) brings hundreds of undrawn nodes and edges into view at once (issue #13: at 2,000 nodes a centring made a
 * hundred node views and several hundred edge views in one frame, over 100 ms of FX-thread work). The views inside
 * the window are made at once; those only in the margin kept around it (drawn ahead for a pan) wait for the next
 * frame. A pan, which brings a few views at a time, is not affected.
 */
final class SpreadViews {
    /** New views, in edge views' worth, an update makes at once before the margin waits a frame. */
    static final int AT_ONCE = 200;
    /** A node view (shape, text, badges and their CSS) costs about as much as this many edge views. */
    static final int NODE_WEIGHT = 4;

    private final AnimationTimer nextFrame;
    private boolean catchingUp;
    private boolean deferring;
    private boolean deferred;
    private double x0, y0, x1, y1;

    /** {@code update} redoes the canvas's update of what is drawn; it runs at the next frame after a deferral. */
    SpreadViews(Runnable update) {
        nextFrame = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                catchingUp = true;
                try {
                    update.run();
                } finally {
                    catchingUp = false;
                }
            }
        };
    }

    /** Starts an update that would make these new views; the window (without margin) is in world units. */
    void begin(int newNodeViews, int newEdgeViews, double windowX0, double windowY0, double windowX1, double windowY1) {
        deferring = !catchingUp && newNodeViews * NODE_WEIGHT + newEdgeViews > AT_ONCE;
        deferred = false;
        x0 = windowX0;
        y0 = windowY0;
        x1 = windowX1;
        y1 = windowY1;
    }

    /** Whether a view not made yet, whose shape lies in {@code bounds}, is made now rather than next frame. */
    boolean makeNow(Box bounds) {
        if (!deferring || bounds == null) return true;
        boolean inWindow = bounds.maxX() >= x0 && bounds.x() <= x1 && bounds.maxY() >= y0 && bounds.y() <= y1;
        deferred |= !inWindow;
        return inWindow;
    }

    /** Ends the update: what waited is made at the next frame. */
    void end() {
        if (deferred) nextFrame.start();
    }
}
