package dev.faultline.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.faultline.generator.TopologyGenerator;
import dev.faultline.io.TopologyLoader;
import dev.faultline.layout.Box;
import dev.faultline.layout.ElkLayeredLayout;
import dev.faultline.layout.LayoutResult;
import dev.faultline.layout.NodeSize;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.render.NodeGeometry;

/**
 * Issue #11: every graph of up to ~150 nodes is readable at fit, text at least 11 px on a 1600x1000 canvas. The fit
 * is the canvas's own ({@link Viewport#fit}, margin and 1.5 cap included) over the production layout's bounds; the
 * label's on-screen size is its font size times the fit scale.
 */
class ReadableAtFitTest {
    private static final double CANVAS_W = 1600;
    private static final double CANVAS_H = 1000;

    private static LayoutResult layout(Topology t) {
        return new ElkLayeredLayout().layout(t, Map.of(), ProgressListener.NONE, CancellationToken.NONE);
    }

    /** The label's size on screen after the canvas fits the whole layout, edge routes included, into 1600x1000. */
    private static double labelPxAtFit(LayoutResult r) {
        double minX = 0, minY = 0, maxX = r.width(), maxY = r.height();
        for (Box b : r.nodes().values()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
        }
        for (var route : r.edgeRoutes()) {
            for (var p : route) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        Viewport v = new Viewport();
        v.fit(minX, minY, maxX - minX, maxY - minY, CANVAS_W, CANVAS_H, 1.5);
        return NodeGeometry.LABEL_FONT_SIZE * v.scale();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 7})
    void aGenerated150NodeTopologyIsReadableAtFit(long seed) {
        Topology t = TopologyGenerator.generate(150, seed);
        assertEquals(150, t.nodes().size());
        LayoutResult r = layout(t);
        double px = labelPxAtFit(r);
        assertTrue(px >= 11, "seed " + seed + ": labels are " + px + " px at fit (layout " + r.width() + "x"
                + r.height() + ")");
        assertNoOverlaps(r);
        // Dense rows keep callers above callees: every dependency that is not part of a cycle points down or sideways.
        long upwards = t.dependencies().stream()
                .filter(d -> r.box(d.to()).y() < r.box(d.from()).y()).count();
        assertTrue(upwards < t.dependencies().size() / 10, upwards + " of " + t.dependencies().size() + " point up");
    }

    static Stream<Path> samples() throws Exception {
        return Files.list(Path.of("sample-topologies")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleKeepsItsTwoRowBoxesAndIsReadableAtFit(Path sample) {
        Topology t = new TopologyLoader().load(sample).topology().orElseThrow();
        LayoutResult r = layout(t);
        assertTrue(labelPxAtFit(r) >= 11, sample + ": " + labelPxAtFit(r) + " px");
        for (Box b : r.nodes().values()) assertEquals(NodeSize.HEIGHT, b.height(), sample + " keeps its badges row");
    }

    @org.junit.jupiter.api.Test
    void theLayoutMeasuresTextInTheSizeTheCanvasDrawsIt() {
        assertEquals(NodeGeometry.LABEL_FONT_SIZE, NodeSize.LABEL_FONT_SIZE);
    }

    private static void assertNoOverlaps(LayoutResult r) {
        List<Box> boxes = new ArrayList<>(r.nodes().values());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Box a = boxes.get(i);
                Box b = boxes.get(j);
                assertFalse(a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY(),
                        "boxes overlap: " + a + " " + b);
            }
        }
    }
}
