package dev.faultline.analysis.availability;

/**
 * Exact P(flow DOWN) and every node's improvement potential, from the flow's {@link FlowStructure}. Zones are the only
 * correlation, so the evaluator conditions on the states of the zones the flow's nodes are placed in (2^k states for
 * k such zones; zones that are certainly up or down are constants). Given the zones, nodes are independent:
 * P(up) = Π_S(1 − q) · (1 − P(G)); one bottom-up pass over G's diagram gives P(G), one top-down pass gives ∂P(G)/∂q(X)
 * for every variable. P is multilinear in each q(X), so making X perfect (q = 0) raises P(up) by
 * q(X)·Π_{S∖X}(1 − q)·(1 − P(G)) for X in S and by Π_S(1 − q)·q(X)·∂P(G)/∂q(X) otherwise; summed over the zone states
 * with their probabilities that is IP(X). Cost per flow: O(2^k · (|S| + diagram size)).
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

    /** Zone states × nodes: the work {@link #evaluate} will do. */
    static long work(FlowStructure s, int[] diagram, int zones) {
        return zones > 40 ? Long.MAX_VALUE : (1L << zones) * (1 + s.series.length + diagram.length);
    }

    Result evaluate(FlowStructure s, int[] diagram, int[] zones) {
        double[] improvement = new double[model.nodeCount];
        Pass pass = new Pass(s, diagram);
        boolean[] zoneUp = new boolean[model.zoneCount];
        for (int z = 0; z < model.zoneCount; z++) zoneUp[z] = model.zoneAvailability[z] >= 1;
        double down = 0;
        for (long state = 0; state < (1L << zones.length); state++) {
            double weight = 1;
            for (int k = 0; k < zones.length; k++) {
                boolean up = (state & (1L << k)) == 0;
                zoneUp[zones[k]] = up;
                weight *= up ? model.zoneAvailability[zones[k]] : 1 - model.zoneAvailability[zones[k]];
            }
            if (weight == 0) continue;
            down += weight * pass.run(zoneUp, weight, improvement);
        }
        return new Result(down, improvement);
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
