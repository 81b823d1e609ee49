package dev.faultline.render.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.layout.Box;

/**
 * What an opened block shows goes inside that block. The layout does not keep a team's nodes together (a generated
 * 20,000-node file spreads each team over fifty block widths, and a domain's teams over the whole drawing), so blocks
 * placed near their members' centre and members drawn where the layout put them landed over other blocks. Instead:
 * the finer level's blocks are placed on a grid inside their merged block (as large as the block allows, so a domain
 * of one team is not a small block in an empty one), and an opened group's nodes on a grid inside its block, scaled
 * down alike, in reading order. Both leave
 * the block's head (its name and counts) free. Only where things are drawn changes: groups, counts and the analysis
 * are the same.
 */
public final class InsideBlocks {
    /** Share of a block's height kept free at its top for its name and node counts. */
    static final double HEAD = 0.36;
    /** Share of a block's width (and height, at the bottom) kept free along its sides. */
    static final double SIDE = 0.04;
    /** Gap between the finer blocks, as a share of their cell. */
    private static final double GAP = 0.08;
    /** Gap between nodes drawn in a block, as a share of a node's size. */
    private static final double NODE_GAP = 0.25;

    private InsideBlocks() {
    }

    /** The part of a block that its contents may cover: below its head, inside its outline. */
    public static Box inner(Box block) {
        double side = block.width() * SIDE;
        double top = block.height() * HEAD;
        return new Box(block.x() + side, block.y() + top, block.width() - 2 * side,
                block.height() - top - block.height() * SIDE);
    }

    /**
     * The finer groups' blocks, each inside its merged group's block ({@code children}: merged id to finer ids;
     * {@code parents}: the merged blocks). A merged block's children share the largest square cells its inner area
     * holds for them (a lone child fills it); each takes the free cell nearest its members' centre, mapped from the
     * drawing into the block. Groups with no placed member, or whose merged group has no block, get none.
     */
    public static Map<String, Box> nest(Grouping finer, Map<String, List<String>> children, Map<String, Box> parents,
                                        Map<String, Box> nodeBoxes) {
        Map<String, Box> out = new LinkedHashMap<>();
        if (nodeBoxes.isEmpty()) return out;
        Box all = Box.enclosing(nodeBoxes.values());
        Map<String, Box> byId = new LinkedHashMap<>();
        for (var e : children.entrySet()) {
            Box parent = parents.get(e.getKey());
            if (parent == null) continue;
            List<NodeGroup> kids = new ArrayList<>();
            for (String id : e.getValue()) {
                finer.group(id).filter(g -> GroupPlacer.centre(g, nodeBoxes) != null).ifPresent(kids::add);
            }
            if (kids.isEmpty()) continue;
            Box in = inner(parent);
            if (kids.size() == 1) {
                byId.put(kids.get(0).id(), in);
                continue;
            }
            byId.putAll(grid(in, kids, bestCell(in.width(), in.height(), kids.size(), 1, 1)[0], all, nodeBoxes));
        }
        for (NodeGroup g : finer.groups()) {
            Box b = byId.get(g.id());
            if (b != null) out.put(g.id(), b);
        }
        return out;
    }

    /** One merged block's children on a grid of {@code cell}-sized cells, largest groups choosing first. */
    private static Map<String, Box> grid(Box in, List<NodeGroup> kids, double cell, Box all,
                                         Map<String, Box> nodeBoxes) {
        int cols = Math.max(1, (int) Math.floor(in.width() / cell + 1e-9));
        int rows = Math.max(1, (int) Math.ceil((double) kids.size() / cols));
        // The grid centred in the inner area: a block with few children keeps them in its middle.
        double x0 = in.x() + (in.width() - cols * cell) / 2;
        double y0 = in.y() + Math.max(0, (in.height() - rows * cell) / 2);
        boolean[] taken = new boolean[cols * rows];
        List<NodeGroup> bySize = new ArrayList<>(kids);
        bySize.sort(Comparator.comparingInt((NodeGroup g) -> -g.members().size()));
        double inset = cell * GAP / 2;
        Map<String, Box> out = new LinkedHashMap<>();
        for (NodeGroup g : bySize) {
            double[] c = GroupPlacer.centre(g, nodeBoxes);
            double fx = all.width() <= 0 ? 0.5 : (c[0] - all.x()) / all.width();
            double fy = all.height() <= 0 ? 0.5 : (c[1] - all.y()) / all.height();
            int best = GroupPlacer.nearestFree(taken, cols, rows, fx * cols, fy * rows);
            taken[best] = true;
            double x = x0 + (best % cols) * cell;
            double y = y0 + (best / cols) * cell;
            out.put(g.id(), new Box(x + inset, y + inset, cell - 2 * inset, cell - 2 * inset));
        }
        return out;
    }

    /**
     * Where an opened group's nodes are drawn inside its block: one grid of equal cells in reading order of the
     * layout (top to bottom, then left to right, so callers stay above their callees), every node scaled by the same
     * factor (never enlarged) and centred in its cell. {@code nodeBoxes}: where the layout put them.
     */
    public static Map<String, Box> members(Box block, List<String> members, Map<String, Box> nodeBoxes) {
        List<String> ids = new ArrayList<>();
        double w = 0, h = 0;
        for (String id : members) {
            Box b = nodeBoxes.get(id);
            if (b == null) continue;
            ids.add(id);
            w = Math.max(w, b.width());
            h = Math.max(h, b.height());
        }
        Map<String, Box> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        ids.sort(Comparator.comparingDouble((String id) -> nodeBoxes.get(id).y())
                .thenComparingDouble(id -> nodeBoxes.get(id).x()));
        double cw = w * (1 + NODE_GAP), ch = h * (1 + NODE_GAP);
        Box in = inner(block);
        double[] best = bestCell(in.width(), in.height(), ids.size(), cw, ch);
        double s = Math.min(1, best[0]);
        int cols = (int) best[1];
        int rows = (int) Math.ceil((double) ids.size() / cols);
        double x0 = in.x() + (in.width() - cols * cw * s) / 2;
        double y0 = in.y() + (in.height() - rows * ch * s) / 2;
        for (int i = 0; i < ids.size(); i++) {
            Box b = nodeBoxes.get(ids.get(i));
            double cx = x0 + (i % cols + 0.5) * cw * s;
            double cy = y0 + (i / cols + 0.5) * ch * s;
            out.put(ids.get(i), new Box(cx - b.width() * s / 2, cy - b.height() * s / 2, b.width() * s,
                    b.height() * s));
        }
        return out;
    }

    /**
     * The largest scale at which {@code n} cells of {@code cw} by {@code ch} fit an area of {@code w} by {@code h} on
     * one grid, and that grid's column count: {scale, cols}.
     */
    static double[] bestCell(double w, double h, int n, double cw, double ch) {
        double best = 0;
        int bestCols = 1;
        for (int cols = 1; cols <= n; cols++) {
            int rows = (int) Math.ceil((double) n / cols);
            double s = Math.min(w / (cols * cw), h / (rows * ch));
            if (s > best) {
                best = s;
                bestCols = cols;
            }
        }
        return new double[]{best, bestCols};
    }
}
