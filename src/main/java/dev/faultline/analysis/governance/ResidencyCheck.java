package dev.faultline.analysis.governance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.faultline.analysis.governance.ResidencyViolation.Kind;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * The residency rules of risk-model.md §5, for every node with both {@code residency} R and {@code data}:
 * <ul>
 * <li>PLACEMENT: the node is not placed in R (a zone outside R or of unknown jurisdiction, no zones at all, or, for an
 * external node, a jurisdiction outside R or none).</li>
 * <li>FLOW: a dependency from the node to its {@code to}, or to the node (as {@code to} or as a fallback) from its
 * caller, where that other node is not placed in R. One violation per other node, naming every such dependency.</li>
 * <li>FAILOVER: a fallback of a dependency the node calls (it would send its data there) or of a dependency on the
 * node (it would stand in for the node, so it must hold the node's data) is not placed in R. One violation per
 * fallback. Fallbacks are reported here only, never also as FLOW: each breach is reported once, by the rule whose
 * text names it ("a fallback lies outside R").</li>
 * </ul>
 * Violations come per node in file order, then by kind, then by other node id. O(N + D × F) for N nodes,
 * D dependencies and F fallbacks per dependency.
 */
public final class ResidencyCheck {
    private ResidencyCheck() {
    }

    public static List<ResidencyViolation> of(Topology t) {
        List<ResidencyViolation> out = new ArrayList<>();
        for (Node n : t.nodes()) {
            if (!constrained(n)) continue;
            placement(t, n).ifPresent(out::add);
            out.addAll(exchanges(t, n));
        }
        return out;
    }

    /** Only a node that declares both data and a residency is constrained. */
    public static boolean constrained(Node n) {
        return !n.residency().isEmpty() && !n.data().isEmpty();
    }

    private static java.util.Optional<ResidencyViolation> placement(Topology t, Node n) {
        if (Jurisdictions.placedIn(t, n, n.residency())) return java.util.Optional.empty();
        return java.util.Optional.of(new ResidencyViolation(Kind.PLACEMENT, n.id(), n.data(), n.residency(), null,
                Jurisdictions.describeOutside(t, n, n.residency()), List.of()));
    }

    private static List<ResidencyViolation> exchanges(Topology t, Node n) {
        Map<String, Set<Dependency>> flows = new TreeMap<>();
        Map<String, Set<Dependency>> failovers = new TreeMap<>();
        for (Dependency d : t.dependenciesOf(n.id())) {
            flows.computeIfAbsent(d.to(), k -> new LinkedHashSet<>()).add(d);
            d.fallback().forEach(f -> failovers.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(d));
        }
        for (Dependency d : t.dependentsOf(n.id())) {
            flows.computeIfAbsent(d.from(), k -> new LinkedHashSet<>()).add(d);
            if (d.to().equals(n.id())) {
                d.fallback().forEach(f -> failovers.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(d));
            }
        }
        List<ResidencyViolation> out = new ArrayList<>();
        collect(t, n, Kind.FLOW, flows, out);
        collect(t, n, Kind.FAILOVER, failovers, out);
        return out;
    }

    private static void collect(Topology t, Node n, Kind kind, Map<String, Set<Dependency>> byOther,
                                List<ResidencyViolation> out) {
        byOther.forEach((otherId, deps) -> {
            if (otherId.equals(n.id())) return;
            Node other = t.requireNode(otherId);
            if (Jurisdictions.placedIn(t, other, n.residency())) return;
            out.add(new ResidencyViolation(kind, n.id(), n.data(), n.residency(), otherId,
                    Jurisdictions.describeOutside(t, other, n.residency()), List.copyOf(deps)));
        });
    }
}
