package dev.faultline.analysis.latency;

import java.util.List;

import dev.faultline.model.CallOrder;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.CompiledTopology;
import dev.faultline.simulation.StrongComponents;

/**
 * The sync dependencies of a topology as int arrays (async ones are never waited for, and fallbacks are not called
 * while {@code to} is up, so neither appears). Node i is the i-th node of the topology. Also marks the nodes that have
 * no latency figure: those in a cycle of sync dependencies or reaching one. O(nodes + dependencies) to build.
 */
final class SyncGraph {
    final Topology topology;
    final int n;
    final double[] own;
    final double[] ownP99;
    final boolean[] sequential;
    /** Per node, per sync dependency: the callee, calls, timeout (NaN when none) and retries. */
    final int[][] to;
    final double[][] calls;
    final double[][] timeout;
    final int[][] retries;
    /** Per node: the nodes that call it synchronously (once per dependency). */
    final int[][] callers;
    /** Strongly connected component per node; a callee's component is never above its caller's. */
    final int[] component;
    /** True for nodes in or above a cycle of sync dependencies: they have no latency. */
    final boolean[] noFigure;
    /** Node indices ordered callees first (ascending component). */
    final int[] calleesFirst;
    /** The strongly connected components of {@link #to}, as {@link StrongComponents#of} numbers them. */
    final StrongComponents components;
    private final CompiledTopology compiled;

    /** The last graph made by {@link #of}, and its topology (compared by identity). */
    private static Topology lastTopology;
    private static SyncGraph last;

    /**
     * The sync graph of a topology, made once for the last topology asked for (it is never changed once made): the
     * latency analysis and the rules that walk sync calls share it (issue #18: retry storms and sync cycles each built
     * the same arrays and components again at 50,000 nodes, at the end of the run).
     */
    static synchronized SyncGraph of(Topology topology) {
        if (topology != lastTopology) {
            last = new SyncGraph(topology);
            lastTopology = topology;
        }
        return last;
    }

    SyncGraph(Topology topology) {
        this.topology = topology;
        List<Node> nodes = topology.nodes();
        n = nodes.size();
        own = new double[n];
        ownP99 = new double[n];
        sequential = new boolean[n];
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            own[i] = node.effectiveLatencyMs();
            ownP99[i] = node.effectiveP99Ms();
            sequential[i] = node.callOrder() == CallOrder.SEQUENTIAL;
        }
        // Ends by index from the compiled topology the analysis shares, counted into flat rows (issue #18: id
        // look-ups and boxed lists per dependency were most of this constructor at 50,000 nodes).
        compiled = CompiledTopology.of(topology);
        List<Dependency> deps = topology.dependencies();
        int[] outCount = new int[n];
        int[] inCount = new int[n];
        for (int d = 0; d < deps.size(); d++) {
            if (!deps.get(d).isSync()) continue;
            outCount[compiled.dependencyFrom(d)]++;
            inCount[compiled.dependencyTo(d)]++;
        }
        to = new int[n][];
        calls = new double[n][];
        timeout = new double[n][];
        retries = new int[n][];
        callers = new int[n][];
        for (int v = 0; v < n; v++) {
            to[v] = new int[outCount[v]];
            calls[v] = new double[outCount[v]];
            timeout[v] = new double[outCount[v]];
            retries[v] = new int[outCount[v]];
            callers[v] = new int[inCount[v]];
        }
        java.util.Arrays.fill(outCount, 0);
        java.util.Arrays.fill(inCount, 0);
        boolean[] selfCall = new boolean[n];
        for (int k = 0; k < deps.size(); k++) {
            Dependency d = deps.get(k);
            if (!d.isSync()) continue;
            int v = compiled.dependencyFrom(k);
            int w = compiled.dependencyTo(k);
            int j = outCount[v]++;
            to[v][j] = w;
            calls[v][j] = d.effectiveCalls();
            timeout[v][j] = d.timeoutMs() == null ? Double.NaN : d.timeoutMs();
            retries[v][j] = d.effectiveRetries();
            if (w == v) selfCall[v] = true;
            callers[w][inCount[w]++] = v;
        }
        StrongComponents scc = StrongComponents.of(to);
        components = scc;
        component = scc.of;
        int[][] members = scc.members();
        calleesFirst = new int[n];
        noFigure = new boolean[n];
        int pos = 0;
        for (int[] comp : members) {
            boolean cyclic = comp.length > 1 || selfCall[comp[0]];
            for (int v : comp) {
                calleesFirst[pos++] = v;
                boolean none = cyclic;
                for (int w : to[v]) none |= noFigure[w];
                noFigure[v] = none;
            }
        }
    }

    int indexOf(String id) {
        int i = compiled.indexOf(id);
        if (i < 0) throw new NullPointerException("unknown node " + id);
        return i;
    }

    String idOf(int v) {
        return topology.nodes().get(v).id();
    }

    /**
     * L(v) from the callees' current values: own work plus the slowest (parallel) or the sum (sequential) of
     * calls × min(L(callee), timeout). Calls to {@code hanging} cost calls × (retries + 1) × timeout instead, or
     * infinity without a timeout; infinity is then bounded by any timeout above it.
     */
    double latency(int v, double[] ownMs, double[] current, int hanging) {
        double agg = 0;
        for (int j = 0; j < to[v].length; j++) {
            int w = to[v][j];
            double t = timeout[v][j];
            double cost;
            if (w == hanging) {
                cost = Double.isNaN(t) ? Double.POSITIVE_INFINITY : calls[v][j] * (retries[v][j] + 1) * t;
            } else {
                cost = calls[v][j] * (Double.isNaN(t) ? current[w] : Math.min(current[w], t));
            }
            agg = sequential[v] ? agg + cost : Math.max(agg, cost);
        }
        return ownMs[v] + agg;
    }

    /** What one sync dependency of v adds in normal operation: calls × min(L(callee), timeout). */
    double cost(int v, int j, double[] current) {
        double t = timeout[v][j];
        return calls[v][j] * (Double.isNaN(t) ? current[to[v][j]] : Math.min(current[to[v][j]], t));
    }

    /** Nodes reached from v over one or more sync dependencies, added to {@code into}. */
    void reachStrictly(int v, java.util.BitSet into) {
        int[] stack = new int[n];
        int top = 0;
        java.util.BitSet seen = new java.util.BitSet(n);
        for (int w : to[v]) {
            if (!seen.get(w)) {
                seen.set(w);
                stack[top++] = w;
            }
        }
        while (top > 0) {
            int u = stack[--top];
            for (int w : to[u]) {
                if (!seen.get(w)) {
                    seen.set(w);
                    stack[top++] = w;
                }
            }
        }
        into.or(seen);
    }
}
