package dev.faultline.app.canvas;

import java.util.List;
import java.util.function.IntConsumer;

import dev.faultline.layout.Box;

/**
 * Items (nodes or edges, by index) filed under the cells of a uniform grid that their boxes touch, so that the
 * canvas finds what is in view by looking at the cells of the view, not at all 20,000 items (issue #13). The cells
 * are one array over the area in use (a hash map keyed by cell collided badly and made opening 20,000 nodes take
 * tens of seconds); an item spanning more than {@link #MAX_CELLS} cells (an edge routed across the whole drawing) is
 * kept in one list that every query tests, rather than filed in thousands of cells.
 */
final class BoxGrid {
    static final int MAX_CELLS = 256;
    private final double cell;
    private final List<Box> boxes;
    private final int[][] cells;
    private final int[] wide;
    /** Items already reported by the current query (an item spanning several cells is filed in each). */
    private final int[] seenIn;
    private int query;
    /** The cells in use: a query far wider than the layout (zoomed far out) must not walk empty cells. */
    private long minCol = Long.MAX_VALUE, maxCol = Long.MIN_VALUE, minRow = Long.MAX_VALUE, maxRow = Long.MIN_VALUE;
    private final int cols;
    private final int rows;

    BoxGrid(List<Box> boxes, double cell) {
        this.cell = cell;
        this.boxes = boxes;
        this.seenIn = new int[boxes.size()];
        int wideCount = 0;
        for (Box b : boxes) {
            if (b == null) continue;
            if (isWide(b)) {
                wideCount++;
                continue;
            }
            minCol = Math.min(minCol, col(b.x()));
            maxCol = Math.max(maxCol, col(b.maxX()));
            minRow = Math.min(minRow, col(b.y()));
            maxRow = Math.max(maxRow, col(b.maxY()));
        }
        cols = minCol > maxCol ? 0 : (int) (maxCol - minCol + 1);
        rows = minRow > maxRow ? 0 : (int) (maxRow - minRow + 1);
        // Two passes: count per cell, then fill exact-size arrays (no boxing, no resizing).
        int[] counts = new int[cols * rows];
        wide = new int[wideCount];
        int w = 0;
        for (int i = 0; i < boxes.size(); i++) {
            Box b = boxes.get(i);
            if (b == null) continue;
            if (isWide(b)) {
                wide[w++] = i;
                continue;
            }
            for (long cx = col(b.x()); cx <= col(b.maxX()); cx++) {
                for (long cy = col(b.y()); cy <= col(b.maxY()); cy++) counts[index(cx, cy)]++;
            }
        }
        cells = new int[counts.length][];
        for (int c = 0; c < counts.length; c++) cells[c] = counts[c] == 0 ? null : new int[counts[c]];
        int[] fill = new int[counts.length];
        for (int i = 0; i < boxes.size(); i++) {
            Box b = boxes.get(i);
            if (b == null || isWide(b)) continue;
            for (long cx = col(b.x()); cx <= col(b.maxX()); cx++) {
                for (long cy = col(b.y()); cy <= col(b.maxY()); cy++) {
                    int c = index(cx, cy);
                    cells[c][fill[c]++] = i;
                }
            }
        }
    }

    /** Each item whose box meets the rectangle, once. */
    void forEachIn(double x0, double y0, double x1, double y1, IntConsumer out) {
        query++;
        for (int i : wide) report(i, x0, y0, x1, y1, out);
        for (long cx = Math.max(minCol, col(x0)); cx <= Math.min(maxCol, col(x1)); cx++) {
            for (long cy = Math.max(minRow, col(y0)); cy <= Math.min(maxRow, col(y1)); cy++) {
                int[] items = cells[index(cx, cy)];
                if (items == null) continue;
                for (int i : items) report(i, x0, y0, x1, y1, out);
            }
        }
    }

    private void report(int i, double x0, double y0, double x1, double y1, IntConsumer out) {
        if (seenIn[i] == query) return;
        seenIn[i] = query;
        Box b = boxes.get(i);
        if (b.maxX() >= x0 && b.x() <= x1 && b.maxY() >= y0 && b.y() <= y1) out.accept(i);
    }

    private boolean isWide(Box b) {
        return (col(b.maxX()) - col(b.x()) + 1) * (col(b.maxY()) - col(b.y()) + 1) > MAX_CELLS;
    }

    private int index(long cx, long cy) {
        return (int) ((cx - minCol) * rows + (cy - minRow));
    }

    private long col(double v) {
        return (long) Math.floor(v / cell);
    }
}
