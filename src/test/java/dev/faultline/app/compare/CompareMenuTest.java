package dev.faultline.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.faultline.app.FaultlineApp;
import dev.faultline.app.MainWindow;
import dev.faultline.app.files.RecentFiles;
import dev.faultline.app.task.SameThreadTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;

/** File › Compare with… shows the Changes tab of the main window for the open topology. */
@ExtendWith(ApplicationExtension.class)
class CompareMenuTest {
    @TempDir
    static Path dir;
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-compare-" + System.nanoTime());

    @Start
    void start(Stage stage) throws Exception {
        dev.faultline.app.AppFixtures.openInWindow(stage, prefs,
                dev.faultline.app.AppFixtures.copyOfSample(dir, "online-shop.yaml"), 1100, 700);
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theFileMenuShowsTheChangesTabDockedInTheMainWindow(FxRobot robot) {
        robot.clickOn("File").clickOn("Compare with…");
        long panes = Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#compare-pane") != null).count();
        assertEquals(1, panes);
        assertEquals(1, Window.getWindows().size(), "no separate window");
        assertTrue(robot.lookup("#compare-run").query().isVisible());
        assertTrue(robot.lookup("#compare-pane").query().isVisible(), "the Changes tab is the one shown");
    }
}
