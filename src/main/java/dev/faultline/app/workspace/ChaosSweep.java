package dev.faultline.app.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Node;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.NodeLossOutcome;

/**
 * Fails every node in turn and ranks them by blast radius in the contract's order (flows DOWN, flows DEGRADED,
 * nodes DOWN, nodes DEGRADED, more ranks higher; ties by id). Runs node by node so progress and cancel are real.
 */
public final class ChaosSweep {
    public static final Comparator<NodeLossOutcome> RANKING = Comparator
            .comparingInt((NodeLossOutcome o) -> o.flowsDown().size()).reversed()
            .thenComparing(Comparator.comparingInt((NodeLossOutcome o) -> o.flowsDegraded().size()).reversed())
            .thenComparing(Comparator.comparingInt(NodeLossOutcome::nodesDown).reversed())
            .thenComparing(Comparator.comparingInt(NodeLossOutcome::nodesDegraded).reversed())
            .thenComparing(NodeLossOutcome::node);

    private ChaosSweep() {
    }

    public static List<NodeLossOutcome> run(FailureEngine engine, ProgressListener progress,
                                            CancellationToken cancel) {
        List<Node> nodes = engine.topology().nodes();
        FailureEngine.Sweeper sweeper = engine.sweeper();
        List<NodeLossOutcome> out = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            cancel.throwIfCancelled();
            out.add(sweeper.nodeLoss(engine.compiled().indexOf(nodes.get(i).id())));
            if (i % 16 == 0 || i == nodes.size() - 1) {
                progress.progress(i + 1, nodes.size(), "Sweep: failed " + (i + 1) + " of " + nodes.size() + " nodes");
            }
        }
        out.sort(RANKING);
        return out;
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
