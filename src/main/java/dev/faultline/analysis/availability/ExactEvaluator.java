package dev.faultline.analysis.availability;

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

    ExactEvaluator(SelfDownModel model) {
        this.model = model;
    }

    /** P(DOWN) and IP per node index. */
    record Result(double down, double[] improvementByNode) {
    }

    /** The zones whose state matters to the flow (its nodes' zones that are not certainly up or down). */
    int[] randomZones(FlowStructure s) {
        boolean[] seen = new boolean[model.zoneCount];
        for (int v : s.series) mark(v, seen);
        for (int v : s.nodeOfVar) mark(v, seen);
        int count = 0;
        for (boolean b : seen) if (b) count++;
        int[] out = new int[count];
        int k = 0;
        for (int z = 0; z < seen.length; z++) if (seen[z]) out[k++] = z;
        return out;
    }

    private void mark(int v, boolean[] seen) {
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

    Result evaluate(FlowStructure s, int[] diagram, int[] zones) {
        double[] improvement = new double[model.nodeCount];
        Pass pass = new Pass(s, diagram);
        boolean[] zoneUp = new boolean[model.zoneCount];
        for (int z = 0; z < model.zoneCount; z++) zoneUp[z] = model.zoneAvailability[z] >= 1;
        for (int z : zones) zoneUp[z] = true;
        int maxDown = maxDown(zones);
        double[] down = {0};
        // Every set of at most maxDown down zones, by size, as ascending index combinations.
        for (int size = 0; size <= maxDown; size++) {
            int[] pick = new int[size];
            for (int i = 0; i < size; i++) pick[i] = i;
            while (true) {
                double weight = 1;
                for (int z : zones) weight *= model.zoneAvailability[z];
                for (int i : pick) {
                    zoneUp[zones[i]] = false;
                    double a = model.zoneAvailability[zones[i]];
                    weight = weight / a * (1 - a);
                }
                if (weight > 0 && Double.isFinite(weight)) down[0] += weight * pass.run(zoneUp, weight, improvement);
                for (int i : pick) zoneUp[zones[i]] = true;
                if (!next(pick, zones.length)) break;
            }
        }
        return new Result(down[0], improvement);
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

    /** Scratch arrays for one flow's passes. */
    private final class Pass {
        private final FlowStructure s;
        private final int[] diagram;
        private final double[] qSeries;
        private final double[] suffix;
        private final double[] qVar;
        private final double[] prob;
        private final double[] reach;
        private final double[] derivative;

        Pass(FlowStructure s, int[] diagram) {
            this.s = s;
            this.diagram = diagram;
            qSeries = new double[s.series.length];
            suffix = new double[s.series.length + 1];
            qVar = new double[s.nodeOfVar.length];
            prob = new double[s.bdd.size()];
            reach = new double[s.bdd.size()];
            derivative = new double[s.nodeOfVar.length];
        }

        /** P(DOWN) given the zones; adds weight × the improvement of each node. */
        double run(boolean[] zoneUp, double weight, double[] improvement) {
            int m = s.series.length;
            for (int i = 0; i < m; i++) qSeries[i] = model.selfDown(s.series[i], zoneUp);
            suffix[m] = 1;
            for (int i = m - 1; i >= 0; i--) suffix[i] = suffix[i + 1] * (1 - qSeries[i]);
            double upSeries = suffix[0];
            double gateDown = gates(zoneUp);
            double gateUp = 1 - gateDown;
            double prefix = 1;
            for (int i = 0; i < m; i++) {
                improvement[s.series[i]] += weight * qSeries[i] * prefix * suffix[i + 1] * gateUp;
                prefix *= 1 - qSeries[i];
            }
            for (int x = 0; x < qVar.length; x++) {
                improvement[s.nodeOfVar[x]] += weight * upSeries * qVar[x] * derivative[x];
            }
            return 1 - upSeries * gateUp;
        }

        /** P(G) and ∂P(G)/∂q(X) into {@link #derivative}. */
        private double gates(boolean[] zoneUp) {
            int root = s.gates;
            java.util.Arrays.fill(derivative, 0);
            if (root <= Bdd.TRUE) return root;
            Bdd bdd = s.bdd;
            for (int x = 0; x < qVar.length; x++) qVar[x] = model.selfDown(s.nodeOfVar[x], zoneUp);
            for (int u : diagram) {
                double q = qVar[bdd.var(u)];
                prob[u] = q * value(bdd.high(u)) + (1 - q) * value(bdd.low(u));
                reach[u] = 0;
            }
            reach[root] = 1;
            for (int i = diagram.length - 1; i >= 0; i--) {
                int u = diagram[i];
                double r = reach[u];
                if (r == 0) continue;
                int x = bdd.var(u);
                double q = qVar[x];
                int h = bdd.high(u);
                int l = bdd.low(u);
                if (h > Bdd.TRUE) reach[h] += r * q;
                if (l > Bdd.TRUE) reach[l] += r * (1 - q);
                derivative[x] += r * (value(h) - value(l));
            }
            return prob[root];
        }

        private double value(int u) {
            return u == Bdd.FALSE ? 0 : u == Bdd.TRUE ? 1 : prob[u];
        }
    }
}
