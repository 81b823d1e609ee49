package dev.faultline.simulation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;

/**
 * Why a node is DOWN or DEGRADED in a scenario: the dependencies, followed from the node towards what it needs, whose
 * providers explain its state (for a DOWN node, hard dependencies on DOWN providers; for a DEGRADED one, any provider
 * that is not UP), as far as the scenario's roots (the nodes the events hit directly: failed outright, or that
 * lost instances). Only paths that end at a root are kept, so the chain is the explanation and nothing else.
 *
 * @param node     the node asked about
 * @param nodes    the node, the roots it leads to and every node between, in discovery order
 * @param links    the dependencies on the chain, as (caller, provider) pairs, fallback providers included
 * @param roots    the scenario roots this node's state comes from (the node itself when it was hit directly)
 */
public record CausalChain(String node, Set<String> nodes, Set<Link> links, Set<String> roots) {
    /** One step of the chain: {@code from} needs {@code to}, which is not UP; {@code fallback} when it is an "or". */
    public record Link(String from, String to, boolean fallback) {
    }

    public CausalChain {
        nodes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(nodes));
        links = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(links));
        roots = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(roots));
    }

    /** The nodes a scenario hit directly: failed outright, or lost at least one instance. */
    public static Set<String> roots(SimulationResult result) {
        Set<String> roots = new LinkedHashSet<>();
        for (String id : result.nodes().keySet()) {
            if (result.failedDirectly().contains(id) || result.lostInstances().getOrDefault(id, 0) > 0) roots.add(id);
        }
        return roots;
    }

    /** The chain behind a node's state; a node that is UP (or unknown) gets an empty chain. */
    public static CausalChain of(Topology topology, SimulationResult result, String nodeId) {
        if (result.nodes().getOrDefault(nodeId, State.UP) == State.UP) {
            return new CausalChain(nodeId, Set.of(), Set.of(), Set.of());
        }
        Set<String> allRoots = roots(result);
        // Forward: everything reachable from the node through providers that are not UP.
        Map<String, List<Link>> out = new HashMap<>();
        Set<String> reached = new LinkedHashSet<>(List.of(nodeId));
        Deque<String> work = new ArrayDeque<>(List.of(nodeId));
        while (!work.isEmpty()) {
            String id = work.pop();
            // A node that failed outright needs no more explaining; one that only lost instances may also be down
            // because of what it needs, so the chain goes on through it.
            if (result.failedDirectly().contains(id) && !id.equals(nodeId)) continue;
            // A DOWN node is explained by hard dependencies on DOWN providers; a DEGRADED one by any provider that
            // is not UP (a degraded or down soft, async or fallback-covered dependency).
            boolean down = result.nodes().getOrDefault(id, State.UP) == State.DOWN;
            for (Dependency d : topology.dependenciesOf(id)) {
                if (down && !d.isHard()) continue;
                List<String> providers = d.providers();
                for (int k = 0; k < providers.size(); k++) {
                    String p = providers.get(k);
                    State ps = result.nodes().getOrDefault(p, State.UP);
                    if (ps == State.UP || (down && ps != State.DOWN)) continue;
                    out.computeIfAbsent(id, x -> new java.util.ArrayList<>()).add(new Link(id, p, k > 0));
                    if (reached.add(p)) work.push(p);
                }
            }
        }
        // Backward: keep what leads to a root.
        Set<String> leads = new LinkedHashSet<>();
        for (String id : reached) if (allRoots.contains(id)) leads.add(id);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, List<Link>> e : out.entrySet()) {
                if (leads.contains(e.getKey())) continue;
                if (e.getValue().stream().anyMatch(l -> leads.contains(l.to()))) grew = leads.add(e.getKey()) || grew;
            }
        }
        Set<String> nodes = new LinkedHashSet<>();
        Set<Link> links = new LinkedHashSet<>();
        for (String id : reached) {
            if (!leads.contains(id)) continue;
            nodes.add(id);
            for (Link l : out.getOrDefault(id, List.of())) if (leads.contains(l.to())) links.add(l);
        }
        Set<String> roots = new LinkedHashSet<>();
        for (String id : nodes) if (allRoots.contains(id)) roots.add(id);
        return new CausalChain(nodeId, nodes, links, roots);
    }
}
