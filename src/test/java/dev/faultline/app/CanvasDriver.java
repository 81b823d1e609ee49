package dev.faultline.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import dev.faultline.app.canvas.DiagramCanvas;

/** Drives the canvas of an opened big graph as a user would, for the moving-picture tests. */
final class CanvasDriver {
    private CanvasDriver() {
    }

    /** Centres {@code node} at a readable zoom (Enter in the search field) and waits until the view rests, drawn. */
    static void showNode(FxRobot robot, DiagramCanvas canvas, String node) throws Exception {
        robot.clickOn("#search").write(node).type(KeyCode.ENTER);
        assertFalse(canvas.grouped(), "close up: nodes, not groups");
        waitForRest(canvas);
    }

    static void waitForRest(DiagramCanvas canvas) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> AppFixtures.fx(canvas::edgesSettled));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** An arrow key on the canvas, as the user presses it: the view pans by a step (call on the FX thread). */
    static void pressOnCanvas(DiagramCanvas canvas, KeyCode key) {
        KeyEvent.fireEvent(canvas, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
    }

    /** Pans right and left with the arrow keys, a step at a time, until {@code done} (read on the FX thread). */
    static void panUntil(FxRobot robot, DiagramCanvas canvas, Supplier<Boolean> done, String never) throws Exception {
        pressUntil(robot, canvas, done, never, KeyCode.RIGHT, KeyCode.LEFT);
    }

    /** Zooms in and out with + and -, a step at a time, until {@code done} (read on the FX thread). */
    static void zoomUntil(FxRobot robot, DiagramCanvas canvas, Supplier<Boolean> done, String never) throws Exception {
        pressUntil(robot, canvas, done, never, KeyCode.MINUS, KeyCode.PLUS);
    }

    private static void pressUntil(FxRobot robot, DiagramCanvas canvas, Supplier<Boolean> done, String never,
            KeyCode... keys) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int i = 0;
        while (!AppFixtures.fx(done)) {
            assertTrue(System.nanoTime() < end, never);
            KeyCode key = keys[i++ % 2];
            robot.interact(() -> pressOnCanvas(canvas, key));
            Thread.sleep(60);
        }
    }
}
