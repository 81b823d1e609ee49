package dev.faultline.app.task;

import java.util.function.Consumer;

import dev.faultline.progress.CancellationToken;

/** Runs work immediately on the calling thread: for view-model tests and deterministic UI tests. */
public final class SameThreadTaskRunner implements TaskRunner {
    private final WorkProgress progress = new WorkProgress();

    @Override
    public <T> RunningWork run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CancellationToken token = new CancellationToken();
        RunningWork handle = new RunningWork(title, token);
        progress.started(handle);
        T result;
        try {
            result = work.run((done, total, message) -> {
                if (total > 0) progress.update((double) done / total, message);
            }, token);
        } catch (Exception | Error e) {
            progress.finished(handle);
            onFailure.accept(e);
            return handle;
        }
        progress.finished(handle);
        onSuccess.accept(result);
        return handle;
    }

    @Override
    public WorkProgress progress() {
        return progress;
    }
}
