package dev.faultline.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.faultline.analysis.Analyzer;
import dev.faultline.layout.Box;
import dev.faultline.layout.ElkLayeredLayout;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.render.DiagramScene;
import dev.faultline.render.SceneBuilder;
import dev.faultline.render.SceneEdge;
import dev.faultline.render.SceneNode;
import dev.faultline.render.SceneRequest;
import dev.faultline.app.GeneratedTopologies;

/**
 * A large scene's index, whose grids are made on two threads, holds what the scene says: each node's edges, each
 * edge's box, and grids that find exactly the nodes, edges and labelled edges meeting a rectangle.
 */
class SceneIndexTest {
    @Test
    void theIndexMadeOnTwoThreadsHoldsWhatTheSceneSays() {
        Topology topology = GeneratedTopologies.layered(600, 5);
        LayoutResult layout = new ElkLayeredLayout().layout(topology, Map.of(), ProgressListener.NONE,
                CancellationToken.NONE);
        DiagramScene scene = new SceneBuilder().build(SceneRequest.of(topology, layout, new Analyzer().analyze(topology)));

        SceneIndex index = SceneIndex.of(scene, true);

        assertThat(index.gridIds()).containsExactlyElementsOf(scene.nodes().stream().map(SceneNode::id).toList());
        for (int i = 0; i < scene.edges().size(); i++) {
            SceneEdge e = scene.edges().get(i);
            assertThat(index.edgeBoxes().get(i)).isEqualTo(SceneIndex.pathBox(e));
            assertThat(index.edgesByNode().get(e.from())).contains(i);
            assertThat(index.edgesByNode().get(e.to())).contains(i);
        }
        int filed = index.edgesByNode().values().stream().mapToInt(List::size).sum();
        assertThat(filed).isEqualTo(2 * scene.edges().size());
        Box all = layoutArea(scene);
        for (int q = 0; q < 40; q++) {
            double x0 = all.x() + all.width() * (q % 8) / 8, y0 = all.y() + all.height() * (q / 8) / 5;
            double x1 = x0 + all.width() / (q % 3 == 0 ? 2 : 12), y1 = y0 + all.height() / 6;
            assertThat(found(index.nodeGrid(), x0, y0, x1, y1))
                    .isEqualTo(meeting(scene.nodes().stream().map(SceneNode::bounds).toList(), x0, y0, x1, y1));
            assertThat(found(index.edgeGrid(), x0, y0, x1, y1)).isEqualTo(meeting(index.edgeBoxes(), x0, y0, x1, y1));
            List<Box> labelled = new ArrayList<>();
            for (int i = 0; i < scene.edges().size(); i++) {
                String label = scene.edges().get(i).label();
                labelled.add(label != null && !label.isEmpty() ? index.edgeBoxes().get(i) : null);
            }
            assertThat(found(index.labelGrid(), x0, y0, x1, y1)).isEqualTo(meeting(labelled, x0, y0, x1, y1));
        }
        assertThat(found(index.edgeGrid(), all.x(), all.y(), all.maxX(), all.maxY())).isNotEmpty();
    }

    @Test
    void theIndexsBoundsHoldEveryNodeAndEveryEdgeRouteAndTouchEachSide() {
        Topology topology = GeneratedTopologies.layered(600, 5);
        LayoutResult layout = new ElkLayeredLayout().layout(topology, Map.of(), ProgressListener.NONE,
                CancellationToken.NONE);
        DiagramScene scene = new SceneBuilder().build(SceneRequest.of(topology, layout, new Analyzer().analyze(topology)));

        for (boolean lazy : new boolean[]{true, false}) {
            SceneIndex index = SceneIndex.of(scene, lazy);
            Box b = index.bounds();
            List<Box> every = new ArrayList<>(scene.nodes().stream().map(SceneNode::bounds).toList());
            index.edgeBoxes().stream().filter(java.util.Objects::nonNull).forEach(every::add);
            for (Box e : every) {
                assertThat(e.x()).isGreaterThanOrEqualTo(b.x());
                assertThat(e.y()).isGreaterThanOrEqualTo(b.y());
                assertThat(e.maxX()).isLessThanOrEqualTo(b.maxX() + 1e-9);
                assertThat(e.maxY()).isLessThanOrEqualTo(b.maxY() + 1e-9);
            }
            // The smallest such box: each side is some node's or route's side (what the fit view shows).
            assertThat(every.stream().mapToDouble(Box::x).min().getAsDouble()).isEqualTo(b.x());
            assertThat(every.stream().mapToDouble(Box::y).min().getAsDouble()).isEqualTo(b.y());
            assertThat(every.stream().mapToDouble(Box::maxX).max().getAsDouble()).isCloseTo(b.maxX(),
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(every.stream().mapToDouble(Box::maxY).max().getAsDouble()).isCloseTo(b.maxY(),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    private static Box layoutArea(DiagramScene scene) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (SceneNode n : scene.nodes()) {
            minX = Math.min(minX, n.bounds().x());
            minY = Math.min(minY, n.bounds().y());
            maxX = Math.max(maxX, n.bounds().maxX());
            maxY = Math.max(maxY, n.bounds().maxY());
        }
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }

    private static TreeSet<Integer> found(BoxGrid grid, double x0, double y0, double x1, double y1) {
        TreeSet<Integer> out = new TreeSet<>();
        grid.forEachIn(x0, y0, x1, y1, out::add);
        return out;
    }

    private static TreeSet<Integer> meeting(List<Box> boxes, double x0, double y0, double x1, double y1) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int i = 0; i < boxes.size(); i++) {
            Box b = boxes.get(i);
            if (b != null && b.maxX() >= x0 && b.x() <= x1 && b.maxY() >= y0 && b.y() <= y1) out.add(i);
        }
        return out;
    }
}
