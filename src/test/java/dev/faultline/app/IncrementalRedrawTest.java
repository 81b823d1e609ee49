package dev.faultline.app;

import dev.faultline.app.canvas.PseudoStates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.prefs.Preferences;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.faultline.app.canvas.CanvasActions;
import dev.faultline.app.canvas.DiagramCanvas;
import dev.faultline.app.files.RecentFiles;
import dev.faultline.app.task.ManualTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;
import dev.faultline.render.Overlay;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.State;

/**
 * The canvas redraws only what changed (issue #13): after failures, undo, reset, overlay switches and selections
 * on a 300-node graph, every node on screen looks exactly as it would on a canvas built from scratch for the same
 * scene, and shows the state the failure engine computed.
 */
@ExtendWith(ApplicationExtension.class)
class IncrementalRedrawTest {
    private static final Set<String> STATE_CLASSES = Set.of("state-down", "state-degraded", "state-failed", "spof",
            "cascade", "scenario-root");
    @TempDir
    static Path dir;

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-" + System.nanoTime());
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
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    @Test
    void afterFailUndoAndResetEveryNodeShowsTheEnginesState(FxRobot robot) {
        List<String> hubs = hubs();
        robot.interact(() -> window.canvas().centreOn(hubs.get(0)));
        robot.interact(() -> vm.fail(FailureEvent.node(hubs.get(0))));
        assertTrue(vm.simulation().nodes().values().stream().filter(s -> s != State.UP).count() > 3,
                "the hub takes others with it, so many nodes change at once");
        assertShowsEngineStates();
        assertLooksLikeAFreshCanvas(robot);

        robot.interact(() -> vm.fail(FailureEvent.node(hubs.get(1))));
        assertShowsEngineStates();
        robot.interact(vm::undo);
        assertShowsEngineStates();
        assertLooksLikeAFreshCanvas(robot);

        robot.interact(vm::resetScenario);
        for (var n : topology.nodes()) {
            Set<String> classes = PseudoStates.of(window.canvas().nodeView(n.id()));
            assertFalse(classes.contains("state-down") || classes.contains("state-degraded")
                    || classes.contains("state-failed"), n.id() + " is UP again: " + classes);
        }
        assertLooksLikeAFreshCanvas(robot);
    }

    @Test
    void everyOverlayLooksAsOnAFreshCanvas(FxRobot robot) {
        robot.interact(() -> window.canvas().centreOn(hubs().get(0)));
        robot.interact(() -> vm.fail(FailureEvent.node(hubs().get(0))));
        for (Overlay o : List.of(Overlay.TEAMS, Overlay.HEAT, Overlay.ZONES, Overlay.NONE, Overlay.SPOF)) {
            robot.interact(() -> vm.overlayProperty().set(o));
            assertLooksLikeAFreshCanvas(robot);
        }
    }

    @Test
    void selectingAnotherNodeRestoresThePreviousOnesStyle(FxRobot robot) {
        List<String> hubs = hubs();
        DiagramCanvas canvas = window.canvas();
        robot.interact(() -> canvas.centreOn(hubs.get(0)));
        Node a = canvas.nodeView(hubs.get(0));
        robot.clickOn(a);
        assertEquals(List.of(hubs.get(0)), vm.selection());
        assertTrue(PseudoStates.has(a, "selected"));
        assertTrue(ring(a).isVisible());

        robot.interact(() -> click(canvas.nodeView(hubs.get(1))));
        assertEquals(List.of(hubs.get(1)), vm.selection());
        assertFalse(PseudoStates.has(a, "selected"), "the first node is no longer drawn selected");
        assertFalse(ring(a).isVisible());
        assertTrue(PseudoStates.has(canvas.nodeView(hubs.get(1)), "selected"));
        long selected = topology.nodes().stream()
                .filter(n -> PseudoStates.has(canvas.nodeView(n.id()), "selected")).count();
        assertEquals(1, selected);
    }

    @Test
    void hoverDimsTheRestAndLeavingRestoresEveryNode(FxRobot robot) throws Exception {
        DiagramCanvas canvas = window.canvas();
        // A hover waits while the view moves under a still pointer (here: the fit of the opening), so wait for rest.
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () ->
                org.testfx.util.WaitForAsyncUtils.asyncFx(canvas::edgesSettled).get());
        String hub = hubs().get(0);
        Node view = canvas.nodeView(hub);
        Shape shape = (Shape) ((Parent) canvas.nodeView(topology.nodes().get(0).id())).lookup(".node-shape");
        var before = shape.getFill();
        robot.interact(() -> Event.fireEvent(view, mouse(MouseEvent.MOUSE_ENTERED)));
        long dimmed = topology.nodes().stream().filter(n -> canvas.dimOf(n.id()) < 1).count();
        assertTrue(dimmed > 0 && dimmed < topology.nodes().size(), dimmed + " dimmed");
        assertEquals(1.0, canvas.dimOf(hub));
        assertEquals(1.0, view.getOpacity(), "dimming is by colour: no node opacity (off-screen rendering)");
        robot.interact(() -> Event.fireEvent(view, mouse(MouseEvent.MOUSE_EXITED)));
        assertTrue(topology.nodes().stream().allMatch(n -> canvas.dimOf(n.id()) == 1));
        assertEquals(before, shape.getFill(), "the colour comes back exactly");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private void assertShowsEngineStates() {
        for (var n : topology.nodes()) {
            State s = vm.stateOf(n.id());
            Set<String> classes = PseudoStates.of(window.canvas().nodeView(n.id()));
            boolean down = classes.contains("state-down") || classes.contains("state-failed");
            assertEquals(s == State.DOWN, down, n.id() + " is " + s + " but shows " + classes);
            assertEquals(s == State.DEGRADED, classes.contains("state-degraded"), n.id() + " is " + s + ": " + classes);
        }
    }

    /** Every node of the incrementally updated canvas has the shape colours and classes of a freshly built one. */
    private void assertLooksLikeAFreshCanvas(FxRobot robot) {
        DiagramCanvas shown = window.canvas();
        DiagramCanvas fresh = new DiagramCanvas(new NoActions());
        robot.interact(() -> fresh.show(vm.scene()));
        boolean compact = shown.isCompact();
        for (var n : topology.nodes()) {
            Node a = shown.nodeView(n.id());
            Node b = fresh.nodeView(n.id());
            assertEquals(classes(b), classes(a), n.id());
            if (!compact) {
                Shape sa = (Shape) ((Parent) a).lookup(".node-shape");
                Shape sb = (Shape) ((Parent) b).lookup(".node-shape");
                assertEquals(sb.getFill(), sa.getFill(), n.id() + " fill");
                assertEquals(sb.getStroke(), sa.getStroke(), n.id() + " stroke");
                assertEquals(sb.getStrokeWidth(), sa.getStrokeWidth(), n.id() + " stroke width");
                assertEquals(sb.getStrokeDashArray(), sa.getStrokeDashArray(), n.id() + " dash");
            }
            assertEquals(((Parent) b).lookupAll(".state-marker").size(), ((Parent) a).lookupAll(".state-marker")
                    .stream().filter(m -> !((Parent) m).getChildrenUnmodifiable().isEmpty()).count(),
                    n.id() + " state marker");
        }
    }

    private static Set<String> classes(Node n) {
        return PseudoStates.of(n).stream().filter(STATE_CLASSES::contains).collect(java.util.stream.Collectors.toSet());
    }

    private static Node ring(Node view) {
        return ((Parent) view).lookup(".selection-ring");
    }

    private List<String> hubs() {
        Map<String, Integer> callers = new HashMap<>();
        for (Dependency d : topology.dependencies()) callers.merge(d.to(), 1, Integer::sum);
        return topology.nodes().stream().map(n -> n.id())
                .sorted(Comparator.comparing((String id) -> -callers.getOrDefault(id, 0)).thenComparing(id -> id))
                .limit(2).toList();
    }

    private static void click(Node view) {
        Event.fireEvent(view, mouse(MouseEvent.MOUSE_CLICKED));
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type) {
        return new MouseEvent(type, 5, 5, 5, 5, MouseButton.PRIMARY, 1, false, false, false, false, false, false,
                false, false, false, true, null);
    }

    private static final class NoActions implements CanvasActions {
        public void select(String nodeId, boolean add) { }
        public void clearSelection() { }
        public void failNode(String nodeId) { }
        public void failInstance(String nodeId) { }
        public void showBlastRadius(String nodeId) { }
        public void pin(Map<String, dev.faultline.layout.Point> topLeftById) { }
        public void unpin(String nodeId) { }
        public boolean isPinned(String nodeId) { return false; }
        public void copyId(String nodeId) { }
        public List<FailureEvent> domainEvents() { return List.of(); }
        public void failDomain(FailureEvent event) { }
    }
}
