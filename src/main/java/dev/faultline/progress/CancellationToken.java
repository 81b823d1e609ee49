package dev.faultline.progress;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets a caller stop long work. Workers poll {@link #throwIfCancelled()} between units of work. */
public final class CancellationToken {
    public static final CancellationToken NONE = new CancellationToken();

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        if (this != NONE) cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public void throwIfCancelled() {
        if (cancelled.get()) throw new CancelledException();
    }

    /** Thrown by workers when the user cancelled; callers treat it as "no result", not as an error. */
    public static final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("cancelled", null, false, false);
        }
    }
}
