package dev.faultline.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import dev.faultline.analysis.rules.Rule;

/**
 * The order in which the rules are started on the side threads: the costliest first, so that two cores finish them
 * at about the same time (longest processing time first). Only the start order: findings are still collected in the
 * registry's order, so the output does not depend on it.
 */
final class RuleCosts {
    /**
     * Rule ids by CPU samples at 50,000 nodes (JFR of a cold {@code analyze --format json},
     * docs/performance-history.md "Where the wall time goes"), costliest first. Rules not listed are cheap and follow in
     * registry order; the rules that read availability or double faults come last, since they may have to wait for
     * those.
     */
    private static final List<String> COSTLIEST = List.of("retry-storm", "over-capacity", "timeout-inversion",
            "sync-cycle", "deep-sync-chain", "correlated-fallback", "compliance-scope", "shared-datastore");
    private static final List<String> LAST = List.of("double-fault", "slo-infeasible");

    private RuleCosts() {
    }

    /** Indexes into {@code rules}, in the order to start them. */
    static int[] costliestFirst(List<Rule> rules) {
        return IntStream.range(0, rules.size()).boxed()
                .sorted(Comparator.comparingInt(i -> rank(rules.get(i).id())))
                .mapToInt(Integer::intValue).toArray();
    }

    private static int rank(String id) {
        int costly = COSTLIEST.indexOf(id);
        if (costly >= 0) return costly;
        return LAST.contains(id) ? COSTLIEST.size() + 1 : COSTLIEST.size();
    }
}
