package dev.faultline.app;

import java.util.Arrays;

import javafx.animation.AnimationTimer;

/**
 * Records every frame time (pulse to pulse) on the FX thread. While it runs, JavaFX pulses continuously, so a gap
 * longer than ~16 ms is time the FX thread spent on something other than drawing the next frame: a stall.
 * {@link #begin} starts a measured window, {@link #end} returns its frames; an optional per-frame action (an
 * automatic pan) runs at every pulse. Thread-safe enough for one bench thread reading what the FX thread wrote.
 */
final class FrameClock extends AnimationTimer {
    private long last;
    private long[] gaps = new long[1024];
    private int count;
    private boolean recording;
    private volatile Runnable perFrame;
    private volatile long pulses;

    @Override
    public void handle(long now) {
        Runnable step = perFrame;
        if (step != null) step.run();
        synchronized (this) {
            if (recording && last != 0) {
                if (count == gaps.length) gaps = Arrays.copyOf(gaps, count * 2);
                gaps[count++] = now - last;
            }
            last = now;
        }
        pulses++;
    }

    /** Pulses seen since the clock started: the bench waits for a few to know a frame was drawn. */
    long pulses() {
        return pulses;
    }

    /** Runs an action at every pulse (null: none). */
    void setPerFrame(Runnable action) {
        perFrame = action;
    }

    /** Starts a window: frames from the next pulse on count. */
    synchronized void begin() {
        count = 0;
        recording = true;
    }

    /** Ends the window and returns its frame times. */
    synchronized Frames end() {
        recording = false;
        return new Frames(Arrays.copyOf(gaps, count));
    }

    /** Frame times of one window, in nanoseconds. */
    record Frames(long[] nanos) {
        int count() {
            return nanos.length;
        }

        double maxMs() {
            return Arrays.stream(nanos).max().orElse(0) / 1e6;
        }

        double medianMs() {
            if (nanos.length == 0) return 0;
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2] / 1e6;
        }

        double fps() {
            long total = Arrays.stream(nanos).sum();
            return total == 0 ? 0 : nanos.length * 1e9 / total;
        }
    }
}
