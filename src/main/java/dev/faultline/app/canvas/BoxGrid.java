package dev.faultline.app.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import dev.faultline.layout.Box;

/**
 * Items (nodes or edges, by index) filed under the cells of a uniform grid that their boxes touch, so that the
 * canvas finds what is in view by looking at the cells of the view, not at all 20,000 items (issue #13).
 */
final class BoxGrid {
    private final double cell;
    private final List<Box> boxes;
    private final Map<Long, List<Integer>> cells = new HashMap<>();
    /** Items already reported by the current query (an item spanning several cells is filed in each). */
    private final int[] seenIn;
    private int query;
    /** The cells in use: a query far wider than the layout (zoomed far out) must not walk empty cells. */
    private long minCol = Long.MAX_VALUE, maxCol = Long.MIN_VALUE, minRow = Long.MAX_VALUE, maxRow = Long.MIN_VALUE;

    BoxGrid(List<Box> boxes, double cell) {
        this.cell = cell;
        this.boxes = boxes;
        this.seenIn = new int[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            Box b = boxes.get(i);
            if (b == null) continue;
            minCol = Math.min(minCol, col(b.x()));
            maxCol = Math.max(maxCol, col(b.maxX()));
            minRow = Math.min(minRow, col(b.y()));
            maxRow = Math.max(maxRow, col(b.maxY()));
            for (long cx = col(b.x()); cx <= col(b.maxX()); cx++) {
                for (long cy = col(b.y()); cy <= col(b.maxY()); cy++) {
                    cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(i);
                }
            }
        }
    }

    /** Each item whose box meets the rectangle, once. */
    void forEachIn(double x0, double y0, double x1, double y1, IntConsumer out) {
        query++;
        for (long cx = Math.max(minCol, col(x0)); cx <= Math.min(maxCol, col(x1)); cx++) {
            for (long cy = Math.max(minRow, col(y0)); cy <= Math.min(maxRow, col(y1)); cy++) {
                List<Integer> items = cells.get(key(cx, cy));
                if (items == null) continue;
                for (int i : items) {
                    if (seenIn[i] == query) continue;
                    seenIn[i] = query;
                    Box b = boxes.get(i);
                    if (b.maxX() >= x0 && b.x() <= x1 && b.maxY() >= y0 && b.y() <= y1) out.accept(i);
                }
            }
        }
    }

    private long col(double v) {
        return (long) Math.floor(v / cell);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
