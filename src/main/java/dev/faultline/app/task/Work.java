package dev.faultline.app.task;

import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;

/** Core work the app runs in the background: a pure function of its inputs that reports progress and can stop. */
@FunctionalInterface
public interface Work<T> {
    T run(ProgressListener progress, CancellationToken cancel) throws Exception;
}
