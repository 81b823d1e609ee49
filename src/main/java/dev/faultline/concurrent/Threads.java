package dev.faultline.concurrent;

/** Waiting for a helper thread that must not outlive the work that started it. */
public final class Threads {
    private Threads() {
    }

    /**
     * Waits until {@code thread} has ended, even if the caller is interrupted meanwhile (the interrupt is kept for
     * the caller to see afterwards): an opening that was cancelled still leaves no thread working behind it.
     */
    public static void awaitQuietly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
