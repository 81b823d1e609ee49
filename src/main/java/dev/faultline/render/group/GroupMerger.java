package dev.faultline.render.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.faultline.layout.Box;

/**
 * The second level of the semantic zoom: when a grouping has so many groups that their blocks at fit are too small
 * to carry a name and counts (400 teams of 5 nodes in a 2,000-node file give 46 px blocks), groups are merged into
 * fewer, larger ones. Teams are merged by the domain their names share ({@code inventory-5}, {@code inventory-12}:
 * "inventory"; {@code payments-core}: "payments"), which is how estates name their teams; when that still leaves too
 * many (or is not a team grouping), groups are merged by where they are drawn: a coarse grid over the drawing, one
 * merged group per grid cell, named after its largest group. The fit view is assumed to be about
 * {@link #FIT_WIDTH_PX} by {@link #FIT_HEIGHT_PX}; the zoom decides the level shown, so a smaller window only means
 * zooming in a little sooner.
 */
public final class GroupMerger {
    /** Block size at fit (px) below which a level needs a coarser one: GroupBlock writes 0.13 x its width. */
    public static final double READABLE_PX = 64;
    /** Block size at fit (px) the merged level aims for: a name and two count lines at 11 px type or more. */
    static final double MERGED_PX = 90;
    static final double FIT_WIDTH_PX = 1150;
    static final double FIT_HEIGHT_PX = 750;
    /** As in {@link GroupPlacer}: the share of block cells left free. */
    private static final double SLACK = 1.15;
    /** Marks the key of a grid cell (a domain never starts with it). */
    private static final String CELL = "\u0001cell ";
    private static final Pattern NUMBERED = Pattern.compile("[-_. ]?\\d+$");
    private static final Pattern FIRST_WORD = Pattern.compile("[-_. /]");

    private GroupMerger() {
    }

    /** One merged group: its members and the ids of the finer groups it holds. */
    public record Merged(Grouping grouping, Map<String, List<String>> children) {
    }

    /**
     * The coarser level for {@code finer}, or null when its own blocks are readable at fit (or merging gives one
     * group, which says nothing). {@code nodeBoxes}: where the scene draws each node.
     */
    public static Merged merge(Grouping finer, Map<String, Box> nodeBoxes) {
        if (nodeBoxes.isEmpty()) return null;
        Box all = Box.enclosing(nodeBoxes.values());
        int groups = finer.groups().size();
        if (groups <= maxGroups(all, READABLE_PX)) return null;
        int target = Math.max(2, maxGroups(all, MERGED_PX));
        Map<String, List<NodeGroup>> parts = null;
        if (finer.by() == GroupBy.TEAM) {
            parts = byDomain(finer);
            if (parts.size() > target || parts.size() < 2) parts = null;
        }
        if (parts == null) parts = byArea(finer, nodeBoxes, all, target);
        if (parts.size() < 2 || parts.size() >= groups) return null;
        return build(finer.by(), parts);
    }

    /** How many equal blocks fit the drawing's box so that each is at least {@code px} wide at fit. */
    static int maxGroups(Box all, double px) {
        double w = Math.max(all.width(), 1), h = Math.max(all.height(), 1);
        double scale = Math.min(FIT_WIDTH_PX / w, FIT_HEIGHT_PX / h);
        return (int) Math.max(1, w * h * scale * scale / (SLACK * px * px));
    }

    /** The domain of a team name: without a trailing number ("inventory-12"), else its first word ("payments-core"). */
    public static String domain(String label) {
        String stripped = NUMBERED.matcher(label).replaceFirst("");
        if (!stripped.isEmpty() && !stripped.equals(label)) return stripped;
        String[] words = FIRST_WORD.split(label, 2);
        return words[0].isEmpty() ? label : words[0];
    }

    private static Map<String, List<NodeGroup>> byDomain(Grouping finer) {
        Map<String, List<NodeGroup>> out = new LinkedHashMap<>();
        for (NodeGroup g : finer.groups()) {
            String key = g.label().equals(Grouping.NO_TEAM) ? g.label() : domain(g.label());
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
        }
        return out;
    }

    /** Cells of a grid over the drawing, as few as needed to leave at most {@code target} non-empty ones. */
    private static Map<String, List<NodeGroup>> byArea(Grouping finer, Map<String, Box> nodeBoxes, Box all,
                                                       int target) {
        Map<NodeGroup, double[]> centres = new LinkedHashMap<>();
        for (NodeGroup g : finer.groups()) {
            double[] c = GroupPlacer.centre(g, nodeBoxes);
            if (c != null) centres.put(g, c);
        }
        double aspect = Math.max(all.width(), 1) / Math.max(all.height(), 1);
        for (int cells = target; ; cells = Math.max(1, (int) (cells * 0.8))) {
            int cols = Math.max(1, (int) Math.round(Math.sqrt(cells * aspect)));
            int rows = Math.max(1, (int) Math.round((double) cells / cols));
            Map<String, List<NodeGroup>> out = new LinkedHashMap<>();
            centres.forEach((g, c) -> {
                int col = Math.min(cols - 1, (int) ((c[0] - all.x()) / Math.max(all.width(), 1) * cols));
                int row = Math.min(rows - 1, (int) ((c[1] - all.y()) / Math.max(all.height(), 1) * rows));
                out.computeIfAbsent(CELL + row + "," + col, k -> new ArrayList<>()).add(g);
            });
            if (out.size() <= target || cells == 1) return out;
        }
    }

    private static Merged build(GroupBy by, Map<String, List<NodeGroup>> parts) {
        List<NodeGroup> merged = new ArrayList<>();
        Map<String, List<String>> children = new LinkedHashMap<>();
        parts.forEach((key, list) -> {
            String id = "merged:" + by.id() + ":" + key.replace(CELL, "cell-");
            List<String> members = new ArrayList<>();
            list.forEach(g -> members.addAll(g.members()));
            merged.add(new NodeGroup(id, label(key, list), members));
            children.put(id, list.stream().map(NodeGroup::id).toList());
        });
        return new Merged(Grouping.of(by, merged), children);
    }

    /** A lone group keeps its name, a domain is named after it; a grid cell is named after its largest group ("inventory-5 +6"). */
    private static String label(String key, List<NodeGroup> list) {
        if (list.size() == 1) return list.get(0).label();
        if (!key.startsWith(CELL)) return key;
        NodeGroup largest = list.stream().max(Comparator.comparingInt(g -> g.members().size())).orElseThrow();
        return list.size() == 1 ? largest.label() : largest.label() + " +" + (list.size() - 1);
    }
}
