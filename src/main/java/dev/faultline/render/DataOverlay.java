package dev.faultline.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.faultline.analysis.governance.ResidencyCheck;
import dev.faultline.analysis.governance.ResidencyViolation;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * What the Data overlay draws (risk-model.md §5): a colour per data class, the nodes placed outside their residency,
 * and the drawn edges that carry data out of a residency: a dependency's own edge for residency-flow, the "or" edge
 * to a fallback for residency-failover (and for residency-flow when the constrained node is that fallback).
 * Computed once per scene, O(N + D × F).
 */
final class DataOverlay {
    private final Map<String, Integer> classIndex = new HashMap<>();
    private final Set<String> misplaced = new HashSet<>();
    private final Set<Dependency> leakingEdges = new HashSet<>();
    private final Set<List<Object>> leakingFallbacks = new HashSet<>();

    DataOverlay(Topology t) {
        TreeSet<String> classes = new TreeSet<>();
        t.nodes().forEach(n -> classes.addAll(n.data()));
        classes.forEach(c -> classIndex.put(c, classIndex.size()));
        for (ResidencyViolation v : ResidencyCheck.of(t)) {
            switch (v.kind()) {
                case PLACEMENT -> misplaced.add(v.node());
                case FLOW -> v.dependencies().forEach(d -> {
                    if (d.fallback().contains(v.node()) && !d.to().equals(v.node())) {
                        leakingFallbacks.add(List.of(d, v.node()));
                    } else {
                        leakingEdges.add(d);
                    }
                });
                case FAILOVER -> v.dependencies().forEach(d -> leakingFallbacks.add(List.of(d, v.counterpart())));
            }
        }
    }

    /** The first (alphabetical) data class of the node, or null when it declares none. */
    static String mainClass(Node n) {
        return n.data().isEmpty() ? null : new TreeSet<>(n.data()).first();
    }

    /** The colour of a data class, from the qualitative palette. */
    String colour(String dataClass) {
        return Palette.qualitative(order(dataClass));
    }

    int order(String dataClass) {
        return classIndex.getOrDefault(dataClass, 0);
    }

    boolean misplaced(String nodeId) {
        return misplaced.contains(nodeId);
    }

    boolean leaks(Dependency d) {
        return leakingEdges.contains(d);
    }

    boolean leaksToFallback(Dependency d, String fallback) {
        return leakingFallbacks.contains(List.of(d, fallback));
    }
}
