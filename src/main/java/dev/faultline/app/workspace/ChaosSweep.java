package dev.faultline.app.workspace;

import java.util.List;
import java.util.Map;

import dev.faultline.analysis.BlastRadiusSweep;
import dev.faultline.analysis.HeatScale;
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

    /** Heat in 0..1 per node for the HEAT overlay: {@link HeatScale}, the measure every export uses. */
    public static Map<String, Double> heat(List<NodeLossOutcome> ranking, int flowCount) {
        return HeatScale.of(ranking, flowCount);
    }
}
