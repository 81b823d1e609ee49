package dev.faultline.analysis.latency;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.NodeIdOrder;
import dev.faultline.model.Flow;
import dev.faultline.model.Topology;

/**
 * Latency amplification per flow and per node, exactly as risk-model.md section 3 defines it (see
 * docs/topology-format.md, "Latency", for the reading of each clause).
 *
 * <p>Complexity: L, the p99 bound and the fan-out are one pass over the sync dependencies, O(N + E). The worst case
 * under a single hang is one more such pass for flows whose entry is their only latency member and whose callers
 * below wait in parallel ({@link SharedWorstCase}, the common case: 0.4 s instead of 11 s at 50,000 nodes). Other
 * flows hang each candidate node in turn, re-computing only the callers whose L changes (in callee-first order,
 * stopping where a timeout absorbs the change): O(sum over hung nodes of their changed ancestors × log N) plus
 * O(flows × N) for the candidate sets.
 */
public final class LatencyAnalysis {
    private static Topology lastTopology;
    private static LatencyReport lastReport;

    private final SyncGraph g;
    private final double[] base;
    private final double[] baseP99;
    private final double[] fanOut;
    private final boolean shared;

    private LatencyAnalysis(Topology topology, boolean shared) {
        this.shared = shared;
        g = SyncGraph.of(topology);
        base = new double[g.n];
        baseP99 = new double[g.n];
        fanOut = new double[g.n];
        double[] none = new double[g.n];
        for (int v : g.calleesFirst) {
            if (g.noFigure[v]) continue;
            base[v] = g.latency(v, g.own, base, -1);
            baseP99[v] = g.latency(v, g.ownP99, baseP99, -1);
            double fan = 0;
            for (int j = 0; j < g.to[v].length; j++) fan += g.calls[v][j] * (1 + fanOut[g.to[v][j]]);
            fanOut[v] = fan;
        }
    }

    /**
     * The report of a topology. The last result is kept (by identity of the topology), so the rules and the report
     * of one analysis share one computation.
     */
    public static synchronized LatencyReport of(Topology topology) {
        if (topology != lastTopology) {
            lastReport = compute(topology);
            lastTopology = topology;
        }
        return lastReport;
    }

    /** Computes the report afresh (no caching). */
    public static LatencyReport compute(Topology topology) {
        return compute(topology, true);
    }

    /** {@code shared} false: every worst case by hanging each node in turn (the tests' second opinion). */
    static LatencyReport compute(Topology topology, boolean shared) {
        return new LatencyAnalysis(topology, shared).report();
    }

    private LatencyReport report() {
        List<Flow> flows = g.topology.flows();
        int[][] members = new int[flows.size()][];
        for (int f = 0; f < flows.size(); f++) members[f] = addedMembers(flows.get(f));
        WorstCase[] worst = worstCases(members);
        List<FlowLatency> out = new ArrayList<>();
        for (int f = 0; f < flows.size(); f++) out.add(flowLatency(flows.get(f).id(), members[f], worst[f]));
        // Sized for every node up front (issue #18: growing two maps to 50,000 entries rehashed them ~14 times each).
        int capacity = (int) Math.min(1 << 30, g.n * 4L / 3 + 1);
        Map<String, Double> nodeMs = new LinkedHashMap<>(capacity);
        Map<String, Double> nodeP99 = new LinkedHashMap<>(capacity);
        for (int v = 0; v < g.n; v++) {
            nodeMs.put(g.idOf(v), g.noFigure[v] ? null : base[v]);
            nodeP99.put(g.idOf(v), g.noFigure[v] ? null : baseP99[v]);
        }
        return new LatencyReport(out, nodeMs, nodeP99);
    }

    /**
     * The worst case of every flow with a figure: from {@link SharedWorstCase} when the entry is its only latency
     * member and everything below it splits by max (one pass for all flows), else by hanging each candidate node in
     * turn. {@code shared} false forces the hang-by-hang walk (the tests compare the two).
     */
    private WorstCase[] worstCases(int[][] members) {
        WorstCase[] worst = new WorstCase[members.length];
        int[] byRank = null;
        SharedWorstCase fast = null;
        List<Integer> walked = new ArrayList<>();
        for (int f = 0; f < members.length; f++) {
            worst[f] = new WorstCase();
            if (!hasFigure(members[f])) continue;
            int entry = members[f][0];
            if (shared && members[f].length == 1) {
                if (fast == null) {
                    byRank = idOrder();
                    fast = new SharedWorstCase(g, base, byRank);
                }
                if (fast.handles(entry)) {
                    worst[f].node = fast.worstNode(entry);
                    worst[f].ms = fast.worstMs(entry);
                    if (worst[f].ms == Double.POSITIVE_INFINITY) worst[f].firstUnbounded = worst[f].node;
                    continue;
                }
            }
            walked.add(f);
        }
        if (!walked.isEmpty()) hangEachNode(members, walked, worst);
        return worst;
    }

    /**
     * Node indices sorted by id: hangs are tried in this order, so the first node by id wins ties. The one order of
     * the topology's nodes by id that capacity shares (issue #18: each sorted the 50,000 nodes by id).
     */
    private int[] idOrder() {
        return NodeIdOrder.of(g.topology).byId();
    }

    /** The entry, then each distinct via node that the entry does not reach over sync dependencies. */
    private int[] addedMembers(Flow flow) {
        int entry = g.indexOf(flow.entry());
        if (flow.via().isEmpty()) return new int[] {entry}; // no walk: one per flow was seconds at 50,000 nodes
        BitSet reached = new BitSet(g.n);
        g.reachStrictly(entry, reached);
        LinkedHashSet<Integer> out = new LinkedHashSet<>();
        out.add(entry);
        for (String via : flow.via()) {
            int v = g.indexOf(via);
            if (!reached.get(v)) out.add(v);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Nodes the members reach over one or more sync dependencies, never the entry. */
    private BitSet hangCandidates(int[] members) {
        BitSet out = new BitSet(g.n);
        for (int m : members) g.reachStrictly(m, out);
        out.clear(members[0]);
        return out;
    }

    private boolean hasFigure(int[] members) {
        for (int m : members) if (g.noFigure[m]) return false;
        return true;
    }

    private static double sum(int[] members, double[] values) {
        double total = 0;
        for (int m : members) total += values[m];
        return total;
    }

    private FlowLatency flowLatency(String flowId, int[] members, WorstCase worst) {
        if (!hasFigure(members)) return new FlowLatency(flowId, null, null, null, null, false, null, List.of());
        double expected = sum(members, base);
        double fan = fanOut[members[0]];
        for (int i = 1; i < members.length; i++) fan += 1 + fanOut[members[i]];
        double slow = 1 - Math.pow(0.99, fan);
        Double worstMs;
        String worstNode = null;
        boolean unbounded = false;
        if (worst.node < 0) {
            worstMs = expected;
        } else if (worst.firstUnbounded >= 0) {
            worstMs = null;
            unbounded = true;
            worstNode = g.idOf(worst.firstUnbounded);
        } else {
            worstMs = worst.ms;
            worstNode = g.idOf(worst.node);
        }
        return new FlowLatency(flowId, expected, sum(members, baseP99), slow, worstMs, unbounded, worstNode,
                criticalPath(members));
    }

    /** From the slowest member, follow the most expensive sync dependency (the first on ties) down to a leaf. */
    private List<String> criticalPath(int[] members) {
        int v = members[0];
        for (int m : members) if (base[m] > base[v]) v = m;
        List<String> path = new ArrayList<>();
        path.add(g.idOf(v));
        while (g.to[v].length > 0) {
            int best = 0;
            for (int j = 1; j < g.to[v].length; j++) if (g.cost(v, j, base) > g.cost(v, best, base)) best = j;
            v = g.to[v][best];
            path.add(g.idOf(v));
        }
        return path;
    }

    /** Per flow: the largest flow latency over single hangs, its node, and the first node whose hang is unbounded. */
    private static final class WorstCase {
        int node = -1;
        double ms = Double.NEGATIVE_INFINITY;
        int firstUnbounded = -1;
    }

    /**
     * Hangs every candidate node of the given flows once, in id order, re-computing only the callers whose L
     * changes, and scores each flow the hang is a candidate of. Id order makes the first node win ties.
     */
    private void hangEachNode(int[][] members, List<Integer> scored, WorstCase[] worst) {
        BitSet[] candidates = new BitSet[members.length];
        BitSet all = new BitSet(g.n);
        BitSet relevant = new BitSet(g.n);
        for (int f : scored) {
            candidates[f] = hangCandidates(members[f]);
            all.or(candidates[f]);
            relevant.or(candidates[f]);
            for (int m : members[f]) relevant.set(m);
        }
        List<Integer> hung = new ArrayList<>();
        all.stream().forEach(hung::add);
        hung.sort(Comparator.comparing(g::idOf));
        double[] current = base.clone();
        Propagation p = new Propagation(relevant);
        for (int y : hung) {
            p.hang(y, current);
            for (int f : scored) {
                if (!candidates[f].get(y)) continue;
                double ms = sum(members[f], current);
                WorstCase w = worst[f];
                if (ms == Double.POSITIVE_INFINITY && w.firstUnbounded < 0) w.firstUnbounded = y;
                if (w.node < 0 || ms > w.ms) {
                    w.node = y;
                    w.ms = ms;
                }
            }
            p.restore(current);
        }
    }

    /**
     * Re-computes L for the callers of a hanging node, callees first (a binary heap of node indices keyed by
     * component, which the sync graph orders callee-first), stopping where a value does not change. Only nodes that
     * some scored flow reaches (its members and their callees) are worth re-computing.
     */
    private final class Propagation {
        private final BitSet relevant;
        private final boolean[] queued = new boolean[g.n];
        private final int[] heap = new int[g.n];
        private int size;
        private int[] touched = new int[16];
        private int touchedCount;

        Propagation(BitSet relevant) {
            this.relevant = relevant;
        }

        void hang(int y, double[] current) {
            enqueueCallers(y);
            while (size > 0) {
                int v = poll();
                queued[v] = false;
                double updated = g.latency(v, g.own, current, y);
                if (Double.compare(updated, current[v]) != 0) {
                    current[v] = updated;
                    if (touchedCount == touched.length) touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
                    touched[touchedCount++] = v;
                    enqueueCallers(v);
                }
            }
        }

        void restore(double[] current) {
            for (int i = 0; i < touchedCount; i++) current[touched[i]] = base[touched[i]];
            touchedCount = 0;
        }

        private void enqueueCallers(int v) {
            for (int c : g.callers[v]) {
                if (!g.noFigure[c] && !queued[c] && relevant.get(c)) {
                    queued[c] = true;
                    push(c);
                }
            }
        }

        private void push(int v) {
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (g.component[heap[parent]] <= g.component[v]) break;
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = v;
        }

        private int poll() {
            int top = heap[0];
            int last = heap[--size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) break;
                if (child + 1 < size && g.component[heap[child + 1]] < g.component[heap[child]]) child++;
                if (g.component[last] <= g.component[heap[child]]) break;
                heap[i] = heap[child];
                i = child;
            }
            if (size > 0) heap[i] = last;
            return top;
        }
    }
}
