package dev.faultline.bench;

import dev.faultline.progress.ProgressListener;

/** Benchmarks one topology size; {@link Benchmark} is the real one (an interface so the command can be tested). */
@FunctionalInterface
public interface SizeBenchmark {
    /** @throws StageOutOfMemoryError when a stage runs out of heap */
    BenchResult run(int size, ProgressListener progress);
}
