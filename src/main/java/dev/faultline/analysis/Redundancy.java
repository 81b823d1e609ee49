package dev.faultline.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.faultline.model.Node;

/**
 * The first half of the SPOF definition: does a node lack redundancy against one ordinary fault?
 * Either losing one instance leaves fewer than minHealthy ({@code no-spare-instance}), or one of its declared zones
 * holds so many instances that losing that zone does ({@code single-zone:<zone>}, first such zone in sorted order).
 */
public final class Redundancy {
    private Redundancy() {
    }

    /** The cause when the node lacks redundancy, else empty. {@code no-spare-instance} wins when both hold. */
    public static Optional<SpofCause> deficit(Node node) {
        if (node.hasNoSpareInstance()) return Optional.of(SpofCause.NO_SPARE_INSTANCE);
        return weakestZone(node).map(SpofCause.SingleZone::new);
    }

    /** Up to this many zone positions, the zones are counted without maps (see {@link #weakestZone}). */
    private static final int FEW_ZONES = 8;

    /** The first zone (sorted by id) whose loss leaves the node below minHealthy, if any. */
    public static Optional<String> weakestZone(Node node) {
        List<String> zones = node.zones();
        if (zones.size() <= FEW_ZONES) {
            // Nearly every node: two maps per node were most of the garbage of the SPOFs and the single-zone rule at
            // 50,000 nodes (issue #18). Each zone is counted only if its id comes before the weakest found so far.
            String weakest = null;
            for (String zone : zones) {
                if (weakest != null && zone.compareTo(weakest) >= 0) continue;
                if (node.replicas() - node.instancesIn(zone) < node.minHealthy()) weakest = zone;
            }
            return Optional.ofNullable(weakest);
        }
        // Counted once per node: a node over 200 zones would otherwise count 200 x 200 times.
        for (Map.Entry<String, Integer> e : new TreeMap<>(node.instancesByZone()).entrySet()) {
            if (node.replicas() - e.getValue() < node.minHealthy()) return Optional.of(e.getKey());
        }
        return Optional.empty();
    }
}
