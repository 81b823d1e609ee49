package dev.faultline.analysis;

import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;

import dev.faultline.model.Node;

/**
 * The first half of the SPOF definition: does a node lack redundancy against one ordinary fault?
 * Either losing one instance leaves fewer than minHealthy ({@code no-spare-instance}), or one of its declared zones
 * holds so many instances that losing that zone does ({@code single-zone:<zone>}, first such zone in sorted order).
 */
// The code of Redundancy before issue #18's alloc18 branch: the oracle of RedundancyEquivalenceTest.
final class PreviousRedundancy {
    private PreviousRedundancy() {
    }

    /** The cause when the node lacks redundancy, else empty. {@code no-spare-instance} wins when both hold. */
    static Optional<SpofCause> deficit(Node node) {
        if (node.hasNoSpareInstance()) return Optional.of(SpofCause.NO_SPARE_INSTANCE);
        return weakestZone(node).map(SpofCause.SingleZone::new);
    }

    /** The first zone (sorted by id) whose loss leaves the node below minHealthy, if any. */
    static Optional<String> weakestZone(Node node) {
        // Counted once per node: a node over 200 zones would otherwise count 200 x 200 times.
        for (Map.Entry<String, Integer> e : new TreeMap<>(node.instancesByZone()).entrySet()) {
            if (node.replicas() - e.getValue() < node.minHealthy()) return Optional.of(e.getKey());
        }
        return Optional.empty();
    }
}
