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
    private long windowStart;
    private long cssStart;
    private long cssCpuStart;
    /** FX-thread CPU time at the last pulse, and the most spent between two pulses in the window. */
    private long lastCpu;
    private long worstFrameCpu;
    /** Longest CSS + layout pass of the window: FX-thread work of a pulse, rendering excluded. */
    private long worstCssLayout;
    /** The same pass in CPU time of the FX thread: what it costs, however loaded the machine is. */
    private long worstCssLayoutCpu;

    /**
     * Also times each pulse's CSS and layout pass (between the scene's pre- and post-layout pulse listeners): the
     * FX thread's own share of a frame, apart from the drawing the render thread does.
     */
    void attach(javafx.scene.Scene scene) {
        scene.addPreLayoutPulseListener(() -> {
            cssStart = System.nanoTime();
            cssCpuStart = cpuNanos();
        });
        scene.addPostLayoutPulseListener(() -> {
            long took = System.nanoTime() - cssStart;
            long cpu = cpuNanos() - cssCpuStart;
            synchronized (this) {
                if (recording) {
                    worstCssLayout = Math.max(worstCssLayout, took);
                    worstCssLayoutCpu = Math.max(worstCssLayoutCpu, cpu);
                }
            }
        });
    }

    @Override
    public void handle(long now) {
        Runnable step = perFrame;
        if (step != null) step.run();
        long cpu = cpuNanos();
        synchronized (this) {
            // Everything the FX thread did since the last pulse: handlers, results of background work applied by
            // runLater, the last pulse's CSS, layout and render hand-over. Work split across events counts per frame.
            if (recording && lastCpu != 0) worstFrameCpu = Math.max(worstFrameCpu, cpu - lastCpu);
            lastCpu = cpu;
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
        worstCssLayout = 0;
        worstCssLayoutCpu = 0;
        worstFrameCpu = 0;
        windowStart = System.nanoTime();
        recording = true;
    }

    /**
     * Ends the window and returns its frame times; a frame still being drawn counts with the time it has taken so
     * far, so a window shorter than one slow frame does not read as smooth.
     */
    synchronized Frames end() {
        recording = false;
        long now = System.nanoTime();
        long[] frames = Arrays.copyOf(gaps, count + 1);
        frames[count] = now - Math.max(last, windowStart);
        if (frames[count] < 1_000_000) frames = Arrays.copyOf(frames, count);
        return new Frames(frames, now - windowStart, worstCssLayout, worstCssLayoutCpu, worstFrameCpu);
    }

    /** CPU time of the calling thread (the FX thread, in the listeners). */
    static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Frame times of one window and its wall time, in nanoseconds. */
    record Frames(long[] nanos, long windowNanos, long worstCssLayoutNanos, long worstCssLayoutCpuNanos,
                  long worstFrameCpuNanos) {
        /** The most FX-thread CPU time between two pulses: the longest the FX thread kept a frame waiting. */
        double worstFrameCpuMs() {
            return worstFrameCpuNanos / 1e6;
        }

        double worstCssLayoutMs() {
            return worstCssLayoutNanos / 1e6;
        }

        double worstCssLayoutCpuMs() {
            return worstCssLayoutCpuNanos / 1e6;
        }

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

        /** Frames completed per second of the window's wall time. */
        double fps() {
            return windowNanos == 0 ? 0 : Math.max(0, nanos.length - 1) * 1e9 / windowNanos;
        }
    }
}
