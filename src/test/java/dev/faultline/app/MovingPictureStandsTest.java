package dev.faultline.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.Preferences;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.faultline.app.canvas.DiagramCanvas;
import dev.faultline.app.task.ManualTaskRunner;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Topology;

/**
 * While the view of a large graph moves, the moving picture stays on screen when the view outruns it (issue #13):
 * panned beyond its margin it is still drawn, moved with the view, until the next picture covers the view, instead of
 * hundreds of node views for the frames in between; a jump far away brings the views back at once; and nodes panned
 * into view while a hover dims the graph do not drop it. Driven with the arrow keys and the pointer on a generated
 * 2,000-node topology.
 */
@ExtendWith(ApplicationExtension.class)
class MovingPictureStandsTest {
    private static final Topology BIG = GeneratedTopologies.layered(2000, 42);
    private static final Map<String, LayoutResult> LAYOUTS = new HashMap<>();
    private static final String NODE = "svc-1000";

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-" + System.nanoTime());
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) throws Exception {
        AppFixtures.Opened opened = AppFixtures.openBigInTempDir(stage, runner, prefs, BIG, LAYOUTS);
        canvas = opened.window().canvas();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    /** Nudges the view left and right with the arrow keys until a picture covering all of the view is shown. */
    private void panUntilAPictureCoversTheView(FxRobot robot) throws Exception {
        CanvasDriver.panUntil(robot, canvas, canvas::movingPictureCoversView, "no moving picture covered the view");
    }

    @Test
    void panningBeyondThePictureKeepsItOnScreenUntilTheNextOneCovers(FxRobot robot) throws Exception {
        CanvasDriver.showNode(robot, canvas, NODE);
        panUntilAPictureCoversTheView(robot);
        boolean[] seen = new boolean[3];
        robot.interact(() -> {
            // Four steps right in one pulse: 240 px, beyond the picture's margin (a fifth of the ~1,050 px view).
            for (int k = 0; k < 4; k++) CanvasDriver.pressOnCanvas(canvas, KeyCode.RIGHT);
            seen[0] = canvas.movingPictureCoversView();
            seen[1] = canvas.movingPictureShown();
            seen[2] = canvas.nodeViewsDrawn();
        });
        assertFalse(seen[0], "the view went beyond the picture");
        assertTrue(seen[1], "the picture still stands in for the views, moved with the view");
        assertFalse(seen[2], "no frame falls back to drawing the node views");
        // The next picture, painted meanwhile, covers the view again (the keys keep the view moving).
        panUntilAPictureCoversTheView(robot);
        CanvasDriver.waitForRest(canvas);
        assertTrue(AppFixtures.fx(canvas::nodeViewsDrawn), "at rest: the views");
        assertFalse(AppFixtures.fx(canvas::movingPictureShown));
    }

    @Test
    void aJumpFarAwayWhileMovingBringsTheViewsBackAtOnce(FxRobot robot) throws Exception {
        CanvasDriver.showNode(robot, canvas, NODE);
        panUntilAPictureCoversTheView(robot);
        // The node laid out farthest from the one in view.
        String far = AppFixtures.fx(() -> {
            dev.faultline.layout.Box at = canvas.scene().nodes().stream().filter(n -> n.id().equals(NODE)).findFirst()
                    .orElseThrow().bounds();
            return canvas.scene().nodes().stream().max(java.util.Comparator.comparingDouble(n ->
                    Math.hypot(n.bounds().x() - at.x(), n.bounds().y() - at.y()))).orElseThrow().id();
        });
        double[] before = new double[3];
        double[] after = new double[1];
        boolean[] seen = new boolean[2];
        robot.interact(() -> {
            before[1] = canvas.viewport().tx();
            before[2] = canvas.viewport().ty();
            CanvasDriver.pressOnCanvas(canvas, KeyCode.RIGHT); // still moving
            canvas.centreOn(far); // as the search's Enter does
            after[0] = Math.hypot(canvas.viewport().tx() - before[1], canvas.viewport().ty() - before[2]);
            seen[0] = canvas.movingPictureShown();
            seen[1] = canvas.nodeViewsDrawn();
        });
        assertTrue(after[0] > canvas.getWidth(), "a jump of " + after[0] + " px to " + far);
        assertFalse(seen[0], "a picture of somewhere else does not stand for the view");
        assertTrue(seen[1], "the views are drawn in the same pulse");
    }

    @Test
    void nodesPannedIntoViewWhileAHoverDimsTheGraphKeepThePicture(FxRobot robot) throws Exception {
        CanvasDriver.showNode(robot, canvas, NODE);
        // The pointer enters the node (as in IncrementalRedrawTest): the rest of the graph is dimmed.
        robot.interact(() -> javafx.event.Event.fireEvent(canvas.nodeView(NODE), new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_ENTERED, 0, 0, 0, 0, javafx.scene.input.MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null)));
        long dimmed = AppFixtures.fx(() -> canvas.scene().nodes().stream().filter(n -> canvas.dimOf(n.id()) < 1)
                .count());
        assertTrue(dimmed > 100, "the hover dims the rest of the graph: " + dimmed);
        CanvasDriver.waitForRest(canvas);
        panUntilAPictureCoversTheView(robot);
        int[] views = new int[2];
        boolean[] seen = new boolean[1];
        robot.interact(() -> {
            views[0] = canvas.nodeViewCount();
            for (int k = 0; k < 3; k++) CanvasDriver.pressOnCanvas(canvas, KeyCode.DOWN);
            views[1] = canvas.nodeViewCount();
            seen[0] = canvas.movingPictureShown();
        });
        assertTrue(views[1] > views[0], "new views were made for the nodes panned into view: " + views[0] + " -> "
                + views[1]);
        assertTrue(seen[0], "taking the hover's dimming, they change nothing the picture shows: it stays");
    }
}
