package dev.faultline.render.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.layout.Box;

/**
 * Where group blocks go: on a grid over the area the nodes occupy, each block in the free cell nearest the centre of
 * its members (largest groups choose first). So the overview keeps the shape of the detailed drawing, zooming in
 * past the threshold shows a group's nodes around where its block was, and blocks never overlap. All blocks have
 * the same size so their text is readable from the same zoom on.
 */
public final class GroupPlacer {
    /** Share of the grid left free, so most groups find a cell close to their members. */
    private static final double SLACK = 1.15;
    /** Gap between blocks, as a share of a cell. */
    private static final double GAP = 0.08;

    private GroupPlacer() {
    }

    public static Map<String, Box> place(Grouping grouping, Map<String, Box> nodeBoxes) {
        Map<String, Box> out = new LinkedHashMap<>();
        List<NodeGroup> groups = grouping.groups().stream()
                .filter(g -> g.members().stream().anyMatch(nodeBoxes::containsKey)).toList();
        if (groups.isEmpty()) return out;
        Box all = Box.enclosing(nodeBoxes.values());
        int n = groups.size();
        double cell = Math.max(40, Math.sqrt(all.width() * all.height() / (n * SLACK)));
        int cols = Math.max(1, (int) Math.round(all.width() / cell));
        int rows = Math.max(1, (int) Math.ceil(n * SLACK / cols));
        // The grid stays inside the nodes' area, so the view that fits the nodes shows every block whole.
        cell = Math.max(Math.min(all.width() / cols, all.height() / rows), 40);
        boolean[] taken = new boolean[cols * rows];
        List<NodeGroup> bySize = new ArrayList<>(groups);
        bySize.sort(Comparator.comparingInt((NodeGroup g) -> -g.members().size()));
        Map<String, Box> placed = new LinkedHashMap<>();
        double inset = cell * GAP / 2;
        for (NodeGroup g : bySize) {
            double[] c = centre(g, nodeBoxes); // never null: groups without a placed member were left out
            int best = nearestFree(taken, cols, rows, (c[0] - all.x()) / cell, (c[1] - all.y()) / cell);
            taken[best] = true;
            double x = all.x() + (best % cols) * cell;
            double y = all.y() + (best / cols) * cell;
            placed.put(g.id(), new Box(x + inset, y + inset, cell - 2 * inset, cell - 2 * inset));
        }
        for (NodeGroup g : groups) out.put(g.id(), placed.get(g.id()));
        return out;
    }

    static int nearestFree(boolean[] taken, int cols, int rows, double cx, double cy) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < taken.length; i++) {
            if (taken[i]) continue;
            double dx = i % cols + 0.5 - cx;
            double dy = i / cols + 0.5 - cy;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** The mean centre of a group's placed members, or null when none is placed. */
    static double[] centre(NodeGroup g, Map<String, Box> boxes) {
        double sx = 0, sy = 0;
        int k = 0;
        for (String id : g.members()) {
            Box b = boxes.get(id);
            if (b == null) continue;
            sx += b.centerX();
            sy += b.centerY();
            k++;
        }
        return k == 0 ? null : new double[]{sx / k, sy / k};
    }
}
