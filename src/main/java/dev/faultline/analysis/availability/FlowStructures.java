package dev.faultline.analysis.availability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.faultline.model.Flow;
import dev.faultline.simulation.StrongComponents;

/**
 * Builds the {@link FlowStructure} of flow after flow. The work per flow is proportional to its series set and the
 * part of the graph below its gates, never to the whole topology (issue #18: at 50,000 nodes and 200 flows, arrays
 * and a strongly-connected-components pass over every node per flow cost more than the flows themselves). Marks
 * live in scratch arrays sized once and cleared after each flow, whatever happens; the components pass runs on the
 * gates' variables only, renumbered in ascending node order, which keeps the components — and so the diagram, its
 * node numbers and every figure computed from it — exactly those of a pass over all nodes. Not thread-safe, and a
 * structure is valid only until the next one is built: they share one diagram manager.
 */
final class FlowStructures {
    private final HardDependencies hard;
    /** Per node: the number of the flow whose series set holds it (flows are numbered from 1). */
    private final int[] seriesOf;
    private int flowNumber;
    /** Per node: its variable in the current flow's diagram, or -1. Reset after each flow. */
    private final int[] varOfNode;
    /** Per node: its rank among the current flow's variables in node order, for the components pass. */
    private final int[] local;
    private final int[] queue;
    /** One diagram manager, emptied for each flow (a structure is used before the next one is built). */
    private Bdd bdd;

    FlowStructures(HardDependencies hard) {
        this.hard = hard;
        int n = hard.nodeCount();
        seriesOf = new int[n];
        varOfNode = new int[n];
        Arrays.fill(varOfNode, -1);
        local = new int[n];
        queue = new int[n];
    }

    FlowStructure of(Flow flow, int maxNodes) {
        flowNumber++;
        int[] series = seriesSet(flow);
        List<int[]> gates = openGates(series);
        Bdd bdd = this.bdd == null || this.bdd.maxNodes() != maxNodes ? (this.bdd = new Bdd(maxNodes)) : this.bdd.reset();
        if (gates.isEmpty()) return new FlowStructure(series, bdd, Bdd.FALSE, new int[0]);
        int[] nodeOfVar = orderVariables(gates);
        try {
            int[] byNode = nodeOrder(nodeOfVar);
            int[] down = residualDown(bdd, byNode);
            int g = Bdd.FALSE;
            for (int[] ps : gates) {
                int all = Bdd.TRUE;
                for (int p : ps) all = bdd.and(all, down[local[p]]);
                g = bdd.or(g, all);
            }
            return new FlowStructure(series, bdd, g, nodeOfVar);
        } finally {
            for (int v : nodeOfVar) varOfNode[v] = -1;
        }
    }

    private boolean inSeries(int v) {
        return seriesOf[v] == flowNumber;
    }

    /** Breadth-first from the members over series edges. */
    private int[] seriesSet(Flow flow) {
        int tail = 0;
        for (String m : flow.members()) {
            int v = hard.index.applyAsInt(m);
            if (!inSeries(v)) {
                seriesOf[v] = flowNumber;
                queue[tail++] = v;
            }
        }
        int[] start = hard.seriesStart;
        int[] to = hard.seriesTo;
        for (int head = 0; head < tail; head++) {
            int u = queue[head];
            for (int k = start[u]; k < start[u + 1]; k++) {
                int p = to[k];
                if (seriesOf[p] != flowNumber) {
                    seriesOf[p] = flowNumber;
                    queue[tail++] = p;
                }
            }
        }
        return Arrays.copyOf(queue, tail);
    }

    /** The gates of series nodes none of whose providers is in the series set, in series then dependency order. */
    private List<int[]> openGates(int[] series) {
        List<int[]> gates = new ArrayList<>();
        for (int u : series) {
            for (int[] ps : hard.gatesOf[u]) {
                boolean open = true;
                for (int p : ps) open &= !inSeries(p);
                if (open) gates.add(ps);
            }
        }
        return gates;
    }

    /** Depth-first numbering from the gates' providers, not entering the series set. */
    private int[] orderVariables(List<int[]> gates) {
        int next = 0;
        int[] order = queue; // free again: the series set was copied out
        int[] stack = local; // the same: numbered in nodeOrder, after this
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
                            if (varOfNode[p] == -1 && !inSeries(p)) {
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

    /** The variables' nodes ascending; {@link #local} maps each to its position. */
    private int[] nodeOrder(int[] nodeOfVar) {
        int[] byNode = nodeOfVar.clone();
        Arrays.sort(byNode);
        for (int i = 0; i < byNode.length; i++) local[byNode[i]] = i;
        return byNode;
    }

    /**
     * DOWN with the series set up, for every variable's node (by position in {@code byNode}); components callees
     * first. Every provider of a variable's node outside the series set is itself a variable (the numbering
     * followed them all), so the components pass needs no other node.
     */
    private int[] residualDown(Bdd bdd, int[] byNode) {
        int count = byNode.length;
        int[][] callees = new int[count][];
        int[] listedFor = new int[count];
        for (int i = 0; i < count; i++) callees[i] = callees(byNode[i], i + 1, listedFor);
        StrongComponents comps = StrongComponents.of(callees);
        int[][] members = comps.members();
        int[] down = new int[count];
        for (int c = 0; c < comps.count; c++) {
            int[] scc = members[c];
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i : scc) {
                    int v = byNode[i];
                    int value = bdd.variable(varOfNode[v]);
                    for (int[] providers : hard.providers[v]) {
                        int all = Bdd.TRUE;
                        for (int p : providers) all = bdd.and(all, inSeries(p) ? Bdd.FALSE : down[local[p]]);
                        value = bdd.or(value, all);
                    }
                    if (value != down[i]) {
                        down[i] = value;
                        changed = true;
                    }
                }
            }
        }
        return down;
    }

    /**
     * The distinct providers of v outside the series set, as positions in node order, first occurrence first;
     * {@code listedFor[i] == mark} when position i is already listed.
     */
    private int[] callees(int v, int mark, int[] listedFor) {
        int[] out = new int[8];
        int count = 0;
        for (int[] providers : hard.providers[v]) {
            for (int p : providers) {
                if (inSeries(p) || listedFor[local[p]] == mark) continue;
                listedFor[local[p]] = mark;
                if (count == out.length) out = Arrays.copyOf(out, count * 2);
                out[count++] = local[p];
            }
        }
        return Arrays.copyOf(out, count);
    }
}
