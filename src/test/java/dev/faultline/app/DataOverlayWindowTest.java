package dev.faultline.app;

import dev.faultline.app.canvas.PseudoStates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;

import javafx.scene.control.Label;
import javafx.scene.shape.Rectangle;
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
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.io.TopologyLoader;
import dev.faultline.model.Topology;
import dev.faultline.render.Overlay;

/** The Data overlay and the team costs, driven as a user does (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class DataOverlayWindowTest {
    @TempDir
    static Path dir;

    static final Topology GOVERNED = new TopologyLoader().parse("""
            faultline: 1
            name: governed
            teams:
              - {id: pay, members: [ana, bo]}
            zones:
              - {id: eu-a, jurisdiction: EU}
              - {id: us-a, jurisdiction: US}
            nodes:
              - {id: api, team: pay, zones: [eu-a], data: [pii], residency: [EU], entrypoint: true, replicas: 3,
                 minHealthy: 1, monthlyCost: 200}
              - {id: db, team: pay, kind: database, zones: [eu-a], data: [pii], residency: [EU]}
              - {id: db-us, kind: database, zones: [us-a], monthlyCost: 90}
              - {id: vault, team: pay, zones: [eu-a], data: [pan], residency: [EU]}
              - {id: tracker, kind: external, jurisdiction: US}
              - {id: cache, kind: cache, zones: [eu-a]}
            dependencies:
              - {from: api, to: db, fallback: [db-us]}
              - {from: api, to: tracker, mode: async}
              - {from: api, to: cache}
              - {from: api, to: vault}
            """, null).topology().orElseThrow();

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-" + System.nanoTime());
    private WorkspaceViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.createTempFile(dir, "governed", ".yaml");
        vm = new WorkspaceViewModel(AppFixtures.services(new AppFixtures.Files().put(file, GOVERNED)), runner);
        MainWindow window = new MainWindow(stage, vm, new RecentFiles(prefs));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        vm.open(file);
        runner.runPending();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    private static Object fill(FxRobot robot, String node) {
        return robot.lookup("#node-" + node).lookup(".node-shape").queryAs(Rectangle.class).getFill();
    }

    private static boolean dimmed(FxRobot robot, String node) {
        return PseudoStates.has(robot.lookup("#node-" + node).query(), "out-of-scope");
    }

    @Test
    void theDataOverlayColoursByDataClassAndNamesLeaksInTheLegend(FxRobot robot) {
        Object plain = fill(robot, "api");
        robot.clickOn("#overlay-data");
        assertEquals(Overlay.DATA, vm.overlayProperty().get());
        assertNotEquals(plain, fill(robot, "api"));
        assertEquals(fill(robot, "api"), fill(robot, "db"), "both hold pii");
        assertNotEquals(fill(robot, "api"), fill(robot, "vault"), "pan has its own colour");
        AppFixtures.openLegend(robot);
        Set<String> legend = robot.lookup("#legend").lookup(".legend-label").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.toSet());
        assertTrue(legend.containsAll(Set.of("data: pii", "data: pan", "carries data out of its residency")),
                legend.toString());
    }

    @Test
    void selectingAStoreHighlightsTheAuditScopeOfItsClass(FxRobot robot) {
        robot.clickOn("#overlay-data");
        robot.clickOn("#node-vault");
        assertFalse(dimmed(robot, "vault"));
        assertFalse(dimmed(robot, "api"), "api calls the vault synchronously: in pan's audit scope");
        assertTrue(dimmed(robot, "db") && dimmed(robot, "cache") && dimmed(robot, "tracker"));
        robot.clickOn("#overlay-spof");
        assertFalse(dimmed(robot, "cache"), "only the Data overlay highlights the scope");
    }

    @Test
    void theTeamsPanelShowsWhatEachTeamPays(FxRobot robot) {
        robot.clickOn("#tab-teams");
        assertEquals("pay: 600 · premium 400 · 2 unpriced", robot.lookup("#cost-pay").queryAs(Label.class).getText());
        assertEquals("unowned: 90 · premium 0 · 2 unpriced",
                robot.lookup("#cost-unowned").queryAs(Label.class).getText());
        assertEquals("Total: 690 · premium 400", robot.lookup("#cost-total").queryAs(Label.class).getText());
    }
}
