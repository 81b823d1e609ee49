package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;
import dev.faultline.simulation.StrongComponents;

/**
 * The dependencies that pass a filter (e.g. sync and required) as int adjacency lists, with strongly connected
 * components from {@link StrongComponents}: every component reachable from c has a smaller id than c.
 *
 * <p>Not JGraphT, on purpose (issue #12 tried it, issue #18 measured it): its boxed {@code Integer} vertices and
 * edge objects made both call graphs of one analysis cost 0.4-1.2 s at 10,000 nodes in the command line's
 * C1-compiled JVM (Kosaraju plus a topological order of the condensation; Gabow and a multigraph without the
 * duplicate-edge check were no better) against 3-9 ms for the int-array Tarjan, which also numbers the components
 * callees first by itself (docs/performance.md, "#12 JGraphT").
 */
final class CallGraph {
    final Topology topology;
    final int n;
    final int[][] out;
    final int[] component;
    final int componentCount;
    private final Map<String, Integer> index = new HashMap<>();

    CallGraph(Topology topology, Predicate<Dependency> keep) {
        this.topology = topology;
        this.n = topology.nodes().size();
        for (int i = 0; i < n; i++) index.put(topology.nodes().get(i).id(), i);
        List<List<Integer>> adj = new ArrayList<>(n);
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        for (Dependency d : topology.dependencies()) {
            if (keep.test(d)) adj.get(index.get(d.from())).add(index.get(d.to()));
        }
        out = new int[n][];
        for (int i = 0; i < n; i++) out[i] = adj.get(i).stream().mapToInt(Integer::intValue).toArray();
        StrongComponents scc = StrongComponents.of(out);
        component = scc.of;
        componentCount = scc.count;
    }

    int indexOf(String id) {
        return index.get(id);
    }

    String idOf(int i) {
        return topology.nodes().get(i).id();
    }

    /** Node indices per component. */
    List<List<Integer>> components() {
        List<List<Integer>> comps = new ArrayList<>(componentCount);
        for (int c = 0; c < componentCount; c++) comps.add(new ArrayList<>());
        for (int v = 0; v < n; v++) comps.get(component[v]).add(v);
        return comps;
    }
}
