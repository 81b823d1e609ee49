package dev.faultline.app.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

import dev.faultline.layout.Box;
import dev.faultline.render.Palette;
import dev.faultline.render.group.BundledEdge;
import dev.faultline.render.group.GroupPicture;
import dev.faultline.render.group.Strength;

/**
 * The bundled edges of one level, cut into square tiles of the world, each tile a group of at most nine paths
 * (strength x weight) cached as its own bitmap. One bitmap for the whole drawing was too large for JavaFX's cache at
 * 20,000 nodes (it fell back to rasterising ~23,000 segments every frame, 4-6 s a frame); a tile stays within the
 * cache's size at any zoom the groups are drawn at, tiles out of view are not drawn at all, and a new line width
 * redraws only the tiles in view. Segments are split where they cross tile borders. Each tile is cached at the
 * resolution it is shown at ({@link StepCache}), not at JavaFX's minimum of one pixel per world unit.
 */
final class EdgeTiles extends Group {
    /** Tile side (world units): a bitmap of at most 2,000 px at the largest zoom groups are drawn at (0.45, step 0.5). */
    static final double TILE = 4000;
    private static final double[] WIDTH_STEPS = {1, 4};
    private final Map<Long, StepCache> tiles = new HashMap<>();
    private double widthStep;

    EdgeTiles() {
        setMouseTransparent(true);
    }

    /** The picture whose edges are still to be made (null: none), when this level was not drawn yet. */
    private GroupPicture pending;
    private Palette pendingPalette;

    /**
     * Replaces the edges with those of {@code pic}. The paths are made when the level is first drawn: at 20,000 nodes
     * the teams' 22,744 bundles are drawn only once zoomed in past the merged level, and making them held the FX
     * thread for a second on every opening.
     */
    void show(GroupPicture pic, Palette p) {
        clear();
        pending = pic;
        pendingPalette = p;
    }

    private void make(GroupPicture pic, Palette p) {
        Map<Long, Map<String, List<PathElement>>> parts = new LinkedHashMap<>();
        for (BundledEdge e : pic.bundles()) {
            Box a = pic.blocks().get(e.from());
            Box b = pic.blocks().get(e.to());
            if (a == null || b == null) continue;
            int weight = e.count() <= WIDTH_STEPS[0] ? 0 : e.count() <= WIDTH_STEPS[1] ? 1 : 2;
            addSegment(parts, e.worst() + ":" + weight, a, b);
        }
        tiles.clear();
        List<StepCache> made = new ArrayList<>();
        parts.forEach((tile, classes) -> {
            StepCache g = new StepCache();
            g.getStyleClass().add("edge-tile");
            classes.forEach((key, list) -> g.shapes().add(path(key, list, p)));
            g.setUserData(tile);
            tiles.put(tile, g);
            made.add(g);
        });
        getChildren().setAll(made);
        widthStep = 0;
    }

    /**
     * Shows the tiles meeting the view. Bitmap resolution and line widths follow the zoom in powers of two
     * ({@link StepCache}): a new step redraws the tiles in view at the resolution they are shown at.
     */
    void viewChanged(double scale, double[] view) {
        if (pending != null) {
            make(pending, pendingPalette);
            pending = null;
        }
        double step = StepCache.stepFor(scale);
        boolean newStep = step != widthStep;
        widthStep = step;
        for (StepCache g : tiles.values()) {
            long key = (long) g.getUserData();
            double x = (int) (key >> 32) * TILE, y = (int) key * TILE;
            boolean in = x + TILE >= view[0] && x <= view[2] && y + TILE >= view[1] && y <= view[3];
            if (g.isVisible() != in) g.setVisible(in);
            if (newStep) {
                g.setStep(step);
                // Shown at 0.5-1 of the step's scale: 0.75 of it on average, so lines keep their drawn width.
                for (javafx.scene.Node n : g.shapes()) {
                    Path path = (Path) n;
                    path.setStrokeWidth(((double) path.getUserData()) / (step * 0.75));
                }
            }
        }
    }

    /** The tiles (tests): each a bitmap at its own resolution step. */
    java.util.Collection<StepCache> tiles() {
        return tiles.values();
    }

    void clear() {
        pending = null;
        tiles.clear();
        getChildren().clear();
    }

    /** Tiles made so far (none until the level is first drawn). */
    int tileCount() {
        return tiles.size();
    }

    private static Path path(String key, List<PathElement> list, Palette p) {
        Strength s = Strength.valueOf(key.substring(0, key.indexOf(':')));
        int weight = Integer.parseInt(key.substring(key.indexOf(':') + 1));
        Path path = new Path(list);
        double px = (weight == 0 ? 1 : weight == 1 ? 2 : 3.5) * (s == Strength.SOFT ? 0.7 : 1);
        path.setUserData(px);
        path.setStrokeWidth(px);
        path.setStroke(Color.web(s == Strength.SOFT ? p.softEdge : p.edge, weight == 0 ? 0.3 : weight == 1 ? 0.5 : 0.75));
        path.setFill(null);
        if (s == Strength.ASYNC) path.getStrokeDashArray().setAll(6.0, 4.0);
        path.getStyleClass().add("bundle-" + s.name().toLowerCase(java.util.Locale.ROOT));
        return path;
    }

    private static long tileOf(double x, double y) {
        return ((long) (int) Math.floor(x / TILE) << 32) | ((int) Math.floor(y / TILE) & 0xffffffffL);
    }

    private static List<PathElement> list(Map<Long, Map<String, List<PathElement>>> parts, long tile, String key) {
        return parts.computeIfAbsent(tile, k -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new ArrayList<>());
    }

    /** From the border of block a to the border of block b, cut at tile borders, with an arrow head at b. */
    private static void addSegment(Map<Long, Map<String, List<PathElement>>> parts, String key, Box a, Box b) {
        double dx = b.centerX() - a.centerX();
        double dy = b.centerY() - a.centerY();
        double len = Math.max(Math.abs(dx), Math.abs(dy));
        if (len == 0) return;
        double half = a.width() / 2;
        double sx = a.centerX() + dx * half / len, sy = a.centerY() + dy * half / len;
        double ex = a.centerX() + dx * (1 - half / len), ey = a.centerY() + dy * (1 - half / len);
        for (double[] piece : cut(sx, sy, ex, ey)) {
            List<PathElement> l = list(parts, tileOf((piece[0] + piece[2]) / 2, (piece[1] + piece[3]) / 2), key);
            l.add(new MoveTo(piece[0], piece[1]));
            l.add(new LineTo(piece[2], piece[3]));
        }
        double norm = Math.hypot(dx, dy);
        double ux = dx / norm, uy = dy / norm;
        double head = a.width() * 0.08;
        List<PathElement> l = list(parts, tileOf(ex, ey), key);
        l.add(new MoveTo(ex - head * (ux - uy * 0.5), ey - head * (uy + ux * 0.5)));
        l.add(new LineTo(ex, ey));
        l.add(new LineTo(ex - head * (ux + uy * 0.5), ey - head * (uy - ux * 0.5)));
    }

    /** The pieces of a segment between the tile borders it crosses. */
    static List<double[]> cut(double x0, double y0, double x1, double y1) {
        List<Double> ts = new ArrayList<>();
        ts.add(0.0);
        crossings(x0, x1, ts);
        crossings(y0, y1, ts);
        ts.add(1.0);
        double[] sorted = ts.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        List<double[]> out = new ArrayList<>();
        for (int i = 1; i < sorted.length; i++) {
            double t0 = sorted[i - 1], t1 = sorted[i];
            if (t1 - t0 < 1e-9) continue;
            out.add(new double[]{x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0, x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1});
        }
        return out;
    }

    /** Where (0..1) the coordinate going from a to b crosses a multiple of the tile size. */
    private static void crossings(double a, double b, List<Double> ts) {
        if (a == b) return;
        double lo = Math.min(a, b), hi = Math.max(a, b);
        for (double k = Math.ceil(lo / TILE) * TILE; k < hi; k += TILE) {
            if (k > lo) ts.add((k - a) / (b - a));
        }
    }

}
