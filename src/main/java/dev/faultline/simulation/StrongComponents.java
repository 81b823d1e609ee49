package dev.faultline.simulation;

import java.util.Arrays;

/**
 * Strongly connected components of a directed graph given as adjacency lists, by an iterative Tarjan (no recursion,
 * so a 50,000-node chain cannot overflow the stack). Components are numbered in reverse topological order: when an
 * edge goes from component a to a different component b, then b < a. O(nodes + edges).
 */
public final class StrongComponents {
    /** The component of each node. */
    public final int[] of;
    public final int count;

    private StrongComponents(int[] of, int count) {
        this.of = of;
        this.count = count;
    }

    /** Node indices per component, ascending. */
    public int[][] members() {
        int[] size = new int[count];
        for (int c : of) size[c]++;
        int[][] m = new int[count][];
        for (int c = 0; c < count; c++) m[c] = new int[size[c]];
        Arrays.fill(size, 0);
        for (int v = 0; v < of.length; v++) m[of[v]][size[of[v]]++] = v;
        return m;
    }

    /** {@code out[v]} lists the nodes v has an edge to. */
    public static StrongComponents of(int[][] out) {
        int n = out.length;
        int[] comp = new int[n];
        int[] low = new int[n];
        int[] order = new int[n];
        Arrays.fill(order, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int[] call = new int[n];
        int[] edge = new int[n];
        int sp = 0;
        int counter = 0;
        int comps = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) continue;
            int csp = 0;
            call[csp++] = root;
            order[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (csp > 0) {
                int v = call[csp - 1];
                if (edge[v] < out[v].length) {
                    int w = out[v][edge[v]++];
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        call[csp++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                } else {
                    csp--;
                    if (csp > 0) low[call[csp - 1]] = Math.min(low[call[csp - 1]], low[v]);
                    if (low[v] == order[v]) {
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            comp[w] = comps;
                        } while (w != v);
                        comps++;
                    }
                }
            }
        }
        return new StrongComponents(comp, comps);
    }
}
