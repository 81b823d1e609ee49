package dev.faultline.analysis.availability;

import java.util.Arrays;

/**
 * Exact P(flow DOWN) and each node's improvement potential, from the flow's decision diagram. Zones are the only
 * correlation, so the evaluator conditions on the states of the zones that the flow's nodes are placed in (2^k
 * states for k such zones; zones that are certainly up or down are constants); given those, the self-down variables
 * are independent, and one bottom-up pass over the diagram gives P(DOWN) while one top-down pass gives, for every
 * variable X, ∂P/∂q(X). P is multilinear in q(X), so making X perfect (q = 0) lowers P by q(X)·∂P/∂q(X), summed over
 * the zone states with their probabilities: IP(X). Cost: O(2^k · diagram size) per flow.
 */
final class ExactEvaluator {
    private final DownFunctions functions;
    private final SelfDownModel model;
    private final double[] prob;
    private final double[] reach;

    ExactEvaluator(DownFunctions functions, SelfDownModel model) {
        this.functions = functions;
        this.model = model;
        prob = new double[functions.bdd.size()];
        reach = new double[functions.bdd.size()];
    }

    /** The result for one flow: P(DOWN) and IP per variable. */
    record Result(double down, double[] improvementByVar) {
    }

    /** The zones whose state matters to the flow (placed nodes in its diagram; not certainly up or down). */
    int[] randomZones(int[] diagram) {
        boolean[] seen = new boolean[model.zoneCount];
        Bdd bdd = functions.bdd;
        for (int u : diagram) {
            for (int z : model.zonesOf[functions.nodeOfVar[bdd.var(u)]]) {
                double a = model.zoneAvailability[z];
                if (a > 0 && a < 1) seen[z] = true;
            }
        }
        int count = 0;
        for (boolean s : seen) if (s) count++;
        int[] out = new int[count];
        int k = 0;
        for (int z = 0; z < seen.length; z++) if (seen[z]) out[k++] = z;
        return out;
    }

    Result evaluate(int flow, int[] diagram, int[] zones) {
        Bdd bdd = functions.bdd;
        int root = functions.flowDown[flow];
        double[] improvement = new double[functions.nodeOfVar.length];
        if (root <= Bdd.TRUE) return new Result(root, improvement);
        int[] vars = Arrays.stream(diagram).map(bdd::var).distinct().toArray();
        double[] q = new double[functions.nodeOfVar.length];
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
            for (int x : vars) q[x] = model.selfDown(functions.nodeOfVar[x], zoneUp);
            down += weight * pass(root, diagram, q, weight, improvement);
        }
        return new Result(down, improvement);
    }

    /** P(DOWN) under q; adds weight·q(X)·∂P/∂q(X) to each variable's improvement. */
    private double pass(int root, int[] diagram, double[] q, double weight, double[] improvement) {
        Bdd bdd = functions.bdd;
        for (int u : diagram) {
            double qx = q[bdd.var(u)];
            prob[u] = qx * value(bdd.high(u)) + (1 - qx) * value(bdd.low(u));
            reach[u] = 0;
        }
        reach[root] = 1;
        for (int i = diagram.length - 1; i >= 0; i--) {
            int u = diagram[i];
            int x = bdd.var(u);
            double r = reach[u];
            if (r == 0) continue;
            double qx = q[x];
            int h = bdd.high(u);
            int l = bdd.low(u);
            if (h > Bdd.TRUE) reach[h] += r * qx;
            if (l > Bdd.TRUE) reach[l] += r * (1 - qx);
            improvement[x] += weight * qx * r * (value(h) - value(l));
        }
        return prob[root];
    }

    private double value(int u) {
        return u == Bdd.FALSE ? 0 : u == Bdd.TRUE ? 1 : prob[u];
    }
}
