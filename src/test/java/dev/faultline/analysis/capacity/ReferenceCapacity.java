package dev.faultline.analysis.capacity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * risk-model.md section 4 written plainly, for property tests: the edges that carry load under a set of DOWN nodes,
 * "no figure" as "reachable from a cycle that a positive seed reaches", loads by recursion over callers.
 */
final class ReferenceCapacity {
    private final Topology t;
    private final Set<String> down;
    private final Map<String, List<String[]>> in = new HashMap<>();
    private final Map<String, List<String>> out = new HashMap<>();
    private final Map<String, Double> seed = new HashMap<>();

    ReferenceCapacity(Topology t, Set<String> down) {
        this.t = t;
        this.down = down;
        for (Node n : t.nodes()) {
            in.put(n.id(), new ArrayList<>());
            out.put(n.id(), new ArrayList<>());
            seed.put(n.id(), 0.0);
        }
        for (Dependency d : t.dependencies()) {
            if (down.contains(d.from())) continue;
            String target = d.providers().stream().filter(p -> !down.contains(p)).findFirst().orElse(null);
            if (target == null) continue;
            in.get(target).add(new String[] {d.from(), Double.toString(d.effectiveCalls())});
            out.get(d.from()).add(target);
        }
        for (Flow f : t.flows()) {
            if (f.rps() == null) continue;
            Set<String> reached = reachOverTo(f.entry());
            Set<String> seeded = new HashSet<>();
            seeded.add(f.entry());
            for (String v : f.via()) if (!reached.contains(v)) seeded.add(v);
            for (String s : seeded) seed.merge(s, f.rps(), Double::sum);
        }
    }

    static boolean hasDemand(Topology t) {
        return t.flows().stream().anyMatch(f -> f.rps() != null);
    }

    private Set<String> reachOverTo(String x) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (Dependency d : t.dependenciesOf(x)) if (seen.add(d.to())) todo.add(d.to());
        while (!todo.isEmpty()) for (Dependency d : t.dependenciesOf(todo.poll())) if (seen.add(d.to())) todo.add(d.to());
        return seen;
    }

    /** Reached over zero or more load-carrying edges. */
    private Set<String> closure(String x) {
        Set<String> seen = new HashSet<>(Set.of(x));
        Deque<String> todo = new ArrayDeque<>(List.of(x));
        while (!todo.isEmpty()) for (String w : out.get(todo.poll())) if (seen.add(w)) todo.add(w);
        return seen;
    }

    private boolean onCycle(String x) {
        for (String w : out.get(x)) if (closure(w).contains(x)) return true;
        return false;
    }

    private boolean fed(String x) {
        for (Node n : t.nodes()) if (seed.get(n.id()) > 0 && closure(n.id()).contains(x)) return true;
        return false;
    }

    Double load(String x) {
        for (Node c : t.nodes()) {
            if (onCycle(c.id()) && fed(c.id()) && closure(c.id()).contains(x)) return null;
        }
        return positiveLoad(x);
    }

    private double positiveLoad(String x) {
        if (!fed(x)) return 0;
        double total = seed.get(x);
        for (String[] e : in.get(x)) total += positiveLoad(e[0]) * Double.parseDouble(e[1]);
        return total;
    }

    Double utilization(String x, int healthy) {
        Node n = t.requireNode(x);
        Double load = load(x);
        if (n.capacityRps() == null || load == null || down.contains(x) || healthy <= 0) return null;
        return load / (healthy * n.capacityRps());
    }
}
