package dev.faultline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.faultline.app.files.RecentFiles;
import dev.faultline.app.task.SameThreadTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;

/** The ControlsFX controls as a user meets them: the node card (PopOver + PropertySheet) and the notifications. */
@ExtendWith(ApplicationExtension.class)
class ControlsFxUsesTest {
    @TempDir
    static Path dir;
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-cfx-" + System.nanoTime());
    private WorkspaceViewModel vm;
    private MainWindow window;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        file = AppFixtures.copyOfSample(dir, CanvasReviewTest.SAMPLE.getFileName().toString());
        AppFixtures.Opened opened = AppFixtures.openInWindow(stage, prefs, file, 1600, 1000);
        vm = opened.vm();
        window = opened.window();
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theNodeCardShowsTheSelectedNodesPropertiesByCategoryBesideIt(FxRobot robot) {
        robot.interact(window.canvas()::fit);
        robot.clickOn((javafx.scene.Node) robot.lookup("#node-fraud-features").query());
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        PropertySheet sheet = robot.lookup("#node-card-sheet").queryAs(PropertySheet.class);
        assertTrue(sheet.isVisible());
        // Risk is the open category: the SPOF verdict reads at once.
        TitledPane open = robot.lookup(".titled-pane").match(n -> n instanceof TitledPane t && t.isExpanded()
                && sheet.getChildrenUnmodifiable().size() > 0 && isInside(n, sheet)).queryAs(TitledPane.class);
        assertEquals("Risk", open.getText());
        assertTrue(robot.lookup("#card-SPOF").queryAs(Label.class).getText().startsWith("yes"));
        // Redundancy holds the replicas, read like the file says.
        robot.clickOn(robot.lookup(".titled-pane").match(n -> n instanceof TitledPane t
                && "Redundancy".equals(t.getText()) && isInside(n, sheet)).queryAs(TitledPane.class).lookup(".title"), javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        int replicas = vm.document().topology().requireNode("fraud-features").replicas();
        Label shown = robot.lookup("#card-replicas").queryAs(Label.class);
        assertTrue(shown.isVisible());
        assertTrue(shown.getText().startsWith(replicas + " "), shown.getText());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aReloadIsAnnouncedByANotificationThatHidesItself(FxRobot robot) {
        robot.clickOn("#tool-reload");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(notificationShows(robot, "Reloaded " + file.getFileName()), "a notification says the file reloaded");
        // A second reload is announced again, though the notice reads the same.
        robot.sleep((long) Toasts.SHOWN_FOR.toMillis() + 1500);
        assertTrue(!notificationShows(robot, "Reloaded"), "it hid itself");
        robot.clickOn("#tool-reload");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(notificationShows(robot, "Reloaded " + file.getFileName()));
    }

    private static boolean notificationShows(FxRobot robot, String text) {
        return robot.lookup(".notification-bar .label").match(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().contains(text) && n.isVisible() && n.getScene() != null
                && n.getScene().getWindow().isShowing()).tryQuery().isPresent();
    }

    private static boolean isInside(javafx.scene.Node n, javafx.scene.Node ancestor) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) if (p == ancestor) return true;
        return false;
    }
}
