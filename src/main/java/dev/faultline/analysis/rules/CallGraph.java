package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;

/**
 * The dependencies that pass a filter (e.g. sync and required) as int adjacency lists, with strongly connected
 * components numbered callees first: every component reachable from c has a smaller id than c.
 *
 * <p>The components come from JGraphT (Kosaraju, iterative, so a long chain cannot overflow the stack) over a
 * directed graph of the kept dependencies by node index, numbered by a topological order of their condensation read
 * backwards. JGraphT's boxed vertices cost about 0.15 s per rule at 10,000 nodes against 15 ms for the int-array
 * Tarjan (docs/performance.md, "#12 JGraphT"), which the rules can afford once per analysis; the sweep's
 * {@code simulation.AncestorSets}, run over every node at once on the measured hot path, stays on the int-array
 * Tarjan of {@code simulation.StrongComponents}.
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
        component = new int[n];
        componentCount = numberComponentsCalleesFirst();
    }

    /**
     * Fills {@link #component} and returns the number of components. The condensation is built here over component
     * numbers: JGraphT's own {@code getCondensation()} makes one subgraph per component, which measured 2.1 s against
     * 32 ms for the int-array Tarjan at 10,000 nodes (docs/performance.md, "#12 JGraphT").
     */
    private int numberComponentsCalleesFirst() {
        Graph<Integer, DefaultEdge> calls = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int v = 0; v < n; v++) calls.addVertex(v);
        for (int v = 0; v < n; v++) for (int w : out[v]) calls.addEdge(v, w);
        List<Set<Integer>> sets = new KosarajuStrongConnectivityInspector<>(calls).stronglyConnectedSets();
        int[] setOf = new int[n];
        for (int s = 0; s < sets.size(); s++) for (int v : sets.get(s)) setOf[v] = s;
        Graph<Integer, DefaultEdge> condensation = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (int s = 0; s < sets.size(); s++) condensation.addVertex(s);
        for (int v = 0; v < n; v++) {
            for (int w : out[v]) if (setOf[v] != setOf[w]) condensation.addEdge(setOf[v], setOf[w]);
        }
        int[] idOfSet = new int[sets.size()];
        int next = sets.size();
        for (TopologicalOrderIterator<Integer, DefaultEdge> callersFirst = new TopologicalOrderIterator<>(condensation);
                callersFirst.hasNext(); ) {
            idOfSet[callersFirst.next()] = --next;
        }
        for (int v = 0; v < n; v++) component[v] = idOfSet[setOf[v]];
        return sets.size();
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
