package dev.faultline.render.group;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.State;

/**
 * Focus mode: which nodes stay drawn. With a selection, the nodes within {@code hops} dependencies of it (either
 * direction, as a blast radius reaches callers and a failure reaches callees); with {@code hardOnly}, soft and async
 * dependencies are not walked (and not drawn). Then the team, zone and state filters, each null for "any". The
 * selection itself always stays, so the user never loses what they focused on.
 */
public record FocusFilter(int hops, boolean hardOnly, String team, String zone, State state) {
    public static final int MAX_HOPS = 5;

    public FocusFilter {
        hops = Math.max(1, Math.min(MAX_HOPS, hops));
    }

    public static FocusFilter hops(int n) {
        return new FocusFilter(n, false, null, null, null);
    }

    /** Whether focus mode draws this dependency at all. */
    public boolean draws(Dependency d) {
        return !hardOnly || d.isHard();
    }

    /** The nodes focus mode draws; {@code simulation} is null without a scenario (every node UP). */
    public Set<String> visible(Topology t, Collection<String> selection, SimulationResult simulation) {
        Set<String> near = selection.isEmpty() ? allIds(t) : neighbourhood(t, selection);
        Set<String> out = new LinkedHashSet<>();
        for (Node n : t.nodes()) {
            if (!near.contains(n.id())) continue;
            if (selection.contains(n.id()) || passes(n, simulation)) out.add(n.id());
        }
        return out;
    }

    private boolean passes(Node n, SimulationResult simulation) {
        if (team != null && !team.equals(n.team())) return false;
        if (zone != null && !n.zones().contains(zone)) return false;
        if (state != null) {
            State s = simulation == null ? State.UP : simulation.nodes().getOrDefault(n.id(), State.UP);
            return s == state;
        }
        return true;
    }

    private Set<String> neighbourhood(Topology t, Collection<String> selection) {
        Map<String, Integer> depth = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String id : selection) {
            if (t.node(id).isPresent() && depth.putIfAbsent(id, 0) == null) queue.add(id);
        }
        while (!queue.isEmpty()) {
            String id = queue.poll();
            int d = depth.get(id);
            if (d == hops) continue;
            for (Dependency dep : t.dependenciesOf(id)) {
                if (draws(dep) && depth.putIfAbsent(dep.to(), d + 1) == null) queue.add(dep.to());
            }
            for (Dependency dep : t.dependentsOf(id)) {
                if (draws(dep) && depth.putIfAbsent(dep.from(), d + 1) == null) queue.add(dep.from());
            }
        }
        return depth.keySet();
    }

    private static Set<String> allIds(Topology t) {
        Set<String> all = new HashSet<>();
        t.nodes().forEach(n -> all.add(n.id()));
        return all;
    }
}
