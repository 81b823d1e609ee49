package dev.faultline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.faultline.app.canvas.DiagramCanvas;
import dev.faultline.app.task.ManualTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.layout.Box;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Topology;
import dev.faultline.render.SceneNode;
import dev.faultline.simulation.FailureEvent;

/**
 * While the view zooms, the moving picture (painted at a zoom step) is shown resampled at the view's exact zoom in a
 * bitmap of the view's screen pixels, which the renderer copies instead of interpolating the scaled picture (issue
 * #13); a pan at the picture's own zoom shows the picture itself (already on whole pixels); at rest, the views. Driven
 * with the arrow, + and - keys on a generated 2,000-node topology; what the frame shows is read in the pulse, just
 * before the scene goes to the renderer.
 */
@ExtendWith(ApplicationExtension.class)
class ResampledPictureTest {
    private static final Topology BIG = GeneratedTopologies.layered(2000, 42);
    private static final Map<String, LayoutResult> LAYOUTS = new HashMap<>();
    private static final String NODE = "svc-1000";

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-" + System.nanoTime());
    private DiagramCanvas canvas;
    private WorkspaceViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        AppFixtures.Opened opened = AppFixtures.openBigInTempDir(stage, runner, prefs, BIG, LAYOUTS);
        canvas = opened.window().canvas();
        vm = opened.vm();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    /** Runs {@code action} on the FX thread, then reads {@code what} in the next pulse, after its layout. */
    private <T> T inTheNextFrame(FxRobot robot, Runnable action, Supplier<T> what) throws Exception {
        CompletableFuture<T> seen = new CompletableFuture<>();
        robot.interact(() -> {
            Scene scene = canvas.getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                if (seen.isDone()) return;
                seen.complete(what.get());
                Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
            };
            action.run();
            // Added after the canvas's own listener: runs after it in the same pulse.
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        return seen.get(10, TimeUnit.SECONDS);
    }

    private SceneNode node() throws Exception {
        return AppFixtures.fx(() -> canvas.scene().nodes().stream().filter(x -> x.id().equals(NODE)).findFirst()
                .orElseThrow());
    }

    @Test
    void zoomingWhileThePictureIsOnShowsItResampledAtTheViewsZoom(FxRobot robot) throws Exception {
        CanvasDriver.showNode(robot, canvas, NODE);
        CanvasDriver.panUntil(robot, canvas, canvas::movingPictureShown, "the moving picture never came");
        Box b = node().bounds();
        double x = b.maxX() - 5;
        double y = b.maxY() - 4;
        Object[] seen = inTheNextFrame(robot, () -> CanvasDriver.pressOnCanvas(canvas, KeyCode.PLUS),
                () -> new Object[] {canvas.movingPictureShown(), canvas.movingPictureResampled(),
                        canvas.nodeViewsDrawn(), canvas.resampledPictureColourAt(x, y),
                        canvas.movingPictureColourAt(x, y)});
        assertTrue((Boolean) seen[0], "the picture stands in for the views while zooming");
        assertTrue((Boolean) seen[1], "shown resampled at the view's zoom, one bitmap pixel per screen pixel");
        assertFalse((Boolean) seen[2], "the views are not drawn");
        Color shown = (Color) seen[3];
        Color painted = (Color) seen[4];
        Color fill = Color.web(node().fill());
        assertEquals(fill.getRed(), shown.getRed(), 0.03,
                "the node's fill where its view is: " + shown + " vs " + fill);
        assertEquals(fill.getGreen(), shown.getGreen(), 0.03);
        assertEquals(fill.getBlue(), shown.getBlue(), 0.03);
        assertEquals(1, shown.getOpacity(), 0.01);
        assertEquals(painted.getRed(), shown.getRed(), 0.02, "what the picture painted there");

        CanvasDriver.waitForRest(canvas);
        boolean[] atRest = inTheNextFrame(robot, () -> { },
                () -> new boolean[] {canvas.movingPictureResampled(), canvas.nodeViewsDrawn()});
        assertFalse(atRest[0], "at rest: no picture");
        assertTrue(atRest[1], "at rest: the views");
    }

    @Test
    void aPanAtThePicturesOwnZoomShowsThePictureItself(FxRobot robot) throws Exception {
        CanvasDriver.showNode(robot, canvas, NODE);
        CanvasDriver.panUntil(robot, canvas, canvas::movingPictureShown, "the moving picture never came");
        boolean[] seen = inTheNextFrame(robot, () -> CanvasDriver.pressOnCanvas(canvas, KeyCode.RIGHT),
                () -> new boolean[] {canvas.movingPictureShown(), canvas.movingPictureResampled()});
        assertTrue(seen[0], "the picture stands in for the views");
        assertFalse(seen[1], "at its own zoom it lands on whole pixels: copied as it is, nothing to resample");
    }

    @Test
    void aFailureWhileZoomingIsDrawnAtOnceAndTheNextResampledPictureShowsIt(FxRobot robot) throws Exception {
        CanvasDriver.showNode(robot, canvas, NODE);
        CanvasDriver.panUntil(robot, canvas, canvas::movingPictureShown, "the moving picture never came");
        boolean[] seen = inTheNextFrame(robot, () -> {
            CanvasDriver.pressOnCanvas(canvas, KeyCode.PLUS); // zooming when the failure lands
            vm.fail(FailureEvent.node(NODE));
            runner.runPending();
        }, () -> new boolean[] {canvas.movingPictureShown(), canvas.movingPictureResampled(), canvas.nodeViewsDrawn()});
        assertFalse(seen[0], "the picture shows the looks before the failure: it goes in the same pulse");
        assertFalse(seen[1], "and so does its resampled copy");
        assertTrue(seen[2], "the views, which show the failure, are drawn");

        // Still zooming: the next picture (at a zoom step) is resampled, and shows the failure. Its colour is read in
        // the same turn of the FX thread that sees the picture: a pulse in between may end the zoom and drop it.
        SceneNode failed = node();
        Box b = failed.bounds();
        Color[] seenColour = new Color[1];
        CanvasDriver.zoomUntil(robot, canvas, () -> {
            if (!canvas.movingPictureShown() || !canvas.movingPictureResampled()) return false;
            seenColour[0] = canvas.resampledPictureColourAt(b.maxX() - 5, b.maxY() - 4);
            return true;
        }, "no resampled picture came after the failure");
        Color shown = seenColour[0];
        Color fill = Color.web(failed.fill());
        assertEquals(fill.getRed(), shown.getRed(), 0.03, "the failed node's fill: " + shown + " vs " + fill);
        assertEquals(fill.getGreen(), shown.getGreen(), 0.03);
        assertEquals(fill.getBlue(), shown.getBlue(), 0.03);
    }
}
