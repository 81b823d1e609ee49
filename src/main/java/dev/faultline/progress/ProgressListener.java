package dev.faultline.progress;

/** Receives progress of long work (sweeps, layout, exports, imports). Called from the worker thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, message) -> { };

    /** {@code done} of {@code total} steps finished; {@code message} says what is going on. */
    void progress(long done, long total, String message);
}
