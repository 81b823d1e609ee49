package dev.faultline.app.workspace;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import dev.faultline.app.task.TaskRunner;
import dev.faultline.progress.CancellationToken;

/**
 * Builds the pictures of edits (a failure, an undo, an overlay) on the task runner rather than the FX thread: at
 * 2,000 nodes and 8,000 dependencies a build takes a tenth of a second or more (issue #13). The newest request
 * wins: every request gets a generation number, a build that has not started when a newer request arrives is
 * skipped, and a finished build whose number is no longer the latest is dropped, so quick edits never show an older
 * picture after a newer one. The finished scene is handed over whole, on the FX thread, in one step. The work
 * includes the simulation of an edited scenario, so the scenario, its states and its picture are shown together.
 */
final class BackgroundScenes {
    private final TaskRunner runner;
    /** Read by the builder thread to skip a build that is already stale. */
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper(false);
    private Callable<Picture> pending;

    BackgroundScenes(TaskRunner runner) {
        this.runner = runner;
    }

    /** True from a request until its picture (or a newer one) is shown. */
    ReadOnlyBooleanProperty buildingProperty() {
        return building.getReadOnlyProperty();
    }

    /** The work making the newest picture, null when the shown picture is the latest (an export may redo it). */
    Callable<Picture> pending() {
        return pending;
    }

    /** Makes a picture in the background; {@code show} gets it on the FX thread unless a newer request came. */
    void build(Callable<Picture> work, Consumer<Picture> show, Consumer<Throwable> failed) {
        long mine = generation.incrementAndGet();
        pending = work;
        building.set(true);
        runner.runQuietly("Drawing", (progress, cancel) -> {
            if (mine != generation.get()) throw new CancellationToken.CancelledException();
            return work.call();
        }, scene -> {
            if (mine != generation.get()) return;
            done();
            show.accept(scene);
        }, error -> {
            if (mine != generation.get()) return;
            done();
            failed.accept(error);
        });
    }

    /** Forgets any build in flight: its result, when it comes, is dropped. */
    void cancel() {
        generation.incrementAndGet();
        done();
    }

    private void done() {
        pending = null;
        building.set(false);
    }
}
