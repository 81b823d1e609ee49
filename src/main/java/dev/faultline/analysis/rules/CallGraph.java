package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;

/**
 * The dependencies that pass a filter (e.g. sync and required) as int adjacency lists, with strongly connected
 * components found by an iterative Tarjan (no recursion, so 50,000-node chains do not overflow the stack).
 * Components come out in reverse topological order: every component reachable from c has a smaller id than c.
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
        componentCount = tarjan();
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

    private int tarjan() {
        int[] low = new int[n];
        int[] order = new int[n];
        Arrays.fill(order, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        int[] callStack = new int[n];
        int[] edgePos = new int[n];
        int counter = 0;
        int comps = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) continue;
            int csp = 0;
            callStack[csp++] = root;
            order[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (csp > 0) {
                int v = callStack[csp - 1];
                if (edgePos[v] < out[v].length) {
                    int w = out[v][edgePos[v]++];
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        callStack[csp++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                } else {
                    csp--;
                    if (csp > 0) low[callStack[csp - 1]] = Math.min(low[callStack[csp - 1]], low[v]);
                    if (low[v] == order[v]) {
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            component[w] = comps;
                        } while (w != v);
                        comps++;
                    }
                }
            }
        }
        return comps;
    }
}
