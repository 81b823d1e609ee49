package dev.faultline.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.faultline.analysis.Analyzer;
import dev.faultline.app.GeneratedTopologies;
import dev.faultline.layout.Box;
import dev.faultline.layout.ElkLayeredLayout;
import dev.faultline.layout.LayoutResult;
import dev.faultline.layout.Point;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.render.SceneBuilder;
import dev.faultline.render.SceneNode;
import dev.faultline.render.SceneRequest;

/**
 * A jump to a node of a large graph (search Enter, selecting a finding) draws the nodes inside the window in the
 * same frame and the nodes only in the margin around it at the next frame (issue #13: making all of them at once
 * kept the FX thread busy for over 100 ms at 2,000 nodes).
 */
@ExtendWith(ApplicationExtension.class)
class SpreadViewsTest {
    private DiagramCanvas canvas;
    private Topology topology;

    @Start
    void start(Stage stage) {
        topology = GeneratedTopologies.layered(600, 5);
        LayoutResult layout = new ElkLayeredLayout().layout(topology, Map.of(), ProgressListener.NONE,
                CancellationToken.NONE);
        canvas = new DiagramCanvas(new NoActions());
        stage.setScene(new Scene(canvas, 1600, 1000));
        stage.show();
        canvas.show(new SceneBuilder().build(SceneRequest.of(topology, layout, new Analyzer().analyze(topology))));
    }

    /** Readable zoom over the top-left corner of the diagram: the nodes far from it have no views yet. */
    private void startAtTheTopLeftCorner() {
        canvas.viewport().set(0.5, 0, 0);
        canvas.applyViewportForProbe();
    }

    /** The node farthest from the top-left corner. */
    private String farNode() {
        return canvas.scene().nodes().stream().max(java.util.Comparator.comparingDouble(
                (SceneNode n) -> n.bounds().x() + n.bounds().y())).orElseThrow().id();
    }

    @Test
    void aJumpDrawsTheWindowAtOnceAndTheMarginAtTheNextFrame(FxRobot robot) throws Exception {
        robot.interact(this::startAtTheTopLeftCorner);
        WaitForAsyncUtils.waitForFxEvents(20);
        String id = farNode();
        List<String> inWindow = new ArrayList<>();
        List<String> marginOnly = new ArrayList<>();
        List<String> windowNotDrawn = new ArrayList<>();
        List<String> marginMadeAtOnce = new ArrayList<>();
        int[] edgesInReach = new int[1];
        robot.interact(() -> {
            canvas.centreOn(id);
            // Read in the same FX event as the jump, before any further frame.
            Viewport v = canvas.viewport();
            double margin = 200 / v.scale();
            double x0 = v.toWorldX(0);
            double y0 = v.toWorldY(0);
            double x1 = v.toWorldX(canvas.getWidth());
            double y1 = v.toWorldY(canvas.getHeight());
            for (SceneNode n : canvas.scene().nodes()) {
                Box b = n.bounds();
                if (meets(b, x0, y0, x1, y1)) inWindow.add(n.id());
                else if (meets(b, x0 - margin, y0 - margin, x1 + margin, y1 + margin)) marginOnly.add(n.id());
            }
            for (var e : canvas.scene().edges()) {
                double ex0 = e.path().stream().mapToDouble(Point::x).min().orElse(0);
                double ex1 = e.path().stream().mapToDouble(Point::x).max().orElse(0);
                double ey0 = e.path().stream().mapToDouble(Point::y).min().orElse(0);
                double ey1 = e.path().stream().mapToDouble(Point::y).max().orElse(0);
                if (ex1 >= x0 - margin && ex0 <= x1 + margin && ey1 >= y0 - margin && ey0 <= y1 + margin) {
                    edgesInReach[0]++;
                }
            }
            for (String w : inWindow) if (!drawn(w)) windowNotDrawn.add(w);
            for (String m : marginOnly) if (drawn(m)) marginMadeAtOnce.add(m);
        });
        assertTrue((inWindow.size() + marginOnly.size()) * SpreadViews.NODE_WEIGHT + edgesInReach[0]
                > SpreadViews.AT_ONCE, "a large jump: " + inWindow.size() + " + " + marginOnly.size() + " nodes, "
                + edgesInReach[0] + " edges");
        assertFalse(marginOnly.isEmpty());
        assertEquals(List.of(), windowNotDrawn, "every node in the window is drawn in the jump's frame");
        assertEquals(List.of(), marginMadeAtOnce, "the margin waits for the next frame");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> marginOnly.stream().allMatch(this::drawn)).get());
        robot.interact(() -> assertTrue(inWindow.stream().allMatch(this::drawn), "the window stays drawn"));
    }

    @Test
    void aSmallPanDrawsItsMarginAtOnce(FxRobot robot) {
        robot.interact(this::startAtTheTopLeftCorner);
        WaitForAsyncUtils.waitForFxEvents(20);
        List<String> notDrawn = new ArrayList<>();
        robot.interact(() -> {
            canvas.viewport().panBy(-40, 0);
            canvas.applyViewportForProbe();
            Viewport v = canvas.viewport();
            double margin = 200 / v.scale();
            for (SceneNode n : canvas.scene().nodes()) {
                if (meets(n.bounds(), v.toWorldX(0) - margin, v.toWorldY(0) - margin,
                        v.toWorldX(canvas.getWidth()) + margin, v.toWorldY(canvas.getHeight()) + margin)
                        && !drawn(n.id())) {
                    notDrawn.add(n.id());
                }
            }
        });
        assertEquals(List.of(), notDrawn, "a pan brings few views: all are made in its frame");
    }

    /** Drawn: the canvas's own view (not a probe's stand-in), shown. */
    private boolean drawn(String id) {
        Node view = canvas.nodeView(id);
        return view.getParent() != null && view.isVisible();
    }

    private static boolean meets(Box b, double x0, double y0, double x1, double y1) {
        return b.maxX() >= x0 && b.x() <= x1 && b.maxY() >= y0 && b.y() <= y1;
    }

    private static final class NoActions implements CanvasActions {
        public void select(String nodeId, boolean add) { }
        public void clearSelection() { }
        public void failNode(String nodeId) { }
        public void failInstance(String nodeId) { }
        public void showBlastRadius(String nodeId) { }
        public void pin(Map<String, Point> topLeftById) { }
        public void unpin(String nodeId) { }
        public boolean isPinned(String nodeId) { return false; }
        public void copyId(String nodeId) { }
        public List<dev.faultline.simulation.FailureEvent> domainEvents() { return List.of(); }
        public void failDomain(dev.faultline.simulation.FailureEvent event) { }
    }
}
