package dev.faultline.analysis.latency;

/**
 * The worst case under a single hang (risk-model.md section 3) for flows whose only latency member is the entry,
 * found without hanging each node in turn.
 *
 * <p>Why it is exact: where every node below the entry waits for its sync calls in parallel (or has at most one),
 * L_y(v) = own(v) + max over v's dependencies j of cost_j(y), and each cost is a non-decreasing function of L_y of
 * its callee (floating-point rounding is monotone too). So the largest L_y(v) over the hung nodes y below v is
 * W(v) = own(v) + max_j max(hang_j, cost_j(W(callee_j))): one pass over the graph, callees first, and the same
 * double the hang-by-hang walk computes for its worst node. The first node by id whose hang reaches W is then
 * found by a search that only descends into dependencies that can still reach the threshold, turning each threshold
 * into the callee's by an exact binary search over doubles (so values that round together still tie, as before).
 * Sequential nodes with two or more sync calls (a sum over branches does not split like a max) are marked, and flows
 * above them use {@link LatencyAnalysis}'s hang-by-hang walk. O(N + E) plus a small search per flow.
 */
final class SharedWorstCase {
    private static final int NONE = Integer.MAX_VALUE;

    private final SyncGraph g;
    private final double[] base;
    /** Largest L(v) over single hangs of the nodes v reaches (L(v) itself when it reaches none). */
    private final double[] worst;
    /** True when v and everything below it aggregate by max, so {@link #worst} is exact. */
    private final boolean[] splits;
    /** Position of each node in id order; the smallest rank of the nodes below v ({@link #NONE} for none). */
    private final int[] rank;
    private final int[] byRank;
    private final int[] firstBelow;
    /** Per query: the lowest threshold each node was searched with (a higher one finds a subset). */
    private final double[] searched;
    private final int[] touched;
    private int[] stackNode = new int[64];
    private double[] stackTheta = new double[64];

    SharedWorstCase(SyncGraph g, double[] base, int[] byRank) {
        this.g = g;
        this.base = base;
        this.byRank = byRank;
        int n = g.n;
        rank = new int[n];
        for (int r = 0; r < n; r++) rank[byRank[r]] = r;
        worst = new double[n];
        splits = new boolean[n];
        firstBelow = new int[n];
        for (int v : g.calleesFirst) {
            if (g.noFigure[v]) continue;
            boolean ok = !g.sequential[v] || g.to[v].length <= 1;
            int first = NONE;
            double agg = 0;
            for (int j = 0; j < g.to[v].length; j++) {
                int w = g.to[v][j];
                ok &= splits[w];
                first = Math.min(first, Math.min(rank[w], firstBelow[w]));
                agg = Math.max(agg, Math.max(hang(v, j), cost(v, j, worst[w])));
            }
            splits[v] = ok;
            firstBelow[v] = first;
            worst[v] = g.own[v] + agg;
        }
        searched = new double[n];
        java.util.Arrays.fill(searched, Double.NaN);
        touched = new int[n];
    }

    /** True when {@link #of} answers for a flow with this entry (and no other latency member). */
    boolean handles(int entry) {
        return splits[entry];
    }

    /** Largest flow latency over single hangs below the entry; +infinity when some hang is unbounded. */
    double worstMs(int entry) {
        return worst[entry];
    }

    /** The first node by id whose hang gives the entry its {@link #worstMs}, or -1 when it reaches nothing. */
    int worstNode(int entry) {
        if (g.to[entry].length == 0) return -1;
        int found = firstReaching(entry, worst[entry]);
        if (found == NONE) throw new IllegalStateException("no hang reaches the worst case of " + g.idOf(entry));
        return byRank[found];
    }

    /** calls × (retries + 1) × timeout, or infinity without a timeout: what dependency j costs while its callee hangs. */
    private double hang(int v, int j) {
        double t = g.timeout[v][j];
        return Double.isNaN(t) ? Double.POSITIVE_INFINITY : g.calls[v][j] * (g.retries[v][j] + 1) * t;
    }

    /** calls × min(L, timeout) for a callee latency L, as {@link SyncGraph#latency} computes it. */
    private double cost(int v, int j, double calleeMs) {
        double t = g.timeout[v][j];
        return g.calls[v][j] * (Double.isNaN(t) ? calleeMs : Math.min(calleeMs, t));
    }

    /**
     * The smallest rank of a node y below {@code top} with L_y(top) ≥ theta. A depth-first search over (node,
     * threshold) pairs: at v, a dependency whose normal cost already reaches theta makes every node below v qualify;
     * a hang that reaches it qualifies its callee; and a callee whose worst case can reach it is searched with the
     * smallest callee latency that still does. Subtrees that cannot beat the best rank found are skipped.
     */
    private int firstReaching(int top, double theta) {
        int best = NONE;
        int touchedCount = 0;
        int sp = 0;
        stackNode[sp] = top;
        stackTheta[sp++] = theta;
        while (sp > 0) {
            int v = stackNode[--sp];
            double th = stackTheta[sp];
            if (firstBelow[v] >= best) continue;
            if (!Double.isNaN(searched[v]) && searched[v] <= th) continue;
            if (Double.isNaN(searched[v])) touched[touchedCount++] = v;
            searched[v] = th;
            if (g.own[v] + 0.0 >= th || reachedWithoutHang(v, th)) {
                best = firstBelow[v];
                continue;
            }
            for (int j = 0; j < g.to[v].length; j++) {
                int w = g.to[v][j];
                if (rank[w] < best && g.own[v] + hang(v, j) >= th) best = rank[w];
                if (firstBelow[w] < best && g.own[v] + cost(v, j, worst[w]) >= th) {
                    if (sp == stackNode.length) {
                        stackNode = java.util.Arrays.copyOf(stackNode, sp * 2);
                        stackTheta = java.util.Arrays.copyOf(stackTheta, sp * 2);
                    }
                    stackNode[sp] = w;
                    stackTheta[sp++] = calleeThreshold(v, j, th, worst[w]);
                }
            }
        }
        for (int k = 0; k < touchedCount; k++) searched[touched[k]] = Double.NaN;
        return best;
    }

    private boolean reachedWithoutHang(int v, double th) {
        for (int j = 0; j < g.to[v].length; j++) {
            if (g.own[v] + cost(v, j, base[g.to[v][j]]) >= th) return true;
        }
        return false;
    }

    /**
     * The smallest callee latency x in [0, hi] with own(v) + cost_j(x) ≥ theta, by binary search over the bit
     * patterns of non-negative doubles (they sort like the values). {@code hi} is known to qualify.
     */
    private double calleeThreshold(int v, int j, double theta, double hi) {
        long lo = 0;
        long up = Double.doubleToRawLongBits(hi);
        if (g.own[v] + cost(v, j, 0.0) >= theta) return 0.0;
        while (up - lo > 1) {
            long mid = lo + (up - lo) / 2;
            if (g.own[v] + cost(v, j, Double.longBitsToDouble(mid)) >= theta) up = mid;
            else lo = mid;
        }
        return Double.longBitsToDouble(up);
    }
}
