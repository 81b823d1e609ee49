package dev.faultline.analysis.availability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.faultline.model.Flow;
import dev.faultline.simulation.StrongComponents;

/**
 * A flow's DOWN function of the self-down variables, split so that it stays small on big topologies:
 * <pre>  DOWN(F) = OR over u in S of self-down(u)  ∨  G</pre>
 * S, the <em>series set</em>, is every node a member reaches over series edges (hard dependencies with a single
 * provider): any of them self-down takes the flow down, whatever else happens. G is the OR, over the gates of S's
 * nodes, of "every provider is DOWN", where DOWN is the failure rules' least fixpoint with every node of S taken as
 * up — sound because when a node of S is self-down the flow is DOWN anyway (absorption: A ∨ B = A ∨ B[S := up] when
 * every S-node's DOWN implies A). G's variables are disjoint from S, so given the zones
 * P(F up) = Π_S (1 − q) · P(G false). G is a decision diagram ({@link Bdd}) over the nodes the gates reach; cycles
 * are solved by iterating each strongly connected component from "nothing DOWN" until it is stable (canonical
 * diagrams make that an int comparison).
 * <p>
 * Cost: O(|S| + edges) for S; the diagram costs one apply per hard edge below the gates (per round in cycles) and
 * is bounded by a node budget ({@link Bdd.TooLarge}).
 */
final class FlowStructure {
    /** Node indices of the series set. */
    final int[] series;
    final Bdd bdd;
    /** Root of G in {@link #bdd} (FALSE when the flow has no gate). */
    final int gates;
    /** Per variable of {@link #bdd}: its node index. */
    final int[] nodeOfVar;

    private FlowStructure(int[] series, Bdd bdd, int gates, int[] nodeOfVar) {
        this.series = series;
        this.bdd = bdd;
        this.gates = gates;
        this.nodeOfVar = nodeOfVar;
    }

    static FlowStructure of(HardDependencies hard, Flow flow, int maxNodes) {
        int n = hard.nodeCount();
        boolean[] inSeries = new boolean[n];
        int[] series = seriesSet(hard, flow, inSeries);
        List<int[]> gates = new ArrayList<>();
        for (int u : series) {
            for (int[] ps : hard.providers[u]) {
                if (ps.length < 2) continue;
                boolean open = true;
                for (int p : ps) open &= !inSeries[p];
                if (open) gates.add(ps);
            }
        }
        Bdd bdd = new Bdd(maxNodes);
        if (gates.isEmpty()) return new FlowStructure(series, bdd, Bdd.FALSE, new int[0]);
        int[] varOfNode = new int[n];
        Arrays.fill(varOfNode, -1);
        int[] nodeOfVar = orderVariables(hard, gates, inSeries, varOfNode);
        int[] down = residualDown(bdd, hard, inSeries, varOfNode);
        int g = Bdd.FALSE;
        for (int[] ps : gates) {
            int all = Bdd.TRUE;
            for (int p : ps) all = bdd.and(all, down[p]);
            g = bdd.or(g, all);
        }
        return new FlowStructure(series, bdd, g, nodeOfVar);
    }

    private static int[] seriesSet(HardDependencies hard, Flow flow, boolean[] inSeries) {
        int[] queue = new int[inSeries.length];
        int tail = 0;
        for (String m : flow.members()) {
            int v = hard.index.get(m);
            if (!inSeries[v]) {
                inSeries[v] = true;
                queue[tail++] = v;
            }
        }
        for (int head = 0; head < tail; head++) {
            for (int[] ps : hard.providers[queue[head]]) {
                if (ps.length == 1 && !inSeries[ps[0]]) {
                    inSeries[ps[0]] = true;
                    queue[tail++] = ps[0];
                }
            }
        }
        return Arrays.copyOf(queue, tail);
    }

    /** Depth-first numbering from the gates' providers, not entering the series set. */
    private static int[] orderVariables(HardDependencies hard, List<int[]> gates, boolean[] inSeries, int[] varOfNode) {
        int next = 0;
        int[] order = new int[varOfNode.length];
        int[] stack = new int[varOfNode.length];
        final int queued = -2;
        for (int[] ps : gates) {
            for (int root : ps) {
                if (varOfNode[root] != -1) continue;
                int top = 0;
                stack[top++] = root;
                varOfNode[root] = queued;
                while (top > 0) {
                    int v = stack[--top];
                    varOfNode[v] = next;
                    order[next++] = v;
                    for (int d = hard.providers[v].length - 1; d >= 0; d--) {
                        int[] providers = hard.providers[v][d];
                        for (int k = providers.length - 1; k >= 0; k--) {
                            int p = providers[k];
                            if (varOfNode[p] == -1 && !inSeries[p]) {
                                varOfNode[p] = queued;
                                stack[top++] = p;
                            }
                        }
                    }
                }
            }
        }
        return Arrays.copyOf(order, next);
    }

    /** DOWN with the series set up, for every node with a variable; components callees first. */
    private static int[] residualDown(Bdd bdd, HardDependencies hard, boolean[] inSeries, int[] varOfNode) {
        int n = varOfNode.length;
        int[][] callees = new int[n][];
        for (int v = 0; v < n; v++) {
            callees[v] = varOfNode[v] < 0 ? new int[0]
                    : Arrays.stream(hard.providers[v]).flatMapToInt(Arrays::stream).filter(p -> !inSeries[p])
                            .distinct().toArray();
        }
        StrongComponents comps = StrongComponents.of(callees);
        int[][] members = comps.members();
        int[] down = new int[n];
        for (int c = 0; c < comps.count; c++) {
            int[] scc = members[c];
            if (varOfNode[scc[0]] < 0) continue;
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int v : scc) {
                    int value = bdd.variable(varOfNode[v]);
                    for (int[] providers : hard.providers[v]) {
                        int all = Bdd.TRUE;
                        for (int p : providers) all = bdd.and(all, inSeries[p] ? Bdd.FALSE : down[p]);
                        value = bdd.or(value, all);
                    }
                    if (value != down[v]) {
                        down[v] = value;
                        changed = true;
                    }
                }
            }
        }
        return down;
    }
}
