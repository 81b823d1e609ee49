package dev.faultline.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** What a caller does with a task that failed on another thread: fail the same way, as if it had run the task. */
public final class Futures {
    private Futures() {
    }

    /**
     * The task's result once it has run, or its own failure thrown here ({@link #causeOf}); if the caller is
     * interrupted while waiting, the interrupt is kept and {@code interrupted}'s exception thrown (a cancellation,
     * say, where the layer has one).
     */
    public static <T> T get(Future<T> future, Supplier<? extends RuntimeException> interrupted) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted.get();
        } catch (ExecutionException e) {
            throw causeOf(e);
        }
    }

    /**
     * The task's own failure, to be thrown by the caller: a runtime exception as it was, an error (out of memory,
     * above all, which must be reported as such) thrown from here, and a checked exception wrapped.
     */
    public static RuntimeException causeOf(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) return re;
        if (cause instanceof Error error) throw error;
        return new IllegalStateException(cause);
    }
}
