package dev.faultline.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.simulation.NodeLossOutcome;

/**
 * The blast-radius heat of a node, decided once for the canvas, the diagram exports, the graph exports and the app's
 * chaos sweep: the share of the flows its loss takes down, degraded flows counting half, capped at 1; and the five
 * buckets the HEAT overlay colours by, cut at 0, 25, 50 and 75 percent. The bucket labels restate the cuts, so
 * they live here too.
 */
public final class HeatScale {
    /** How many buckets {@link #bucket} returns (0 to 4). */
    public static final int BUCKETS = 5;
    private static final List<String> LABELS = List.of("blast radius: no flow lost",
            "blast radius: up to 25% of flows", "blast radius: 25-50% of flows", "blast radius: 50-75% of flows",
            "blast radius: over 75% of flows");

    private HeatScale() {
    }

    /** 0..1: the share of {@code flowCount} flows the node's loss takes down, degraded ones counting half. */
    public static double value(NodeLossOutcome outcome, int flowCount) {
        int flows = Math.max(1, flowCount);
        return Math.min(1.0, (outcome.flowsDown().size() + 0.5 * outcome.flowsDegraded().size()) / flows);
    }

    /** Heat per node of a sweep ranking; nodes missing from it get no heat. */
    public static Map<String, Double> of(List<NodeLossOutcome> ranking, int flowCount) {
        Map<String, Double> heat = new HashMap<>();
        for (NodeLossOutcome o : ranking) heat.put(o.node(), value(o, flowCount));
        return heat;
    }

    /** Heat per node from the analysis's blast-radius sweep. */
    public static Map<String, Double> of(AnalysisReport analysis) {
        return of(analysis.blastRadius(), analysis.topology().flows().size());
    }

    /** The bucket (0..4) of a heat value: none, up to 25%, up to 50%, up to 75%, over 75%. */
    public static int bucket(double value) {
        if (value <= 0) return 0;
        if (value <= 0.25) return 1;
        if (value <= 0.5) return 2;
        if (value <= 0.75) return 3;
        return 4;
    }

    /** What a bucket means, in the legend's words. */
    public static String label(int bucket) {
        return LABELS.get(bucket);
    }
}
