package dev.faultline.app.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.faultline.layout.Box;
import dev.faultline.layout.LayoutResult;
import dev.faultline.render.ChangeMarks.Ghost;

/**
 * Where the ghosts of removed nodes go on the current picture. The two versions are laid out separately, so a base
 * position means little by itself: a ghost keeps its place relative to the nearest node both versions share (it
 * moves with that node), and is then nudged to the nearest free spot, so it never hides a live node or another ghost.
 */
final class GhostPlacement {
    static final double GAP = 24;
    private static final int RINGS = 8;

    private GhostPlacement() {
    }

    static List<Ghost> place(List<Ghost> ghosts, LayoutResult base, LayoutResult current) {
        List<Box> taken = new ArrayList<>(current.nodes().values());
        List<Ghost> out = new ArrayList<>();
        for (Ghost g : ghosts) {
            Box at = followAnchor(g.bounds(), base, current);
            Box free = nearestFree(at, taken);
            taken.add(free);
            out.add(new Ghost(g.id(), g.label(), g.kind(), free));
        }
        return out;
    }

    /** The base box moved by as much as the nearest shared node moved between the two layouts. */
    private static Box followAnchor(Box b, LayoutResult base, LayoutResult current) {
        String anchor = base.nodes().keySet().stream().filter(current.nodes()::containsKey)
                .min(Comparator.comparingDouble(id -> distance(base.box(id), b))).orElse(null);
        if (anchor == null) return b;
        Box from = base.box(anchor);
        Box to = current.box(anchor);
        return new Box(b.x() + to.x() - from.x(), b.y() + to.y() - from.y(), b.width(), b.height());
    }

    /** The candidate itself when free, else the closest free cell of a grid around it (rings of cells). */
    private static Box nearestFree(Box b, List<Box> taken) {
        double stepX = b.width() + GAP;
        double stepY = b.height() + GAP;
        List<Box> candidates = new ArrayList<>();
        for (int i = -RINGS; i <= RINGS; i++) {
            for (int j = -RINGS; j <= RINGS; j++) {
                candidates.add(new Box(b.x() + i * stepX, b.y() + j * stepY, b.width(), b.height()));
            }
        }
        candidates.sort(Comparator.comparingDouble(c -> distance(c, b)));
        for (Box c : candidates) {
            if (c.x() >= 0 && c.y() >= 0 && taken.stream().noneMatch(t -> overlaps(t, c))) return c;
        }
        return b;
    }

    private static boolean overlaps(Box a, Box b) {
        double pad = GAP / 2;
        return a.x() - pad < b.maxX() && b.x() - pad < a.maxX() && a.y() - pad < b.maxY() && b.y() - pad < a.maxY();
    }

    private static double distance(Box a, Box b) {
        return Math.hypot(a.centerX() - b.centerX(), a.centerY() - b.centerY());
    }
}
