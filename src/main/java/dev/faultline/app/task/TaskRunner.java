package dev.faultline.app.task;

import java.util.function.Consumer;

/**
 * Runs core work away from the JavaFX thread. The callbacks always run on the FX thread (or, for the same-thread
 * runner used in tests, on the caller's thread), so view-model properties change only there.
 * A cancelled run calls neither callback with a result: it calls {@code onFailure} with a
 * {@link dev.faultline.progress.CancellationToken.CancelledException}.
 */
public interface TaskRunner {
    <T> RunningWork run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Work that is part of showing an edit rather than a job the user waits for (the picture of a failure, an undo,
     * an overlay): the status bar does not show it and its cancel button does not stop it, so a chaos sweep running
     * at the same time keeps its progress. Callbacks as for {@link #run}. By default it is ordinary work.
     */
    default <T> RunningWork runQuietly(String title, Work<T> work, Consumer<T> onSuccess,
                                       Consumer<Throwable> onFailure) {
        return run(title, work, onSuccess, onFailure);
    }

    /** What the status bar shows: the title, progress and cancel of the work in flight. */
    WorkProgress progress();
}
