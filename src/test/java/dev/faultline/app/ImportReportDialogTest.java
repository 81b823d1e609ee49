package dev.faultline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.faultline.app.files.RecentFiles;
import dev.faultline.app.task.ManualTaskRunner;
import dev.faultline.app.workspace.CoreServices;
import dev.faultline.app.workspace.WorkspaceViewModel;

/** File › Import… shows the importer's report (guessed, unknown) in the app, as the command line prints it. */
@ExtendWith(ApplicationExtension.class)
class ImportReportDialogTest {
    private static final String REPORT = """
            Imported compose from 1 file(s): docker-compose.yml
            Guessed (check these):
              - orders -> orders-db: guessed from names
            Could not be known from these files:
              - team payments: its members (the bus factor) are unknown
            """;

    @TempDir
    static Path dir;

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-" + System.nanoTime());
    private WorkspaceViewModel vm;
    private Path output;
    private int imports;

    @Start
    void start(Stage stage) throws Exception {
        output = dir.resolve("imported-" + System.nanoTime() + ".yaml");
        CoreServices base = AppFixtures.services(new AppFixtures.Files().put(output, AppFixtures.shop()));
        CoreServices services = new CoreServices(base.loader(), base.analyzer(), base.layout(), base.scenes(),
                base.sidecar(), base.diagrams(), (format, inputs, out) -> {
                    imports++;
                    return REPORT;
                });
        vm = new WorkspaceViewModel(services, runner);
        MainWindow window = new MainWindow(stage, vm, new RecentFiles(prefs));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    private void importOnce(FxRobot robot) {
        robot.interact(() -> vm.importFiles("compose", List.of(dir.resolve("docker-compose.yml")), output));
        robot.interact(runner::runPending);
        robot.interact(runner::runPending);
    }

    @Test
    void theReportOpensAfterAnImportAndCloses(FxRobot robot) {
        assertTrue(robot.lookup("#import-report").tryQuery().isEmpty(), "nothing before an import");
        importOnce(robot);
        TextArea text = robot.lookup("#import-report").queryAs(TextArea.class);
        assertEquals(REPORT, text.getText());
        assertEquals(output.toAbsolutePath().normalize(), vm.document().file(), "the imported file opened too");
        robot.clickOn("Close");
        assertTrue(robot.lookup("#import-report").tryQuery().isEmpty(), "closed");
    }

    @Test
    void theSameReportAgainOpensAgain(FxRobot robot) {
        importOnce(robot);
        robot.clickOn("Close");
        importOnce(robot);
        assertEquals(2, imports);
        assertEquals(REPORT, robot.lookup("#import-report").queryAs(TextArea.class).getText());
    }
}
