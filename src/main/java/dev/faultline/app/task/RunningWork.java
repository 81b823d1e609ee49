package dev.faultline.app.task;

import dev.faultline.progress.CancellationToken;

/** A handle on started work; {@link #cancel()} asks the worker to stop at its next check. */
public final class RunningWork {
    private final String title;
    private final CancellationToken token;

    public RunningWork(String title, CancellationToken token) {
        this.title = title;
        this.token = token;
    }

    public String title() {
        return title;
    }

    public void cancel() {
        token.cancel();
    }

    public boolean isCancelled() {
        return token.isCancelled();
    }
}
