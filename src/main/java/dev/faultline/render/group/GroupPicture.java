package dev.faultline.render.group;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.faultline.layout.Box;
import dev.faultline.model.Topology;
import dev.faultline.simulation.SimulationResult;

/**
 * Everything the far zoom draws, toolkit-neutral: the grouping, each group's counts and block, and the bundled
 * edges between blocks. Built from the same topology, analysis and simulation as the detailed scene.
 */
public record GroupPicture(Grouping grouping, Map<String, GroupSummary> summaries, Map<String, Box> blocks,
                           List<BundledEdge> bundles) {
    public GroupPicture {
        summaries = Map.copyOf(summaries);
        blocks = Map.copyOf(blocks);
        bundles = List.copyOf(bundles);
    }

    /** {@code nodeBoxes}: where the detailed scene draws each node; {@code simulation} null without a scenario. */
    public static GroupPicture of(Topology t, Grouping grouping, Predicate<String> isSpof, SimulationResult simulation,
                                  Map<String, Box> nodeBoxes) {
        return new GroupPicture(grouping, GroupSummary.of(grouping, isSpof, simulation),
                GroupPlacer.place(grouping, nodeBoxes), EdgeBundler.bundle(t, grouping));
    }
}
