package dev.faultline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.faultline.app.canvas.DiagramCanvas;
import dev.faultline.app.canvas.PseudoStates;
import dev.faultline.app.task.ManualTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.layout.Box;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Topology;
import dev.faultline.render.SceneNode;
import dev.faultline.simulation.FailureEvent;

/**
 * While the view of a large graph moves, one picture of the edges and nodes in view stands in for the node views, and
 * the views come back once it rests (issue #13). Driven as a user does, with the arrow keys on a generated 2,000-node
 * topology: the picture shows the nodes; a failure applied while it is shown is drawn at once by the views; a node
 * clicked right after a pan is selected.
 */
@ExtendWith(ApplicationExtension.class)
class MovingPictureTest {
    private static final Topology BIG = GeneratedTopologies.layered(2000, 42);
    private static final Map<String, LayoutResult> LAYOUTS = new HashMap<>();
    private static final String NODE = "svc-1000";

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-" + System.nanoTime());
    private WorkspaceViewModel vm;
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) throws Exception {
        AppFixtures.Opened opened = AppFixtures.openBigInTempDir(stage, runner, prefs, BIG, LAYOUTS);
        vm = opened.vm();
        canvas = opened.window().canvas();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }
    /** An arrow key on the canvas, as the user presses it: the view pans by a step. */
    /** Pans with the arrow keys, a step at a time, until the moving picture is on screen. */
    private void panUntilThePictureShows(FxRobot robot) throws Exception {
        CanvasDriver.panUntil(robot, canvas, canvas::movingPictureShown, "the moving picture never came");
    }

    @Test
    void whileTheViewMovesOnePictureStandsInForTheViewsAndTheyComeBackAtRest(FxRobot robot) throws Exception {
        CanvasDriver.showNode(robot, canvas, NODE);
        assertTrue(AppFixtures.fx(canvas::nodeViewsDrawn), "at rest: the node views");
        assertFalse(AppFixtures.fx(canvas::movingPictureShown));

        panUntilThePictureShows(robot);
        assertFalse(AppFixtures.fx(canvas::nodeViewsDrawn), "while moving, the picture stands in for the views");
        Node view = robot.lookup("#node-" + NODE).query();
        assertNotNull(view, "the views stay in the scene (they are still picked), only not drawn");
        // The picture paints the node: its box, in its fill colour, where its view is.
        SceneNode n = AppFixtures.fx(() -> canvas.scene().nodes().stream().filter(x -> x.id().equals(NODE)).findFirst()
                .orElseThrow());
        Box b = n.bounds();
        Color inside = AppFixtures.fx(() -> canvas.movingPictureColourAt(b.maxX() - 5, b.maxY() - 4));
        Color fill = Color.web(n.fill());
        assertEquals(fill.getRed(), inside.getRed(), 0.03, "the node's fill: " + inside + " vs " + fill);
        assertEquals(fill.getGreen(), inside.getGreen(), 0.03);
        assertEquals(fill.getBlue(), inside.getBlue(), 0.03);
        assertEquals(1, inside.getOpacity(), 0.01);

        CanvasDriver.waitForRest(canvas);
        assertTrue(AppFixtures.fx(canvas::nodeViewsDrawn), "at rest again: the views are drawn");
        assertFalse(AppFixtures.fx(canvas::movingPictureShown));
    }

    @Test
    void aFailureAppliedWhileThePictureIsShownIsDrawnAtOnce(FxRobot robot) throws Exception {
        CanvasDriver.showNode(robot, canvas, NODE);
        panUntilThePictureShows(robot);
        boolean[] seen = new boolean[4];
        robot.interact(() -> {
            // One step of the pan and the failure in the same pulse: the view still moves when the edit lands.
            CanvasDriver.pressOnCanvas(canvas, KeyCode.RIGHT);
            seen[0] = canvas.movingPictureShown();
            vm.fail(FailureEvent.node(NODE));
            runner.runPending();
            seen[1] = canvas.movingPictureShown();
            seen[2] = canvas.nodeViewsDrawn();
            seen[3] = PseudoStates.has(canvas.nodeView(NODE), "state-failed");
        });
        assertTrue(seen[0], "the picture was on screen when the failure was applied");
        assertFalse(seen[1], "the picture shows the looks before the failure: it goes at once");
        assertTrue(seen[2], "the views, which show the failure, are drawn in its place");
        assertTrue(seen[3], "the failed node's view shows its state");

        // Still moving: the next picture paints the failure, and stands in again.
        panUntilThePictureShows(robot);
        SceneNode failed = AppFixtures.fx(() -> canvas.scene().nodes().stream().filter(x -> x.id().equals(NODE)).findFirst()
                .orElseThrow());
        Box b = failed.bounds();
        Color inside = AppFixtures.fx(() -> canvas.movingPictureColourAt(b.maxX() - 5, b.maxY() - 4));
        Color fill = Color.web(failed.fill());
        assertEquals(fill.getRed(), inside.getRed(), 0.03, "the failed node's fill: " + inside + " vs " + fill);
        assertEquals(fill.getGreen(), inside.getGreen(), 0.03);
        assertEquals(fill.getBlue(), inside.getBlue(), 0.03);
    }

    @Test
    void clickingANodeRightAfterAPanSelectsIt(FxRobot robot) throws Exception {
        CanvasDriver.showNode(robot, canvas, NODE);
        robot.interact(() -> vm.select("svc-1", false)); // another node selected: the click must change it
        assertEquals(List.of("svc-1"), AppFixtures.fx(() -> List.copyOf(vm.selection())));
        panUntilThePictureShows(robot);
        robot.clickOn("#node-" + NODE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(NODE), AppFixtures.fx(() -> List.copyOf(vm.selection())), "the click reached the node");
    }
}
