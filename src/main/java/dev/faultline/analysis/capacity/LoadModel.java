package dev.faultline.analysis.capacity;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.CompiledTopology;
import dev.faultline.simulation.StrongComponents;

/**
 * The topology as arrays for load propagation (risk-model.md section 4): flow rps seeds, every dependency (sync or
 * async, required or not) with its providers in trial order and its calls, and each node's capacity. One
 * {@link #loads} call is O(N + E) on int and double arrays only: the headroom rehearsal runs one per zone at 50,000
 * nodes, so boxed lists here cost seconds (docs/performance.md, #18).
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
    /** Per node: how many dependencies it is the caller of (the most out-edges it can have under any scenario). */
    private final int[] depCount;
    private final Map<String, Integer> index;

    /** Resolves every id itself: for a single scenario's loads, when no compiled topology is at hand. */
    LoadModel(Topology topology) {
        this(topology, new HashMap<>(), null);
    }

    /** Reuses the engine's resolved dependencies (at 50,000 nodes, resolving them again costs a third). */
    LoadModel(CompiledTopology compiled) {
        this(compiled.topology(), new HashMap<>(), compiled);
    }

    private LoadModel(Topology topology, Map<String, Integer> index, CompiledTopology compiled) {
        this.topology = topology;
        this.index = index;
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
        depCount = new int[n];
        for (int d = 0; d < deps.size(); d++) {
            Dependency dep = deps.get(d);
            // Distinct or not, the first provider that is not DOWN is the same one.
            depFrom[d] = compiled != null ? compiled.dependencyFrom(d) : index.get(dep.from());
            depProviders[d] = compiled != null ? compiled.dependencyProviders(d)
                    : dep.providers().stream().mapToInt(index::get).toArray();
            depCalls[d] = dep.effectiveCalls();
            depCount[depFrom[d]]++;
        }
        seed = new double[n];
        boolean demand = false;
        int[][] toEdges = null;
        for (Flow f : topology.flows()) {
            if (f.rps() == null) continue;
            demand = true;
            if (!f.via().isEmpty() && toEdges == null) toEdges = toEdges();
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

    /**
     * The entry and each distinct via node that the entry does not reach over one or more dependencies. A flow
     * without via nodes needs no walk: at 50,000 nodes one walk per flow was most of the capacity analysis.
     */
    private int[] seededMembers(Flow f, int[][] toEdges) {
        int entry = index.get(f.entry());
        if (f.via().isEmpty()) return new int[] {entry};
        BitSet reached = new BitSet(n);
        int[] stack = new int[n];
        int top = 0;
        for (int w : toEdges[entry]) if (!reached.get(w)) { reached.set(w); stack[top++] = w; }
        while (top > 0) {
            int u = stack[--top];
            for (int w : toEdges[u]) if (!reached.get(w)) { reached.set(w); stack[top++] = w; }
        }
        LinkedHashSet<Integer> out = new LinkedHashSet<>();
        out.add(entry);
        for (String via : f.via()) {
            int v = index.get(via);
            if (v != entry && !reached.get(v)) out.add(v);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Per node, the {@code to} of each of its dependencies, in dependency order. */
    private int[][] toEdges() {
        int[][] adj = new int[n][];
        for (int v = 0; v < n; v++) adj[v] = new int[depCount[v]];
        int[] fill = new int[n];
        for (int d = 0; d < depFrom.length; d++) adj[depFrom[d]][fill[depFrom[d]]++] = depProviders[d][0];
        return adj;
    }

    /**
     * Load per node with the given nodes DOWN; NaN means "no figure" (on or below a cycle that carries load).
     * DOWN nodes pass nothing on; a dependency whose {@code to} is DOWN sends its load to the first provider that
     * is not DOWN, or nowhere. Edges are kept in dependency order and visited in the same order as always, so every
     * sum adds the same terms in the same order (byte-identical figures).
     */
    double[] loads(boolean[] down) {
        int[] count = new int[n];
        int[] served = new int[depFrom.length];
        boolean[] selfLoop = new boolean[n];
        for (int d = 0; d < depFrom.length; d++) {
            served[d] = -1;
            int from = depFrom[d];
            if (down[from]) continue;
            for (int p : depProviders[d]) {
                if (down[p]) continue;
                served[d] = p;
                count[from]++;
                if (p == from) selfLoop[from] = true;
                break;
            }
        }
        int[][] out = new int[n][];
        double[][] weights = new double[n][];
        for (int v = 0; v < n; v++) {
            out[v] = new int[count[v]];
            weights[v] = new double[count[v]];
        }
        int[] fill = new int[n];
        for (int d = 0; d < depFrom.length; d++) {
            if (served[d] < 0) continue;
            int from = depFrom[d];
            out[from][fill[from]] = served[d];
            weights[from][fill[from]++] = depCalls[d];
        }
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
                    else incoming[w] += load[v] * weights[v][k];
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
