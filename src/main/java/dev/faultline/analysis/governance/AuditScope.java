package dev.faultline.analysis.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.CompiledTopology;

/**
 * The audit scope of each data class (risk-model.md §5, rule compliance-scope): the nodes that store the class (it is
 * in their {@code data}) and the nodes that call such a node synchronously, directly (one hop): a {@code sync}
 * dependency, required or not, whose {@code to} or one of whose fallbacks stores it (a fallback is called while
 * {@code to} is down). Classes sorted, nodes sorted by id. O((N + D × F) × c log N), c the data classes per node.
 */
public record AuditScope(String dataClass, List<String> holders, List<String> nodes, List<String> residency) {
    public AuditScope {
        holders = List.copyOf(holders);
        nodes = List.copyOf(nodes);
        residency = List.copyOf(residency);
    }

    /** One scope per data class found on some node, sorted by class. */
    public static List<AuditScope> of(Topology t) {
        Map<String, Set<String>> holders = new TreeMap<>();
        Map<String, Set<String>> residency = new TreeMap<>();
        for (Node n : t.nodes()) {
            for (String c : n.data()) {
                holders.computeIfAbsent(c, k -> new TreeSet<>()).add(n.id());
                residency.computeIfAbsent(c, k -> new TreeSet<>()).addAll(n.residency());
            }
        }
        Map<String, Set<String>> scopes = new TreeMap<>();
        holders.forEach((c, stores) -> scopes.put(c, new TreeSet<>(stores)));
        if (!holders.isEmpty()) { // no class anywhere: no dependency can widen a scope
            // Providers by index from the shared compiled topology (each once: adding to a set twice changes nothing).
            CompiledTopology compiled = CompiledTopology.of(t);
            List<Dependency> deps = t.dependencies();
            for (int k = 0; k < deps.size(); k++) {
                Dependency d = deps.get(k);
                if (!d.isSync()) continue;
                for (int p : compiled.dependencyProviders(k)) {
                    t.nodes().get(p).data().forEach(c -> scopes.get(c).add(d.from()));
                }
            }
        }
        List<AuditScope> out = new ArrayList<>();
        holders.forEach((c, stores) -> out.add(new AuditScope(c, List.copyOf(stores), List.copyOf(scopes.get(c)),
                List.copyOf(residency.get(c)))));
        return out;
    }

    /**
     * The audit scope around a selection, for highlighting: the union of the scopes of the data classes the selected
     * nodes store; when they store none, the union of the scopes they belong to. Empty when neither applies.
     */
    public static java.util.Set<String> around(List<AuditScope> scopes, java.util.Collection<String> selected) {
        Set<String> out = new TreeSet<>();
        for (AuditScope s : scopes) {
            if (s.holders().stream().anyMatch(selected::contains)) out.addAll(s.nodes());
        }
        if (!out.isEmpty()) return out;
        for (AuditScope s : scopes) {
            if (s.nodes().stream().anyMatch(selected::contains)) out.addAll(s.nodes());
        }
        return out;
    }
}
