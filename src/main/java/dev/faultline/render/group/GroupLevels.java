package dev.faultline.render.group;

import java.util.Map;
import java.util.function.Predicate;

import dev.faultline.layout.Box;
import dev.faultline.model.Topology;
import dev.faultline.simulation.SimulationResult;

/**
 * Both levels of the far zoom for one grouping: the groups and, when they are too many to read at fit, the merged
 * groups above them ({@link GroupMerger}), the groups' blocks then placed inside their merged block
 * ({@link InsideBlocks#nest}) so that opening a merged block shows its groups where it was. Pure: built in the
 * background when a file opens, or when the user picks another grouping.
 */
public record GroupLevels(GroupPicture groups, GroupPicture merged) {

    /** {@code nodeBoxes}: where the scene draws each node; {@code simulation} null without a scenario. */
    public static GroupLevels of(Topology t, Grouping grouping, Predicate<String> isSpof, SimulationResult simulation,
                                 Map<String, Box> nodeBoxes) {
        GroupMerger.Merged m = GroupMerger.merge(grouping, nodeBoxes);
        if (m == null) return new GroupLevels(GroupPicture.of(t, grouping, isSpof, simulation, nodeBoxes), null);
        GroupPicture merged = GroupPicture.of(t, m.grouping(), isSpof, simulation, nodeBoxes);
        Map<String, Box> blocks = InsideBlocks.nest(grouping, m.children(), merged.blocks(), nodeBoxes);
        GroupPicture groups = new GroupPicture(grouping, GroupSummary.of(grouping, isSpof, simulation), blocks,
                EdgeBundler.bundle(t, grouping));
        return new GroupLevels(groups, merged);
    }

    /** The same levels moved by (dx, dy): made from the layout's boxes, shown over the scene's shifted ones. */
    public GroupLevels shifted(double dx, double dy) {
        if (dx == 0 && dy == 0) return this;
        return new GroupLevels(shift(groups, dx, dy), merged == null ? null : shift(merged, dx, dy));
    }

    private static GroupPicture shift(GroupPicture p, double dx, double dy) {
        Map<String, Box> moved = new java.util.LinkedHashMap<>();
        p.blocks().forEach((id, b) -> moved.put(id, new Box(b.x() + dx, b.y() + dy, b.width(), b.height())));
        return new GroupPicture(p.grouping(), p.summaries(), moved, p.bundles());
    }
}
