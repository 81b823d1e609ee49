package dev.faultline.app.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.concurrent.Task;

import dev.faultline.progress.CancellationToken;

/**
 * Runs work on a small pool of daemon threads through {@link Task}, so progress is coalesced onto the FX thread and
 * the success/failure handlers run there. Bridges {@link dev.faultline.progress.ProgressListener} and
 * {@link CancellationToken} to the task: cancelling the token is how work stops (core code polls it).
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService pool;
    private final WorkProgress progress = new WorkProgress();
    /** Quiet work (building pictures) has its own thread, so it never waits behind a sweep or an open. */
    private final ExecutorService quiet;

    public FxTaskRunner() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "faultline-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.quiet = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "faultline-scene");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> RunningWork runQuietly(String title, Work<T> work, Consumer<T> onSuccess,
                                      Consumer<Throwable> onFailure) {
        CancellationToken token = new CancellationToken();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run((done, total, message) -> { }, token);
            }
        };
        task.setOnSucceeded(e -> {
            if (token.isCancelled()) onFailure.accept(new CancellationToken.CancelledException());
            else onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        quiet.execute(task);
        return new RunningWork(title, token);
    }

    @Override
    public <T> RunningWork run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CancellationToken token = new CancellationToken();
        RunningWork handle = new RunningWork(title, token);
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run((done, total, message) -> {
                    if (total > 0) updateProgress(done, total);
                    if (message != null) updateMessage(message);
                }, token);
            }
        };
        progress.started(handle);
        task.progressProperty().addListener((o, a, b) -> progress.update(b.doubleValue(), task.getMessage()));
        task.setOnSucceeded(e -> {
            progress.finished(handle);
            if (token.isCancelled()) onFailure.accept(new CancellationToken.CancelledException());
            else onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            progress.finished(handle);
            onFailure.accept(task.getException());
        });
        pool.execute(task);
        return handle;
    }

    @Override
    public WorkProgress progress() {
        return progress;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        quiet.shutdownNow();
    }
}
