package dev.faultline.analysis.doublefault;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.faultline.simulation.StrongComponents;

/**
 * For a few target nodes (the providers of gates), the nodes whose loss alone takes each of them DOWN: K(t) = {w :
 * t is in C(w)}, without running a scenario per node (issue #18: that was Σ|C(w)|, 26 million node visits at 50,000
 * nodes, to learn about the ~500 nodes that matter).
 * <p>
 * From the failure rules, t is DOWN after losing w when t = w or some hard dependency of t has every provider DOWN:
 * K(t) = {t} ∪ ⋃_d ⋂_{q in providers(d)} K(q), and K is the least solution (the rules' least fixpoint read the other
 * way round). A dependency with one provider just passes K(q) on, so following those <em>series</em> edges from t
 * gives a set S(t) with K(t) = S(t) ∪ ⋃ over the gates d of S(t)'s nodes of ⋂_q K(q): an equation between targets
 * only, since a gate's providers are targets. It is solved per strongly connected component of "t needs K(q)",
 * callees first, iterating a component from K = S until nothing grows (sets only grow, so sizes tell).
 * <p>
 * Cost: Σ|S(t)| + the sizes of the sets intersected; the providers of fallbacks are usually near the leaves.
 */
final class KillerSets {
    private KillerSets() {
    }

    /**
     * K(t) for each target, as ascending node indices.
     *
     * @param seriesStart  series edges of node v: {@code seriesTo[seriesStart[v] .. seriesStart[v + 1])}
     * @param gatesOf      per node: the gates it is the caller of
     * @param gateProviders per gate: its distinct providers, all among {@code targets}
     */
    static int[][] of(int[] targets, int[] seriesStart, int[] seriesTo, int[][] gatesOf, int[][] gateProviders,
                      int nodeCount) {
        int[] targetOf = new int[nodeCount];
        Arrays.fill(targetOf, -1);
        for (int i = 0; i < targets.length; i++) targetOf[targets[i]] = i;
        Scratch scratch = new Scratch(nodeCount);
        int[][] series = new int[targets.length][];
        int[][] gates = new int[targets.length][];
        int[][] needs = new int[targets.length][];
        for (int i = 0; i < targets.length; i++) {
            series[i] = scratch.seriesClosure(targets[i], seriesStart, seriesTo);
            gates[i] = gatesBelow(series[i], gatesOf);
            needs[i] = Arrays.stream(gates[i]).flatMap(g -> Arrays.stream(gateProviders[g])).map(q -> targetOf[q])
                    .distinct().toArray();
        }
        int[][] killers = series.clone();
        StrongComponents comps = StrongComponents.of(needs);
        for (int[] component : comps.members()) {
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int i : component) {
                    int[] next = scratch.union(series[i], gates[i], gateProviders, targetOf, killers);
                    if (next.length != killers[i].length) {
                        killers[i] = next;
                        grew = true;
                    }
                }
            }
        }
        return killers;
    }

    private static int[] gatesBelow(int[] nodes, int[][] gatesOf) {
        List<Integer> out = new ArrayList<>();
        for (int v : nodes) for (int g : gatesOf[v]) out.add(g);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Marks over all nodes, reused from set to set by stamping instead of clearing. */
    private static final class Scratch {
        private final int[] mark;
        private final int[] hits;
        private final int[] hitStamp;
        private final int[] buffer;
        private int stamp;

        Scratch(int nodeCount) {
            mark = new int[nodeCount];
            hits = new int[nodeCount];
            hitStamp = new int[nodeCount];
            buffer = new int[nodeCount];
        }

        /** t and every node it reaches over series edges, ascending. */
        int[] seriesClosure(int t, int[] start, int[] to) {
            int s = ++stamp;
            int tail = 0;
            buffer[tail++] = t;
            mark[t] = s;
            for (int head = 0; head < tail; head++) {
                int u = buffer[head];
                for (int k = start[u]; k < start[u + 1]; k++) {
                    if (mark[to[k]] != s) {
                        mark[to[k]] = s;
                        buffer[tail++] = to[k];
                    }
                }
            }
            int[] out = Arrays.copyOf(buffer, tail);
            Arrays.sort(out);
            return out;
        }

        /** S ∪ ⋃ over the gates of ⋂ of their providers' current sets, ascending. */
        int[] union(int[] series, int[] gates, int[][] gateProviders, int[] targetOf, int[][] killers) {
            int s = ++stamp;
            int tail = 0;
            for (int w : series) {
                mark[w] = s;
                buffer[tail++] = w;
            }
            for (int g : gates) {
                int[] providers = gateProviders[g];
                int h = ++stamp;
                for (int q : providers) {
                    for (int w : killers[targetOf[q]]) {
                        if (hitStamp[w] != h) {
                            hitStamp[w] = h;
                            hits[w] = 0;
                        }
                        if (++hits[w] == providers.length && mark[w] != s) {
                            mark[w] = s;
                            buffer[tail++] = w;
                        }
                    }
                }
            }
            int[] out = Arrays.copyOf(buffer, tail);
            Arrays.sort(out);
            return out;
        }
    }
}
