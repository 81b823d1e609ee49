package dev.faultline.layout;

import java.util.Map;

import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;

/** Places nodes and routes edges. Pinned nodes keep the given top-left corner. Deterministic for the same input. */
public interface LayoutAlgorithm {
    LayoutResult layout(Topology topology, Map<String, Point> pinned, ProgressListener progress,
                        CancellationToken cancel);

    /** Lays out without pins, progress or cancel: for callers outside the long-running stages (GraphML's placement). */
    default LayoutResult layout(Topology topology) {
        return layout(topology, java.util.Map.of(), ProgressListener.NONE, CancellationToken.NONE);
    }
}
