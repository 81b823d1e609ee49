package dev.faultline.analysis.latency;

import dev.faultline.model.Topology;
import dev.faultline.simulation.StrongComponents;

/**
 * The sync dependencies of a topology (mode sync, in dependency order, ends by node index) and their strongly
 * connected components: the graph the latency analysis walks, shared with the other analyses that walk sync calls
 * (retry storms, sync cycles) so that one analysis builds it once (issue #18). The arrays are shared: read only.
 */
public final class SyncCalls {
    private final SyncGraph g;

    private SyncCalls(SyncGraph g) {
        this.g = g;
    }

    /** The sync calls of {@code topology} (made once for the last topology asked for). */
    public static SyncCalls of(Topology topology) {
        return new SyncCalls(SyncGraph.of(topology));
    }

    /** Per node index, the callees of its sync dependencies, in dependency order (one per dependency). */
    public int[][] callees() {
        return g.to;
    }

    /** Per node index, the effective retries of each of its sync dependencies, as {@link #callees()}. */
    public int[][] retries() {
        return g.retries;
    }

    /** The strongly connected components of {@link #callees()}. */
    public StrongComponents components() {
        return g.components;
    }
}
