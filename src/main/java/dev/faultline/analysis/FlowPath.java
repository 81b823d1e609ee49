package dev.faultline.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Topology;

/**
 * What a flow needs: its entry and via nodes and everything they reach through required synchronous dependencies
 * (the closure that decides whether the flow is up). A dependency with fallbacks contributes its alternatives too,
 * marked as fallbacks, since any one of them is enough. Async and soft dependencies are left out: their loss does not
 * take the flow down.
 *
 * @param nodes     the nodes the flow needs, entry first, in discovery order
 * @param required  required sync dependencies on the path, as (caller, provider) pairs
 * @param fallbacks (caller, alternative) pairs of the fallbacks of those dependencies
 * @param alternatives nodes reached only as a fallback
 */
public record FlowPath(Flow flow, Set<String> nodes, Set<Link> required, Set<Link> fallbacks, Set<String> alternatives) {
    public record Link(String from, String to) {
    }

    public FlowPath {
        nodes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(nodes));
        required = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(required));
        fallbacks = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(fallbacks));
        alternatives = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(alternatives));
    }

    public static FlowPath of(Topology topology, Flow flow) {
        Set<String> nodes = new LinkedHashSet<>();
        Set<String> viaPrimary = new LinkedHashSet<>(flow.members());
        Set<String> reachedAsFallback = new LinkedHashSet<>();
        Set<Link> required = new LinkedHashSet<>();
        Set<Link> fallbacks = new LinkedHashSet<>();
        Deque<String> work = new ArrayDeque<>();
        for (String m : flow.members()) {
            if (nodes.add(m)) work.add(m);
        }
        while (!work.isEmpty()) {
            String id = work.poll();
            for (Dependency d : topology.dependenciesOf(id)) {
                if (!d.isHard()) continue;
                required.add(new Link(id, d.to()));
                viaPrimary.add(d.to());
                if (nodes.add(d.to())) work.add(d.to());
                for (String f : d.fallback()) {
                    fallbacks.add(new Link(id, f));
                    reachedAsFallback.add(f);
                    if (nodes.add(f)) work.add(f);
                }
            }
        }
        Set<String> alternatives = new LinkedHashSet<>(reachedAsFallback);
        alternatives.removeAll(viaPrimary);
        return new FlowPath(flow, nodes, required, fallbacks, alternatives);
    }

    /** Every node this flow needs, entry and via included. */
    public List<String> nodeList() {
        return List.copyOf(nodes);
    }
}
