package dev.faultline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.faultline.app.canvas.PseudoStates;
import dev.faultline.app.files.RecentFiles;
import dev.faultline.app.panels.FlowsView;
import dev.faultline.app.panels.StatusBar;
import dev.faultline.app.task.ManualTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;
import dev.faultline.render.DiagramScene;
import dev.faultline.render.Overlay;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.State;

/**
 * The picture of an edit is built on the task runner, not the FX thread (issue #13). The runner here holds that
 * work until the test lets it run, as a slow background thread would: until then the canvas shows the previous
 * picture; once it runs, the canvas shows exactly the engine's states; a build overtaken by a newer edit is never
 * shown, whichever finishes first.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundSceneTest {
    @TempDir
    static Path dir;

    private final ManualTaskRunner runner = new ManualTaskRunner().holdQuietWork();
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-" + System.nanoTime());
    private final List<DiagramScene> shown = new ArrayList<>();
    private WorkspaceViewModel vm;
    private MainWindow window;
    private Topology topology;

    @Start
    void start(Stage stage) throws Exception {
        topology = GeneratedTopologies.layered(300, 11);
        Path file = Files.createTempFile(dir, "g300", ".yaml");
        vm = new WorkspaceViewModel(AppFixtures.services(new AppFixtures.Files().put(file, topology)), runner);
        window = new MainWindow(stage, vm, new RecentFiles(prefs));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        vm.open(file);
        runner.runPending();
        vm.sceneProperty().addListener((o, a, b) -> shown.add(b));
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    @Test
    void aFailureAppliedFromTheBackgroundBuildShowsTheEnginesStates(FxRobot robot) {
        String hub = hubs().get(0);
        DiagramScene before = vm.scene();
        String countsBefore = counts().getText();
        robot.interact(() -> vm.fail(FailureEvent.node(hub)));
        // The simulation runs with the picture, in the background: until both are made, no panel shows the edit
        // and the canvas shows the old picture (never a half-applied edit).
        assertTrue(vm.sceneBuildingProperty().get());
        assertEquals(State.UP, vm.stateOf(hub));
        assertTrue(vm.scenario().isEmpty());
        assertTrue(steps().getItems().isEmpty(), "the scenario panel waits for the picture");
        assertEquals(countsBefore, counts().getText());
        assertSame(before, window.canvas().scene());
        assertFalse(PseudoStates.has(window.canvas().nodeView(hub), "state-failed"), "not drawn before it is built");

        robot.interact(runner::runPending);
        assertFalse(vm.sceneBuildingProperty().get());
        assertEquals(1, shown.size(), "one picture, applied in one step");
        assertSame(vm.scene(), window.canvas().scene());
        assertEquals(State.DOWN, vm.stateOf(hub));
        assertShowsEngineStates();
        assertTrue(PseudoStates.has(window.canvas().nodeView(hub), "state-failed"));
        assertEquals(List.of(FailureEvent.node(hub)), steps().getItems());
        assertEquals(StatusBar.countsText(vm), counts().getText());
        assertEquals("Failed " + FailureEvent.node(hub), vm.noticeProperty().get());
    }

    @Test
    void anUndoWhileTheFailuresPictureIsPendingLeavesEveryPanelAtTheUndoneState(FxRobot robot) {
        List<String> hubs = hubs();
        robot.interact(() -> vm.fail(FailureEvent.node(hubs.get(0))));
        robot.interact(runner::runPending);
        robot.interact(() -> vm.fail(FailureEvent.node(hubs.get(1))));
        // Undo before the second failure was simulated or drawn: it undoes that failure, not the first one.
        robot.interact(vm::undo);
        robot.interact(runner::runPending);
        // The second failure's picture was skipped; the undo's is the first failure's picture again (an equal scene).
        assertEquals(1, shown.size(), "nothing drawn for the overtaken failure: " + shown.size());
        assertEquals(shown.get(0), vm.scene());
        assertEquals(List.of("node:" + hubs.get(0)), vm.scenario().labels());
        assertEquals(List.of(FailureEvent.node(hubs.get(0))), steps().getItems());
        assertShowsEngineStates();
        assertEquals(StatusBar.countsText(vm), counts().getText());
        assertFalse(PseudoStates.has(window.canvas().nodeView(hubs.get(1)), "state-failed"));

        // Redo, and a second undo while the redo is pending: both steps are kept in order.
        robot.interact(vm::redo);
        robot.interact(vm::undo);
        robot.interact(vm::redo);
        robot.interact(runner::runPending);
        assertEquals(List.of("node:" + hubs.get(0), "node:" + hubs.get(1)), vm.scenario().labels());
        assertShowsEngineStates();
        assertTrue(PseudoStates.has(window.canvas().nodeView(hubs.get(1)), "state-failed"));
    }

    @Test
    void aPendingEditsSimulationIsTheEnginesAndTheFlowsPanelShowsIt(FxRobot robot) {
        List<String> hubs = hubs();
        robot.interact(() -> vm.fail(FailureEvent.node(hubs.get(0))));
        robot.interact(() -> vm.overlayProperty().set(Overlay.ZONES));
        robot.interact(runner::runPending);
        var expected = vm.document().engine().simulate(vm.scenario());
        assertEquals(expected.nodes(), vm.simulation().nodes(), "an overlay switch during the edit keeps the edit");
        assertEquals(List.of("node:" + hubs.get(0)), vm.scenario().labels());
        for (FlowsView.FlowRow row : robot.lookup("#flows").queryAs(FlowsView.class).rows()) {
            assertEquals(expected.flow(row.id()), row.state(), row.id());
        }
    }

    private ListView<?> steps() {
        return robot().lookup("#scenario-steps").queryAs(ListView.class);
    }

    private Label counts() {
        return robot().lookup("#status-counts").queryAs(Label.class);
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    @Test
    void aBuildOvertakenByANewerEditIsNeverShownWhicheverFinishesFirst(FxRobot robot) {
        List<String> hubs = hubs();
        robot.interact(() -> vm.fail(FailureEvent.node(hubs.get(0))));
        robot.interact(() -> vm.fail(FailureEvent.node(hubs.get(1))));
        robot.interact(() -> vm.overlayProperty().set(Overlay.TEAMS));
        assertEquals(3, runner.pendingCount());
        // Threads may finish in any order: the newest first, then the two stale ones, which must be dropped.
        robot.interact(runner::runNewestFirst);
        assertEquals(1, shown.size(), "only the newest picture is shown: " + shown.size());
        assertEquals(Overlay.TEAMS, window.canvas().scene().overlay());
        assertShowsEngineStates();
        assertTrue(PseudoStates.has(window.canvas().nodeView(hubs.get(0)), "state-failed"));
        assertTrue(PseudoStates.has(window.canvas().nodeView(hubs.get(1)), "state-failed"));

        // Undo, then a failure before the undo's picture came: in order, the stale build is skipped.
        robot.interact(vm::undo);
        robot.interact(() -> vm.fail(FailureEvent.node(hubs.get(2))));
        robot.interact(runner::runPending);
        assertEquals(2, shown.size(), "the undo's picture was skipped");
        assertEquals(List.of("node:" + hubs.get(0), "node:" + hubs.get(2)), vm.scenario().labels());
        assertShowsEngineStates();
        assertFalse(PseudoStates.has(window.canvas().nodeView(hubs.get(1)), "state-failed"), "undone");
    }

    private void assertShowsEngineStates() {
        for (var n : topology.nodes()) {
            State s = vm.stateOf(n.id());
            Node v = window.canvas().nodeView(n.id());
            boolean down = PseudoStates.has(v, "state-down") || PseudoStates.has(v, "state-failed");
            assertEquals(s == State.DOWN, down, n.id() + " is " + s + " but shows " + PseudoStates.of(v));
            assertEquals(s == State.DEGRADED, PseudoStates.has(v, "state-degraded"), n.id() + " is " + s);
        }
    }

    private List<String> hubs() {
        Map<String, Integer> callers = new HashMap<>();
        for (Dependency d : topology.dependencies()) callers.merge(d.to(), 1, Integer::sum);
        return topology.nodes().stream().map(n -> n.id())
                .sorted(Comparator.comparing((String id) -> -callers.getOrDefault(id, 0)).thenComparing(id -> id))
                .toList();
    }
}
