package dev.faultline.app.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.BlastRadiusSweep;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.NodeLossOutcome;

/**
 * The chaos sweep as the app shows it: every node failed in turn (node by node, so progress and cancel are real),
 * ranked by blast radius in the contract's order, plus a 0..1 heat per node for the HEAT overlay.
 */
public final class ChaosSweep {
    private ChaosSweep() {
    }

    /** The contract's ranking, computed by the same sweep the CLI's {@code analyze} uses. */
    public static List<NodeLossOutcome> run(FailureEngine engine, ProgressListener progress,
                                            CancellationToken cancel) {
        return new BlastRadiusSweep().ranking(engine, progress, cancel);
    }

    /**
     * Heat in 0..1 per node: the share of the worst blast radius, weighing flows down most, then flows degraded,
     * then nodes down. Zero for a node whose loss touches nothing but itself.
     */
    public static Map<String, Double> heat(List<NodeLossOutcome> ranking) {
        Map<String, Double> heat = new HashMap<>();
        double max = ranking.stream().mapToDouble(ChaosSweep::score).max().orElse(0);
        for (NodeLossOutcome o : ranking) heat.put(o.node(), max <= 0 ? 0.0 : score(o) / max);
        return heat;
    }

    private static double score(NodeLossOutcome o) {
        return o.flowsDown().size() * 10.0 + o.flowsDegraded().size() * 3.0 + (o.nodesDown() - 1) * 0.5
                + o.nodesDegraded() * 0.1;
    }
}
