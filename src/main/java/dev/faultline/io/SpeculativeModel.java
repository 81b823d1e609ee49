package dev.faultline.io;

import java.util.concurrent.FutureTask;

import dev.faultline.concurrent.Futures;
import dev.faultline.io.v1.ModelBuilder;
import dev.faultline.io.v1.TopologyFileV1;
import dev.faultline.model.Topology;

/**
 * The model of a big file built on another thread while the loader validates the records (issue #18: validation
 * and model building were a second of one core each at 50,000 nodes). Both only read the immutable records. When the
 * validation finds an error the model is never asked for; otherwise {@link #join()} gives what
 * {@code ModelBuilder.build} would have given on the loader's thread, or throws what it would have thrown.
 */
final class SpeculativeModel {
    /** Below this, a thread costs more than the overlap saves. */
    static final int FROM_NODES = 2_000;

    private final FutureTask<Topology> build;

    private SpeculativeModel(FutureTask<Topology> build) {
        this.build = build;
    }

    static SpeculativeModel start(TopologyFileV1 records) {
        FutureTask<Topology> build = new FutureTask<>(() -> ModelBuilder.build(records));
        Thread thread = new Thread(build, "faultline-model");
        thread.setDaemon(true);
        thread.start();
        return new SpeculativeModel(build);
    }

    /** The model, or the exception building it threw (as if built here). */
    Topology join() {
        return Futures.get(build, () -> new IllegalStateException("interrupted while building the model"));
    }
}
