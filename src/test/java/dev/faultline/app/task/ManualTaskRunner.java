package dev.faultline.app.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import dev.faultline.progress.CancellationToken;

/**
 * Queues work until {@link #runPending()} is called, so a test can act (for example cancel) while work is "in
 * flight". Runs everything on the calling thread.
 */
public final class ManualTaskRunner implements TaskRunner {
    private final WorkProgress progress = new WorkProgress();
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private boolean holdQuiet;

    /**
     * From now on quiet work (the view model's background picture builds) waits for {@link #runPending()} like any
     * other; by default it runs at once, so tests that do not look at the background build see each edit's picture.
     */
    public ManualTaskRunner holdQuietWork() {
        holdQuiet = true;
        return this;
    }

    @Override
    public <T> RunningWork runQuietly(String title, Work<T> work, Consumer<T> onSuccess,
                                      Consumer<Throwable> onFailure) {
        if (holdQuiet) return run(title, work, onSuccess, onFailure);
        CancellationToken token = new CancellationToken();
        T result;
        try {
            result = work.run((done, total, message) -> { }, token);
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return new RunningWork(title, token);
        }
        onSuccess.accept(result);
        return new RunningWork(title, token);
    }

    @Override
    public <T> RunningWork run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CancellationToken token = new CancellationToken();
        RunningWork handle = new RunningWork(title, token);
        progress.started(handle);
        pending.add(() -> {
            T result;
            try {
                result = work.run((done, total, message) -> {
                    if (total > 0) progress.update((double) done / total, message);
                }, token);
            } catch (Exception | Error e) {
                progress.finished(handle);
                onFailure.accept(e);
                return;
            }
            progress.finished(handle);
            onSuccess.accept(result);
        });
        return handle;
    }

    /** Runs every queued piece of work, in order. */
    public void runPending() {
        while (!pending.isEmpty()) pending.poll().run();
    }

    /** Runs the queued work newest first: work started later finishes earlier, as threads may. */
    public void runNewestFirst() {
        while (!pending.isEmpty()) pending.pollLast().run();
    }

    public int pendingCount() {
        return pending.size();
    }

    @Override
    public WorkProgress progress() {
        return progress;
    }
}
