package dev.faultline.analysis.capacity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.StrongComponents;

/**
 * The topology as arrays for load propagation (risk-model.md section 4): flow rps seeds, every dependency (sync or
 * async, required or not) with its providers in trial order and its calls, and each node's capacity. One
 * {@link #loads} call is O(N + E).
 */
final class LoadModel {
    final Topology topology;
    final int n;
    final int[] replicas;
    final int[] minHealthy;
    /** capacityRps per node, NaN when not declared. */
    final double[] capacity;
    final double[] seed;
    final boolean hasDemand;
    private final int[] depFrom;
    private final int[][] depProviders;
    private final double[] depCalls;
    private final Map<String, Integer> index = new HashMap<>();

    LoadModel(Topology topology) {
        this.topology = topology;
        List<Node> nodes = topology.nodes();
        n = nodes.size();
        replicas = new int[n];
        minHealthy = new int[n];
        capacity = new double[n];
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            index.put(node.id(), i);
            replicas[i] = node.replicas();
            minHealthy[i] = node.minHealthy();
            capacity[i] = node.capacityRps() == null ? Double.NaN : node.capacityRps();
        }
        List<Dependency> deps = topology.dependencies();
        depFrom = new int[deps.size()];
        depProviders = new int[deps.size()][];
        depCalls = new double[deps.size()];
        for (int d = 0; d < deps.size(); d++) {
            Dependency dep = deps.get(d);
            depFrom[d] = index.get(dep.from());
            depProviders[d] = dep.providers().stream().mapToInt(index::get).toArray();
            depCalls[d] = dep.effectiveCalls();
        }
        seed = new double[n];
        boolean demand = false;
        int[][] toEdges = toEdges();
        for (Flow f : topology.flows()) {
            if (f.rps() == null) continue;
            demand = true;
            for (int m : seededMembers(f, toEdges)) seed[m] += f.rps();
        }
        hasDemand = demand;
    }

    int indexOf(String id) {
        return index.get(id);
    }

    String idOf(int v) {
        return topology.nodes().get(v).id();
    }

    /** The entry and each distinct via node that the entry does not reach over one or more dependencies. */
    private int[] seededMembers(Flow f, int[][] toEdges) {
        int entry = index.get(f.entry());
        BitSet reached = new BitSet(n);
        int[] stack = new int[n];
        int top = 0;
        for (int w : toEdges[entry]) if (!reached.get(w)) { reached.set(w); stack[top++] = w; }
        while (top > 0) {
            int u = stack[--top];
            for (int w : toEdges[u]) if (!reached.get(w)) { reached.set(w); stack[top++] = w; }
        }
        java.util.LinkedHashSet<Integer> out = new java.util.LinkedHashSet<>();
        out.add(entry);
        for (String via : f.via()) {
            int v = index.get(via);
            if (v != entry && !reached.get(v)) out.add(v);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[][] toEdges() {
        List<List<Integer>> adj = lists();
        for (int d = 0; d < depFrom.length; d++) adj.get(depFrom[d]).add(depProviders[d][0]);
        return adj.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private List<List<Integer>> lists() {
        List<List<Integer>> adj = new ArrayList<>(n);
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        return adj;
    }

    /**
     * Load per node with the given nodes DOWN; NaN means "no figure" (on or below a cycle that carries load).
     * DOWN nodes pass nothing on; a dependency whose {@code to} is DOWN sends its load to the first provider that
     * is not DOWN, or nowhere.
     */
    double[] loads(boolean[] down) {
        List<List<Integer>> targets = lists();
        List<List<Double>> weights = new ArrayList<>(n);
        for (int i = 0; i < n; i++) weights.add(new ArrayList<>());
        boolean[] selfLoop = new boolean[n];
        for (int d = 0; d < depFrom.length; d++) {
            int from = depFrom[d];
            if (down[from]) continue;
            for (int p : depProviders[d]) {
                if (down[p]) continue;
                targets.get(from).add(p);
                weights.get(from).add(depCalls[d]);
                if (p == from) selfLoop[from] = true;
                break;
            }
        }
        int[][] out = targets.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        StrongComponents scc = StrongComponents.of(out);
        int[][] members = scc.members();
        double[] load = new double[n];
        double[] incoming = seed.clone();
        boolean[] noFigure = new boolean[n];
        // Edges go from higher to lower components: descending order visits every caller before its callees.
        for (int c = members.length - 1; c >= 0; c--) {
            int[] comp = members[c];
            boolean cyclic = comp.length > 1 || selfLoop[comp[0]];
            boolean none = false;
            double carried = 0;
            for (int v : comp) {
                none |= noFigure[v];
                carried += incoming[v];
            }
            if (cyclic && carried > 0) none = true;
            for (int v : comp) {
                load[v] = none ? Double.NaN : incoming[v];
                for (int k = 0; k < out[v].length; k++) {
                    int w = out[v][k];
                    if (scc.of[w] == c) continue;
                    if (none) noFigure[w] = true;
                    else incoming[w] += load[v] * weights.get(v).get(k);
                }
            }
        }
        return load;
    }

    /** U = load / (healthy × capacityRps), or NaN without capacity, without a load figure, or with no instance. */
    double utilization(int v, double load, int healthy) {
        if (Double.isNaN(capacity[v]) || Double.isNaN(load) || healthy <= 0) return Double.NaN;
        return load / (healthy * capacity[v]);
    }
}
