package dev.faultline.analysis.availability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.faultline.progress.CancellationToken;
import dev.faultline.simulation.CompiledTopology;
import dev.faultline.simulation.ScenarioProbe;

/**
 * Monte Carlo estimate of P(flow DOWN) for the flows whose exact computation does not fit the budget. Each sample
 * draws the zones, then the self-down nodes, runs the failure rules' DOWN fixpoint once for all flows, and for a flow
 * that is DOWN re-runs without each self-down node X: when the flow comes back, X is credited. That credit is an
 * unbiased estimate of IP(X), since "X never self-down" is the same sample with X's variable set to up.
 * <p>
 * Self-down nodes are drawn without visiting every node: when every zone is up (nearly every sample), nodes are
 * grouped by their self-down probability q and a group is walked with geometric jumps of rate q, so a sample costs
 * about the number of self-down nodes plus the number of groups. Deterministic: the seed is fixed.
 */
final class MonteCarloEvaluator {
    static final int SAMPLES = 1_000_000;
    private static final double Z95 = 1.959963984540054;

    private final CompiledTopology compiled;
    private final SelfDownModel model;
    private final int samples;

    MonteCarloEvaluator(CompiledTopology compiled, SelfDownModel model, int samples) {
        this.compiled = compiled;
        this.model = model;
        this.samples = samples;
    }

    /** One flow's estimate: P(DOWN), its 95 % interval, and IP per node. */
    record Estimate(double down, double downLow, double downHigh, double[] improvementByNode) {
    }

    Estimate[] estimate(int[] flows, CancellationToken cancel) {
        int n = model.nodeCount;
        boolean[] allUp = new boolean[model.zoneCount];
        java.util.Arrays.fill(allUp, true);
        Map<Double, List<Integer>> groups = new LinkedHashMap<>();
        for (int v = 0; v < n; v++) {
            double q = model.selfDown(v, allUp);
            if (q > 0) groups.computeIfAbsent(q, k -> new ArrayList<>()).add(v);
        }
        double[] groupQ = groups.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        int[][] groupNodes = groups.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        SplittableRandom rnd = new SplittableRandom(0x5EEDF00DL);
        ScenarioProbe probe = new ScenarioProbe(compiled);
        long[] downCount = new long[flows.length];
        long[][] credit = new long[flows.length][n];
        int[] selfDown = new int[n];
        boolean[] zoneUp = new boolean[model.zoneCount];
        for (int s = 0; s < samples; s++) {
            if ((s & 0xFFFF) == 0) cancel.throwIfCancelled();
            boolean everyZoneUp = true;
            for (int z = 0; z < model.zoneCount; z++) {
                zoneUp[z] = rnd.nextDouble() < model.zoneAvailability[z];
                everyZoneUp &= zoneUp[z];
            }
            int count = everyZoneUp ? drawGrouped(rnd, groupQ, groupNodes, selfDown) : drawEach(rnd, zoneUp, selfDown);
            if (count == 0) continue;
            run(probe, selfDown, count, -1);
            boolean anyDown = false;
            boolean[] flowDown = new boolean[flows.length];
            for (int i = 0; i < flows.length; i++) {
                flowDown[i] = probe.flowDown(flows[i]);
                anyDown |= flowDown[i];
            }
            probe.reset();
            if (!anyDown) continue;
            for (int i = 0; i < flows.length; i++) if (flowDown[i]) downCount[i]++;
            creditContributors(probe, flows, selfDown, count, flowDown, credit);
        }
        Estimate[] out = new Estimate[flows.length];
        for (int i = 0; i < flows.length; i++) {
            double p = (double) downCount[i] / samples;
            double[] wilson = wilson(downCount[i], samples);
            double[] ip = new double[n];
            for (int v = 0; v < n; v++) ip[v] = (double) credit[i][v] / samples;
            out[i] = new Estimate(p, wilson[0], wilson[1], ip);
        }
        return out;
    }

    private void creditContributors(ScenarioProbe probe, int[] flows, int[] selfDown, int count, boolean[] flowDown,
                                    long[][] credit) {
        for (int k = 0; k < count; k++) {
            run(probe, selfDown, count, k);
            for (int i = 0; i < flows.length; i++) {
                if (flowDown[i] && !probe.flowDown(flows[i])) credit[i][selfDown[k]]++;
            }
            probe.reset();
        }
    }

    private static void run(ScenarioProbe probe, int[] selfDown, int count, int skip) {
        for (int k = 0; k < count; k++) if (k != skip) probe.failNode(selfDown[k]);
        probe.run();
    }

    private static int drawGrouped(SplittableRandom rnd, double[] groupQ, int[][] groupNodes, int[] out) {
        int count = 0;
        for (int g = 0; g < groupQ.length; g++) {
            int[] nodes = groupNodes[g];
            double q = groupQ[g];
            if (q >= 1) {
                for (int v : nodes) out[count++] = v;
                continue;
            }
            double logStay = Math.log1p(-q);
            long idx = -1;
            while (true) {
                double u = 1 - rnd.nextDouble();
                idx += 1 + (long) Math.floor(Math.log(u) / logStay);
                if (idx >= nodes.length || idx < 0) break;
                out[count++] = nodes[(int) idx];
            }
        }
        return count;
    }

    private int drawEach(SplittableRandom rnd, boolean[] zoneUp, int[] out) {
        int count = 0;
        for (int v = 0; v < model.nodeCount; v++) {
            if (rnd.nextDouble() < model.selfDown(v, zoneUp)) out[count++] = v;
        }
        return count;
    }

    /** The Wilson score interval of a binomial proportion (sensible even with no or few DOWN samples). */
    static double[] wilson(long hits, long n) {
        double p = (double) hits / n;
        double z2 = Z95 * Z95;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
