package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;
import dev.faultline.simulation.CompiledTopology;
import dev.faultline.simulation.StrongComponents;

/**
 * The dependencies that pass a filter (e.g. sync and required) as int adjacency lists, with strongly connected
 * components from {@link StrongComponents}: every component reachable from c has a smaller id than c.
 *
 * <p>Not JGraphT, on purpose (issue #12 tried it, issue #18 measured it): its boxed {@code Integer} vertices and
 * edge objects made both call graphs of one analysis cost 0.4-1.2 s at 10,000 nodes in the command line's
 * C1-compiled JVM (Kosaraju plus a topological order of the condensation; Gabow and a multigraph without the
 * duplicate-edge check were no better) against 3-9 ms for the int-array Tarjan, which also numbers the components
 * callees first by itself (docs/performance-history.md, "#12 JGraphT").
 */
final class CallGraph {
    final Topology topology;
    final int n;
    final int[][] out;
    final int[] component;
    final int componentCount;
    private final CompiledTopology compiled;

    CallGraph(Topology topology, Predicate<Dependency> keep) {
        this.topology = topology;
        this.n = topology.nodes().size();
        // Ends by index from the compiled topology that the analysis shares (no id look-ups), in flat arrays.
        compiled = CompiledTopology.of(topology);
        List<Dependency> deps = topology.dependencies();
        boolean[] kept = new boolean[deps.size()];
        int[] count = new int[n];
        for (int d = 0; d < kept.length; d++) {
            if (kept[d] = keep.test(deps.get(d))) count[compiled.dependencyFrom(d)]++;
        }
        out = new int[n][];
        for (int i = 0; i < n; i++) out[i] = new int[count[i]];
        java.util.Arrays.fill(count, 0);
        for (int d = 0; d < kept.length; d++) {
            if (!kept[d]) continue;
            int v = compiled.dependencyFrom(d);
            out[v][count[v]++] = compiled.dependencyTo(d);
        }
        StrongComponents scc = StrongComponents.of(out);
        component = scc.of;
        componentCount = scc.count;
    }

    int indexOf(String id) {
        int i = compiled.indexOf(id);
        if (i < 0) throw new NullPointerException("unknown node " + id);
        return i;
    }

    String idOf(int i) {
        return topology.nodes().get(i).id();
    }

    /** Node indices per component, ascending, as int arrays (no boxing: 50,000 components at 50,000 nodes). */
    int[][] members() {
        int[] size = new int[componentCount];
        for (int c : component) size[c]++;
        int[][] out = new int[componentCount][];
        for (int c = 0; c < componentCount; c++) out[c] = new int[size[c]];
        java.util.Arrays.fill(size, 0);
        for (int v = 0; v < n; v++) out[component[v]][size[component[v]]++] = v;
        return out;
    }

    /** Node indices per component. */
    List<List<Integer>> components() {
        List<List<Integer>> comps = new ArrayList<>(componentCount);
        for (int c = 0; c < componentCount; c++) comps.add(new ArrayList<>());
        for (int v = 0; v < n; v++) comps.get(component[v]).add(v);
        return comps;
    }
}
