package dev.faultline.analysis.availability;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact P(flow DOWN) and every node's improvement potential, from the flow's {@link FlowStructure}. Zones are the only
 * correlation, so the evaluator conditions on the states of the zones the flow's nodes are placed in (2^k states for
 * k such zones; zones that are certainly up or down are constants). Given the zones, nodes are independent:
 * P(up) = Π_S(1 − q) · (1 − P(G)); one bottom-up pass over G's diagram gives P(G), one top-down pass gives ∂P(G)/∂q(X)
 * for every variable. P is multilinear in each q(X), so making X perfect (q = 0) raises P(up) by
 * q(X)·Π_{S∖X}(1 − q)·(1 − P(G)) for X in S and by Π_S(1 − q)·q(X)·∂P(G)/∂q(X) otherwise; summed over the zone states
 * with their probabilities that is IP(X). States whose total probability is below 1e-12 (many zones down at once)
 * are left out ({@link #maxDown}). Cost per flow: O(states · (|S| + diagram size)), states ≤ 2^k.
 */
final class ExactEvaluator {
    private final SelfDownModel model;
    /** q per node class and zone state, shared by all flows. */
    private final ZoneStateTable table;
    /** Per node class: the flow being looked at when it was last seen, for {@link #randomZones}. */
    private final int[] classSeen;
    private int flowsSeen;

    ExactEvaluator(SelfDownModel model) {
        this.model = model;
        this.table = new ZoneStateTable(model);
        this.classSeen = new int[model.representative.length];
        this.classListed = new int[model.representative.length];
        this.classesScratch = new int[model.representative.length];
    }

    /**
     * P(DOWN) and IP per node index; {@code series} and {@code variables}: the only indices whose IP may be non-zero
     * (the flow's series set and its diagram's nodes, disjoint), so that ranking the contributors need not scan every
     * node.
     */
    record Result(double down, double[] improvementByNode, int[] series, int[] variables) {
    }

    /**
     * The zones whose state matters to the flow (its nodes' zones that are not certainly up or down). Nodes of one
     * class have the same zones, so each class is looked at once.
     */
    int[] randomZones(FlowStructure s) {
        int flow = ++flowsSeen;
        boolean[] seen = new boolean[model.zoneCount];
        for (int v : s.series) mark(v, flow, seen);
        for (int v : s.nodeOfVar) mark(v, flow, seen);
        int count = 0;
        for (boolean b : seen) if (b) count++;
        int[] out = new int[count];
        int k = 0;
        for (int z = 0; z < seen.length; z++) if (seen[z]) out[k++] = z;
        return out;
    }

    private void mark(int v, int flow, boolean[] seen) {
        int c = model.classOf[v];
        if (classSeen[c] == flow) return;
        classSeen[c] = flow;
        for (int z : model.zonesOf[v]) {
            double a = model.zoneAvailability[z];
            if (a > 0 && a < 1) seen[z] = true;
        }
    }

    /** Probability mass of the zone states left out; far below the 1e-9 the contract allows "exact" to be off. */
    static final double NEGLECTED_MASS = 1e-12;

    /**
     * The most zones that must be down together in an enumerated state: states with more down zones than this have
     * a total probability of at most {@link #NEGLECTED_MASS} (P(DOWN) and every IP are then off by no more than
     * that). With the default zone availability of 0.9999 this is 2 or 3, so a flow under many zones needs
     * O(k^3) states instead of 2^k.
     */
    int maxDown(int[] zones) {
        int k = zones.length;
        double[] p = new double[k + 1];
        p[0] = 1;
        for (int i = 0; i < k; i++) {
            double down = 1 - model.zoneAvailability[zones[i]];
            for (int j = i + 1; j >= 1; j--) p[j] = p[j] * (1 - down) + p[j - 1] * down;
            p[0] *= 1 - down;
        }
        double tail = 0;
        for (int s = k; s >= 0; s--) {
            if (tail + p[s] > NEGLECTED_MASS) return s;
            tail += p[s];
        }
        return 0;
    }

    /** How many zone states have at most {@code maxDown} of {@code k} zones down (saturating). */
    static long stateCount(int k, int maxDown) {
        long total = 0;
        long choose = 1;
        for (int j = 0; j <= maxDown; j++) {
            total += choose;
            if (total > Long.MAX_VALUE / 4) return Long.MAX_VALUE / 4;
            choose = choose * (k - j) / (j + 1);
        }
        return total;
    }

    /** Zone states × nodes: the work {@link #evaluate} will do. */
    static long work(FlowStructure s, int[] diagram, long states) {
        long perState = 1 + s.series.length + diagram.length;
        return states > Long.MAX_VALUE / perState ? Long.MAX_VALUE : states * perState;
    }

    /**
     * Per node, the IP of the flow being evaluated: one array for all flows, zeroed at each (issue #18: one per flow
     * was 80 MB of garbage at 50,000 nodes and 200 flows, where zeroing costs microseconds).
     */
    private double[] improvementScratch;

    /** The result's {@code improvementByNode} is valid until the next call: read it before evaluating another flow. */
    Result evaluate(FlowStructure s, int[] diagram, int[] zones) {
        if (improvementScratch == null) improvementScratch = new double[model.nodeCount];
        double[] improvement = improvementScratch;
        java.util.Arrays.fill(improvement, 0);
        Pass pass = new Pass(s, diagram);
        int maxDown = maxDown(zones);
        // The states and their weights first, in the order they were always summed in; then evaluated four at a time.
        List<ZoneStateTable.State> states = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        // Every set of at most maxDown down zones, by size, as ascending index combinations.
        for (int size = 0; size <= maxDown; size++) {
            int[] pick = new int[size];
            for (int i = 0; i < size; i++) pick[i] = i;
            int[] downZones = new int[size];
            while (true) {
                double weight = 1;
                for (int z : zones) weight *= model.zoneAvailability[z];
                for (int i = 0; i < size; i++) {
                    downZones[i] = zones[pick[i]];
                    double a = model.zoneAvailability[zones[pick[i]]];
                    weight = weight / a * (1 - a);
                }
                if (weight > 0 && Double.isFinite(weight)) {
                    states.add(table.withDown(downZones));
                    weights.add(weight);
                }
                if (!next(pick, zones.length)) break;
            }
        }
        double down = 0;
        int i = 0;
        for (; i + Pass.BLOCK <= states.size(); i += Pass.BLOCK) {
            down = pass.runBlock(states.subList(i, i + Pass.BLOCK), weights.subList(i, i + Pass.BLOCK), improvement,
                    down);
        }
        for (; i < states.size(); i++) {
            double weight = weights.get(i);
            down += weight * pass.run(states.get(i), weight, improvement);
        }
        pass.addSeriesImprovements(improvement);
        return new Result(down, improvement, s.series, s.nodeOfVar);
    }

    /** The next combination of {@code pick.length} indices out of n in lexicographic order; false after the last. */
    private static boolean next(int[] pick, int n) {
        int i = pick.length - 1;
        while (i >= 0 && pick[i] == n - pick.length + i) i--;
        if (i < 0) return false;
        pick[i]++;
        for (int j = i + 1; j < pick.length; j++) pick[j] = pick[j - 1] + 1;
        return true;
    }

    /**
     * The passes' arrays sized by the series set or the diagram, kept from flow to flow and grown when a flow needs
     * more (issue #18: a new set per flow was 100 MB of garbage at 50,000 nodes, whose series sets hold ~10,000
     * nodes). Every pass reads them only below its own sizes, and writes each entry before reading it, except the
     * series gains (zeroed per flow) and the terminals' entries (set per flow); nothing reads their lengths.
     */
    private double[] qSeriesScratch = new double[0];
    private double[] suffixScratch = new double[0];
    private double[] gainScratch = new double[0];
    private double[] blockSuffixScratch = new double[0];
    private double[] probScratch = new double[0];
    private double[] reachScratch = new double[0];
    private double[] blockProbScratch = new double[0];
    private double[] blockReachScratch = new double[0];
    private int[] seriesClassScratch = new int[0];
    private int[] positionScratch = new int[0];
    private int[] nodeVarScratch = new int[0];
    private int[] nodeHighScratch = new int[0];
    private int[] nodeLowScratch = new int[0];
    private int[] varClassScratch = new int[0];
    private double[] qVarScratch = new double[0];
    private double[] derivativeScratch = new double[0];
    private double[][] blockDerivativeScratch = new double[Pass.BLOCK][0];
    private double[][] blockQScratch = new double[Pass.BLOCK][0];
    /** Per node class: the pass that last listed it in {@link Pass#distinct}. */
    private final int[] classListed;
    private int passes;
    private int[] classesScratch;

    private static double[] atLeast(double[] a, int n) {
        return a.length >= n ? a : new double[Math.max(n, a.length + (a.length >> 1))];
    }

    private static int[] atLeast(int[] a, int n) {
        return a.length >= n ? a : new int[Math.max(n, a.length + (a.length >> 1))];
    }

    /** Scratch arrays for one flow's passes. */
    private final class Pass {
        private final FlowStructure s;
        /** Series positions, variables and diagram positions (0 = FALSE, 1 = TRUE, then the diagram's nodes). */
        private final int m;
        private final int vars;
        private final int end;
        /** Per series position: the node's class (read in every state: kept in series order). */
        private final int[] seriesClass;
        private final double[] qSeries;
        private final double[] suffix;
        /**
         * Per series position: its node's improvement so far. Added in the same order as into the node's own entry,
         * so the sums are bit for bit the same; kept by position because the series set is walked in that order.
         */
        private final double[] seriesImprovement;
        private final int[] varClass;
        private final double[] qVar;
        /** Per diagram position: variable, high and low child positions (see {@link #gates}). */
        private final int[] nodeVar;
        private final int[] nodeHigh;
        private final int[] nodeLow;
        private final double[] prob;
        private final double[] reach;
        private final double[] derivative;
        /** For {@link #runBlock}: the distinct classes of the series set, suffix products by position then state. */
        private final int[] seriesClasses;
        private final double[] blockSuffix;
        private final double[][] blockDerivative;
        private final double[][] blockQ;
        /** For {@link #gatesBlock}: P and reach by diagram position then state. */
        private final double[] blockProb;
        private final double[] blockReach;

        Pass(FlowStructure s, int[] diagram) {
            this.s = s;
            m = s.series.length;
            vars = s.nodeOfVar.length;
            end = diagram.length + 2;
            seriesClass = seriesClassScratch = classes(s.series, seriesClassScratch);
            qSeries = qSeriesScratch = atLeast(qSeriesScratch, m);
            suffix = suffixScratch = atLeast(suffixScratch, m + 1);
            seriesImprovement = gainScratch = atLeast(gainScratch, m);
            java.util.Arrays.fill(seriesImprovement, 0, m, 0); // the only one summed into: the others are written first
            varClass = varClassScratch = classes(s.nodeOfVar, varClassScratch);
            qVar = qVarScratch = atLeast(qVarScratch, vars);
            nodeVar = nodeVarScratch = atLeast(nodeVarScratch, end);
            nodeHigh = nodeHighScratch = atLeast(nodeHighScratch, end);
            nodeLow = nodeLowScratch = atLeast(nodeLowScratch, end);
            // Only the diagram's nodes and TRUE are read (children come first: already numbered).
            int[] position = positionScratch = atLeast(positionScratch, s.bdd.size());
            position[Bdd.FALSE] = Bdd.FALSE;
            position[Bdd.TRUE] = Bdd.TRUE;
            for (int i = 0; i < diagram.length; i++) {
                int u = diagram[i];
                position[u] = i + 2;
                nodeVar[i + 2] = s.bdd.var(u);
                nodeHigh[i + 2] = position[s.bdd.high(u)];
                nodeLow[i + 2] = position[s.bdd.low(u)];
            }
            prob = probScratch = atLeast(probScratch, end);
            prob[Bdd.FALSE] = 0;
            prob[Bdd.TRUE] = 1;
            reach = reachScratch = atLeast(reachScratch, end);
            derivative = derivativeScratch = atLeast(derivativeScratch, vars);
            seriesClasses = distinct(seriesClass, m);
            blockSuffix = blockSuffixScratch = atLeast(blockSuffixScratch, (m + 1) * BLOCK);
            for (int k = 0; k < BLOCK; k++) {
                blockDerivativeScratch[k] = atLeast(blockDerivativeScratch[k], vars);
                blockQScratch[k] = atLeast(blockQScratch[k], vars);
            }
            blockDerivative = blockDerivativeScratch;
            blockQ = blockQScratch;
            blockProb = blockProbScratch = atLeast(blockProbScratch, end * BLOCK);
            for (int k = 0; k < BLOCK; k++) {
                blockProb[Bdd.FALSE * BLOCK + k] = 0;
                blockProb[Bdd.TRUE * BLOCK + k] = 1;
            }
            blockReach = blockReachScratch = atLeast(blockReachScratch, end * BLOCK);
        }

        /** The distinct values of the first {@code n}, first occurrence first (classes are few: a mark per class). */
        private int[] distinct(int[] classes, int n) {
            int flow = ++passes;
            int[] out = classesScratch;
            int count = 0;
            for (int i = 0; i < n; i++) {
                int c = classes[i];
                if (classListed[c] != flow) {
                    classListed[c] = flow;
                    out[count++] = c;
                }
            }
            return java.util.Arrays.copyOf(out, count);
        }

        private int[] classes(int[] nodes, int[] scratch) {
            int[] out = atLeast(scratch, nodes.length);
            for (int i = 0; i < nodes.length; i++) out[i] = model.classOf[nodes[i]];
            return out;
        }

        /**
         * P(DOWN) given the zones; adds weight × the improvement of each node. This is the inner loop of the whole
         * analysis (series set × zone states × flows: 90 million steps at 50,000 nodes), so it reads arrays in order
         * and the per-state table by class, which stays in cache.
         */
        double run(ZoneStateTable.State state, double weight, double[] improvement) {
            int[] cls = seriesClass;
            int m = this.m;
            double[] q = qSeries;
            double[] after = suffix;
            double[] stateQ = state.q();
            double product = 1;
            after[m] = 1;
            for (int i = m - 1; i >= 0; i--) {
                double qi = stateQ[cls[i]];
                if (qi != qi) qi = table.selfDown(state, cls[i]); // NaN: not computed yet
                q[i] = qi;
                product = product * (1 - qi);
                after[i] = product;
            }
            double upSeries = product;
            double gateDown = gates(state);
            double gateUp = 1 - gateDown;
            double prefix = 1;
            double[] gain = seriesImprovement;
            for (int i = 0; i < m; i++) {
                double qi = q[i];
                gain[i] += weight * qi * prefix * after[i + 1] * gateUp;
                prefix *= 1 - qi;
            }
            for (int x = 0; x < vars; x++) {
                improvement[s.nodeOfVar[x]] += weight * upSeries * qVar[x] * derivative[x];
            }
            return 1 - upSeries * gateUp;
        }

        /** States evaluated together by {@link #runBlock}. */
        static final int BLOCK = 4;

        /**
         * {@link #run} for {@value #BLOCK} states at once, term for term the same arithmetic in the same order: each
         * state's products are their own chains, each series position adds the states' gains in state order, and
         * {@code down} adds {@code weight × P(DOWN)} state after state. Why: the series products are chains of
         * dependent multiplications, one per state, and four independent chains in one walk over the series set
         * run in about the time of one; the class of each position and the loop are read once for four states.
         */
        double runBlock(List<ZoneStateTable.State> states, List<Double> weights, double[] improvement, double down) {
            double[][] varDerivative = blockDerivative;
            double[][] varQ = blockQ;
            for (ZoneStateTable.State state : states) {
                for (int c : seriesClasses) table.selfDown(state, c); // every class the series set reads, filled
            }
            double[] gateUp = gatesBlock(states);
            int[] cls = seriesClass;
            int m = this.m;
            double[] q0 = states.get(0).q();
            double[] q1 = states.get(1).q();
            double[] q2 = states.get(2).q();
            double[] q3 = states.get(3).q();
            double[] after = blockSuffix;
            double p0 = 1;
            double p1 = 1;
            double p2 = 1;
            double p3 = 1;
            int at = m * BLOCK;
            after[at] = 1;
            after[at + 1] = 1;
            after[at + 2] = 1;
            after[at + 3] = 1;
            for (int i = m - 1; i >= 0; i--) {
                int c = cls[i];
                p0 = p0 * (1 - q0[c]);
                p1 = p1 * (1 - q1[c]);
                p2 = p2 * (1 - q2[c]);
                p3 = p3 * (1 - q3[c]);
                at -= BLOCK;
                after[at] = p0;
                after[at + 1] = p1;
                after[at + 2] = p2;
                after[at + 3] = p3;
            }
            double w0 = weights.get(0);
            double w1 = weights.get(1);
            double w2 = weights.get(2);
            double w3 = weights.get(3);
            double u0 = gateUp[0];
            double u1 = gateUp[1];
            double u2 = gateUp[2];
            double u3 = gateUp[3];
            double f0 = 1;
            double f1 = 1;
            double f2 = 1;
            double f3 = 1;
            double[] gain = seriesImprovement;
            for (int i = 0; i < m; i++) {
                int c = cls[i];
                int next = (i + 1) * BLOCK;
                double a0 = q0[c];
                double a1 = q1[c];
                double a2 = q2[c];
                double a3 = q3[c];
                double g = gain[i];
                g += w0 * a0 * f0 * after[next] * u0;
                g += w1 * a1 * f1 * after[next + 1] * u1;
                g += w2 * a2 * f2 * after[next + 2] * u2;
                g += w3 * a3 * f3 * after[next + 3] * u3;
                gain[i] = g;
                f0 *= 1 - a0;
                f1 *= 1 - a1;
                f2 *= 1 - a2;
                f3 *= 1 - a3;
            }
            double[] upSeries = {p0, p1, p2, p3};
            for (int k = 0; k < BLOCK; k++) {
                double weight = weights.get(k);
                double[] qv = varQ[k];
                double[] dv = varDerivative[k];
                for (int x = 0; x < vars; x++) {
                    improvement[s.nodeOfVar[x]] += weight * upSeries[k] * qv[x] * dv[x];
                }
                down += weight * (1 - upSeries[k] * gateUp[k]);
            }
            return down;
        }

        /**
         * {@link #gates} for the block's states: 1 − P(G) per state, each state's q of the variables into
         * {@link #blockQ} and its derivatives into {@link #blockDerivative}. The same sums in the same order per
         * state; one walk over the diagram serves four states. (A node whose reach is 0 adds only zeros, which
         * {@link #gates} skips: adding them changes no bit, as every figure here is finite and non-negative.)
         */
        private double[] gatesBlock(List<ZoneStateTable.State> states) {
            double[] gateUp = new double[BLOCK];
            int root = s.gates;
            if (root <= Bdd.TRUE) {
                for (int k = 0; k < BLOCK; k++) {
                    gateUp[k] = 1 - root;
                    // No variable is read: q and derivative 0, as in gates (the arrays hold an earlier flow's).
                    java.util.Arrays.fill(blockQ[k], 0, vars, 0);
                    java.util.Arrays.fill(blockDerivative[k], 0, vars, 0);
                }
                return gateUp;
            }
            double[] q0 = blockQ[0];
            double[] q1 = blockQ[1];
            double[] q2 = blockQ[2];
            double[] q3 = blockQ[3];
            for (int x = 0; x < vars; x++) {
                q0[x] = table.selfDown(states.get(0), varClass[x]);
                q1[x] = table.selfDown(states.get(1), varClass[x]);
                q2[x] = table.selfDown(states.get(2), varClass[x]);
                q3[x] = table.selfDown(states.get(3), varClass[x]);
            }
            double[] d0 = blockDerivative[0];
            double[] d1 = blockDerivative[1];
            double[] d2 = blockDerivative[2];
            double[] d3 = blockDerivative[3];
            java.util.Arrays.fill(d0, 0, vars, 0);
            java.util.Arrays.fill(d1, 0, vars, 0);
            java.util.Arrays.fill(d2, 0, vars, 0);
            java.util.Arrays.fill(d3, 0, vars, 0);
            int[] var = nodeVar;
            int[] high = nodeHigh;
            int[] low = nodeLow;
            int end = this.end;
            double[] p = blockProb;
            double[] r = blockReach;
            for (int u = 2; u < end; u++) {
                int x = var[u];
                int h = high[u] * BLOCK;
                int l = low[u] * BLOCK;
                int at = u * BLOCK;
                double a0 = q0[x];
                double a1 = q1[x];
                double a2 = q2[x];
                double a3 = q3[x];
                p[at] = a0 * p[h] + (1 - a0) * p[l];
                p[at + 1] = a1 * p[h + 1] + (1 - a1) * p[l + 1];
                p[at + 2] = a2 * p[h + 2] + (1 - a2) * p[l + 2];
                p[at + 3] = a3 * p[h + 3] + (1 - a3) * p[l + 3];
                r[at] = 0;
                r[at + 1] = 0;
                r[at + 2] = 0;
                r[at + 3] = 0;
            }
            int last = (end - 1) * BLOCK;
            r[last] = 1;
            r[last + 1] = 1;
            r[last + 2] = 1;
            r[last + 3] = 1;
            for (int u = end - 1; u >= 2; u--) {
                int at = u * BLOCK;
                int x = var[u];
                int hn = high[u];
                int ln = low[u];
                int h = hn * BLOCK;
                int l = ln * BLOCK;
                double r0 = r[at];
                double r1 = r[at + 1];
                double r2 = r[at + 2];
                double r3 = r[at + 3];
                double a0 = q0[x];
                double a1 = q1[x];
                double a2 = q2[x];
                double a3 = q3[x];
                if (hn > Bdd.TRUE) {
                    r[h] += r0 * a0;
                    r[h + 1] += r1 * a1;
                    r[h + 2] += r2 * a2;
                    r[h + 3] += r3 * a3;
                }
                if (ln > Bdd.TRUE) {
                    r[l] += r0 * (1 - a0);
                    r[l + 1] += r1 * (1 - a1);
                    r[l + 2] += r2 * (1 - a2);
                    r[l + 3] += r3 * (1 - a3);
                }
                d0[x] += r0 * (p[h] - p[l]);
                d1[x] += r1 * (p[h + 1] - p[l + 1]);
                d2[x] += r2 * (p[h + 2] - p[l + 2]);
                d3[x] += r3 * (p[h + 3] - p[l + 3]);
            }
            for (int k = 0; k < BLOCK; k++) gateUp[k] = 1 - p[last + k];
            return gateUp;
        }

        /** Each series node's summed improvement into its entry (a series node is no variable: they are disjoint). */
        void addSeriesImprovements(double[] improvement) {
            for (int i = 0; i < s.series.length; i++) improvement[s.series[i]] += seriesImprovement[i];
        }

        /**
         * P(G) and ∂P(G)/∂q(X) into {@link #derivative}. The diagram is read from {@link #nodeVar}, {@link #nodeHigh}
         * and {@link #nodeLow}, renumbered by position (0 = FALSE, 1 = TRUE, then the diagram's nodes ascending), so
         * both passes walk small arrays in order; the arithmetic is the same, term for term.
         */
        private double gates(ZoneStateTable.State state) {
            int root = s.gates;
            java.util.Arrays.fill(derivative, 0, vars, 0);
            if (root <= Bdd.TRUE) {
                java.util.Arrays.fill(qVar, 0, vars, 0); // no variable is read; the array holds an earlier flow's
                return root;
            }
            for (int x = 0; x < vars; x++) qVar[x] = table.selfDown(state, varClass[x]);
            int[] var = nodeVar;
            int[] high = nodeHigh;
            int[] low = nodeLow;
            int end = this.end;
            for (int u = 2; u < end; u++) {
                double q = qVar[var[u]];
                prob[u] = q * prob[high[u]] + (1 - q) * prob[low[u]];
                reach[u] = 0;
            }
            reach[end - 1] = 1; // the root: created after every node below it
            for (int u = end - 1; u >= 2; u--) {
                double r = reach[u];
                if (r == 0) continue;
                int x = var[u];
                double q = qVar[x];
                int h = high[u];
                int l = low[u];
                if (h > Bdd.TRUE) reach[h] += r * q;
                if (l > Bdd.TRUE) reach[l] += r * (1 - q);
                derivative[x] += r * (prob[h] - prob[l]);
            }
            return prob[end - 1];
        }
    }
}
