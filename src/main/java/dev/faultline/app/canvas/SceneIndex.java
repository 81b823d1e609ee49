package dev.faultline.app.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import dev.faultline.concurrent.Futures;
import dev.faultline.layout.Box;
import dev.faultline.layout.Point;
import dev.faultline.render.DiagramScene;
import dev.faultline.render.SceneEdge;
import dev.faultline.render.SceneNode;

/**
 * The canvas's look-ups for one scene: each node's edges, each edge's box and, for a large graph, the grids that find
 * what is in view ({@link BoxGrid}). Pure and built from the scene alone, so a new file's index is made on a thread of
 * its own while the file still opens ({@link #startFor}): at 20,000 nodes and 86,000 edges it took the FX thread
 * ~0.15 s in the one step that shows the file.
 */
record SceneIndex(DiagramScene scene, Map<String, List<Integer>> edgesByNode, List<Box> edgeBoxes,
                  List<String> gridIds, BoxGrid nodeGrid, Future<BoxGrid> edgeGridMade, BoxGrid labelGrid, Box bounds) {
    /** World units per grid cell: a few nodes wide, so a close view looks at a handful of cells. */
    static final double GRID_CELL = 400;

    /**
     * The index of a scene; the grids only when {@code lazy} (large graphs). Then the grids of nodes and of labels
     * (and each node's edges) are made on a helper thread while this one boxes the edges, and the edges' grid, the
     * largest, on a third that may still run when this returns ({@link #edgeGrid} waits for it): at 20,000 nodes the
     * window waited for this index with the other core idle (docs/performance-history.md, "#13 the cold opening"),
     * and at fit it draws groups, not edges. The result is the same either way.
     */
    static SceneIndex of(DiagramScene s, boolean lazy) {
        if (!lazy) {
            List<Box> edgeBoxes = edgeBoxes(s);
            return new SceneIndex(s, edgesByNode(s), edgeBoxes, List.of(), null, null, null, bounds(s, edgeBoxes));
        }
        FutureTask<Object[]> helper = new FutureTask<>(() -> new Object[]{edgesByNode(s), nodeGrid(s), labelGrid(s)});
        Thread t = new Thread(helper, "faultline-scene-index-grids");
        t.setDaemon(true);
        t.start();
        List<Box> edgeBoxes = edgeBoxes(s);
        // The edges' grid, the largest part, is needed only once edges are drawn one by one (zoomed in past the
        // groups): made on a thread of its own, so a new file is shown without waiting for it (edgeGrid() waits).
        FutureTask<BoxGrid> edgeGrid = new FutureTask<>(() -> new BoxGrid(edgeBoxes, GRID_CELL));
        Thread edges = new Thread(edgeGrid, "faultline-scene-index-edges");
        edges.setDaemon(true);
        edges.start();
        Object[] rest = Futures.get(helper, () -> new IllegalStateException("interrupted while indexing the scene"));
        @SuppressWarnings("unchecked")
        Map<String, List<Integer>> byNode = (Map<String, List<Integer>>) rest[0];
        List<String> ids = new ArrayList<>(s.nodes().size());
        for (SceneNode n : s.nodes()) ids.add(n.id());
        return new SceneIndex(s, byNode, edgeBoxes, ids, (BoxGrid) rest[1], edgeGrid, (BoxGrid) rest[2],
                bounds(s, edgeBoxes));
    }

    /**
     * What the fit view shows when no node is drawn elsewhere than in the scene: every node's box and every edge's
     * route (null without nodes). Made here, off the FX thread, for the fits that follow a new file.
     */
    private static Box bounds(DiagramScene s, List<Box> edgeBoxes) {
        if (s.nodes().isEmpty()) return null;
        List<Box> all = new ArrayList<>(s.nodes().size() + edgeBoxes.size());
        for (SceneNode n : s.nodes()) all.add(n.bounds());
        for (Box b : edgeBoxes) if (b != null) all.add(b);
        return Box.enclosing(all);
    }

    /** The edges' grid (large graphs; null otherwise), waiting for it if it is still being made. */
    BoxGrid edgeGrid() {
        return edgeGridMade == null ? null : awaited(edgeGridMade);
    }

    /** A grid being made: waited for; its failure is thrown here as it was thrown. */
    static BoxGrid awaited(Future<BoxGrid> grid) {
        return Futures.get(grid, () -> new IllegalStateException("interrupted while indexing the scene"));
    }

    /** Each node's edges, by index into the scene's edges. */
    private static Map<String, List<Integer>> edgesByNode(DiagramScene s) {
        Map<String, List<Integer>> byNode = new HashMap<>(s.nodes().size() * 2);
        for (int i = 0; i < s.edges().size(); i++) {
            SceneEdge e = s.edges().get(i);
            byNode.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(i);
            byNode.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(i);
        }
        return byNode;
    }

    private static List<Box> edgeBoxes(DiagramScene s) {
        List<Box> edgeBoxes = new ArrayList<>(s.edges().size());
        for (SceneEdge e : s.edges()) edgeBoxes.add(pathBox(e));
        return edgeBoxes;
    }

    private static BoxGrid nodeGrid(DiagramScene s) {
        List<Box> boxes = new ArrayList<>(s.nodes().size());
        for (SceneNode n : s.nodes()) boxes.add(n.bounds());
        return new BoxGrid(boxes, GRID_CELL);
    }

    /** The boxes of labelled edges (the same boxes as the edges' grid, null for an edge without a label). */
    private static BoxGrid labelGrid(DiagramScene s) {
        List<Box> labelBoxes = new ArrayList<>(s.edges().size());
        for (SceneEdge e : s.edges()) {
            String label = e.label();
            labelBoxes.add(label != null && !label.isEmpty() ? pathBox(e) : null);
        }
        return new BoxGrid(labelBoxes, GRID_CELL);
    }

    static Box pathBox(SceneEdge e) {
        if (e.path().isEmpty()) return null;
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point p : e.path()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }

    /** An index being made on a thread of its own for a scene not shown yet. */
    static final class Pending {
        private final FutureTask<SceneIndex> task;
        private final DiagramScene scene;

        private Pending(DiagramScene scene, boolean lazy) {
            this.scene = scene;
            task = new FutureTask<>(() -> of(scene, lazy));
        }

        /** The index of {@code s} if this is being made for it (waiting for it to be done), else null. */
        SceneIndex takeFor(DiagramScene s) {
            if (s != scene) return null;
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                return null; // the canvas makes it itself
            }
        }
    }

    /** Starts making a scene's index beside the caller's work. */
    static Pending startFor(DiagramScene s, boolean lazy) {
        Pending p = new Pending(s, lazy);
        Thread t = new Thread(p.task, "faultline-scene-index");
        t.setDaemon(true);
        t.start();
        return p;
    }
}
