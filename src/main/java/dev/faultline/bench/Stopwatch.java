package dev.faultline.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/** Times a piece of work after warm-up runs and reports the median, which ignores the odd GC pause. */
final class Stopwatch {
    private Stopwatch() {
    }

    /** Median milliseconds of {@code runs} timed calls after {@code warmups} untimed ones. */
    static double medianMillis(int warmups, int runs, Supplier<?> work) {
        Object sink = null;
        for (int i = 0; i < warmups; i++) sink = work.get();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink = work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == null) throw new IllegalStateException("the benchmarked work returned nothing");
        Arrays.sort(times);
        return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    }
}
