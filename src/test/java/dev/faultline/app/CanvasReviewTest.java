package dev.faultline.app;

import dev.faultline.app.canvas.PseudoStates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.prefs.Preferences;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.faultline.analysis.FlowPath;
import dev.faultline.app.canvas.DiagramCanvas;
import dev.faultline.app.files.RecentFiles;
import dev.faultline.app.panels.FlowsView;
import dev.faultline.app.task.SameThreadTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.layout.Box;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.State;

/**
 * The canvas as a reviewer meets it (issue #11), through the production services on the 21-node sample
 * payments-two-regions in a 1600x1000 window: readable at fit, failures explained, safe to edit.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasReviewTest {
    static final Path SAMPLE = Path.of("sample-topologies", "payments-two-regions.yaml");
    @TempDir
    static Path dir;
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-review-" + System.nanoTime());
    private WorkspaceViewModel vm;
    private MainWindow window;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        file = AppFixtures.copyOfSample(dir, SAMPLE.getFileName().toString());
        AppFixtures.Opened opened = AppFixtures.openInWindow(stage, prefs, file, 1600, 1000);
        vm = opened.vm();
        window = opened.window();
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    private DiagramCanvas canvas() {
        return window.canvas();
    }

    private Node node(FxRobot robot, String id) {
        return robot.lookup("#node-" + id).query();
    }

    @Test
    void everyLabelIsReadableAtFit(FxRobot robot) {
        robot.interact(canvas()::fit);
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> labels = robot.lookup(".node-label").queryAll().stream().filter(Node::isVisible)
                .filter(n -> n.getParent() != null && n.getParent().isVisible()).toList();
        assertEquals(vm.document().topology().nodes().size(), labels.size(), "a label on every node at fit");
        for (Node n : labels) {
            Text t = (Text) n;
            double onScreen = t.getFont().getSize() * t.getLocalToSceneTransform().getMyy();
            assertTrue(onScreen >= 11, t.getText() + " is " + onScreen + " px on screen");
            assertFalse(t.getText().endsWith("…"), t.getText() + " is cut: its box is too narrow");
        }
    }

    @Test
    void aZoneFailureShowsWhereItStruckApartFromTheCascade(FxRobot robot) {
        robot.interact(() -> vm.fail(FailureEvent.zone("use1-az1")));
        SimulationResult sim = vm.simulation();
        String hit = sim.lostInstances().keySet().stream().filter(id -> !sim.failedDirectly().contains(id))
                .findFirst().orElseThrow();
        String cascaded = sim.nodes().keySet().stream().filter(id -> sim.node(id) != State.UP
                && !sim.failedDirectly().contains(id) && !sim.lostInstances().containsKey(id)).findFirst()
                .orElseThrow();
        assertTrue(PseudoStates.has(node(robot, hit), "scenario-root"), hit);
        assertTrue(PseudoStates.has(node(robot, cascaded), "cascade"), cascaded);
        assertFalse(PseudoStates.has(node(robot, cascaded), "scenario-root"), cascaded);

        // Why is the cascaded node down? Its chain ends at the zone's roots.
        robot.interact(canvas()::fit);
        robot.rightClickOn(node(robot, cascaded));
        robot.clickOn("Why is this down?");
        assertNotNull(canvas().highlight());
        assertTrue(canvas().highlight().nodes().contains(cascaded));
        assertFalse(canvas().highlight().roots().isEmpty());
        assertTrue(sim.failedDirectly().containsAll(canvas().highlight().roots())
                || sim.lostInstances().keySet().containsAll(canvas().highlight().roots())
                || canvas().highlight().roots().stream().allMatch(r -> sim.failedDirectly().contains(r)
                || sim.lostInstances().containsKey(r)));
        assertTrue(robot.lookup("#highlight-caption").queryAs(Label.class).isVisible());
        robot.type(KeyCode.ESCAPE);
        assertEquals(null, canvas().highlight());
    }

    @Test
    void selectingAFlowLightsEveryNodeAndDependencyItNeeds(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<FlowsView.FlowRow> flows = robot.lookup("#flows").queryAs(ListView.class);
        robot.clickOn(robot.lookup(".list-cell").match(n -> n.getParent() != null
                && ((javafx.scene.control.Labeled) n).getText() != null
                && ((javafx.scene.control.Labeled) n).getText().contains("Authorize")).queryLabeled());
        FlowPath path = FlowPath.of(vm.document().topology(), vm.document().topology().flow("authorize").orElseThrow());
        assertTrue(path.nodes().size() > path.flow().members().size(), "the path is more than entry and via");
        assertEquals(path.nodes(), canvas().highlight().nodes());
        for (String id : path.nodes()) {
            assertTrue(PseudoStates.has(node(robot, id), "highlighted"), id);
        }
        assertTrue(canvas().highlight().fallbacks().stream().anyMatch(k -> k.contains("hsm-west")),
                "the HSM fallback is shown as such: " + canvas().highlight().fallbacks());
        assertTrue(canvas().dimOf("merchant-dashboard") < 1, "what the flow does not need dims");
        assertNotNull(flows);
    }

    @Test
    void draggingTheBackgroundPansAndMovesNoNode(FxRobot robot) {
        robot.interact(canvas()::fit);
        Map<String, Box> before = vm.document().layout().nodes();
        double tx = canvas().viewport().tx();
        Point2D empty = emptySpot(robot);
        robot.drag(empty, MouseButton.PRIMARY).moveBy(120, 60).drop();
        assertEquals(before, vm.document().layout().nodes());
        assertTrue(vm.document().pinned().isEmpty());
        assertNotEquals(tx, canvas().viewport().tx(), "the view moved");
        assertFalse(Files.exists(vm.sidecarOf(file)));
    }

    @Test
    void aMoveIsUndoneAndRedoneWithCtrlZ(FxRobot robot) {
        robot.interact(canvas()::fit);
        Box before = vm.document().layout().box("ledger-db");
        robot.drag(node(robot, "ledger-db"), MouseButton.PRIMARY).moveBy(90, 70).drop();
        assertTrue(vm.document().pinned().containsKey("ledger-db"));
        assertNotEquals(before, vm.document().layout().box("ledger-db"));
        assertTrue(Files.exists(vm.sidecarOf(file)));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertTrue(vm.document().pinned().isEmpty());
        assertEquals(before, vm.document().layout().box("ledger-db"));
        assertFalse(Files.exists(vm.sidecarOf(file)), "no pins left: no sidecar");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(vm.document().pinned().containsKey("ledger-db"));
    }

    @Test
    void resetLayoutReleasesEveryPinAndRemovesTheSidecar(FxRobot robot) {
        robot.interact(canvas()::fit);
        Box ledger = vm.document().layout().box("ledger-db");
        robot.drag(node(robot, "ledger-db"), MouseButton.PRIMARY).moveBy(80, 50).drop();
        robot.drag(node(robot, "payments-api"), MouseButton.PRIMARY).moveBy(-60, 40).drop();
        assertEquals(Set.of("ledger-db", "payments-api"), vm.document().pinned().keySet());
        robot.clickOn("Edit").clickOn("#menu-reset-layout");
        assertTrue(vm.document().pinned().isEmpty());
        assertEquals(ledger, vm.document().layout().box("ledger-db"));
        assertFalse(Files.exists(vm.sidecarOf(file)));
    }

    @Test
    void reloadAfterAFailedOpenOpensTheFixedFile(FxRobot robot) throws Exception {
        Path broken = dir.resolve("broken-" + System.nanoTime() + ".yaml");
        Files.writeString(broken, "faultline: 1\nname: x\nnodes:\n  - id: a\n    kind: nonsense\n");
        robot.interact(() -> vm.open(broken));
        assertFalse(vm.problems().isEmpty());
        assertTrue(robot.lookup("#problems").query().isVisible());
        Files.copy(SAMPLE, broken, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        robot.clickOn("#tool-reload");
        assertEquals(broken.toAbsolutePath().normalize(), vm.document().file());
        assertEquals(null, vm.failedFileProperty().get());
        assertFalse(robot.lookup("#problems").query().isVisible());
    }

    @Test
    void escapeLeavesTheSearchBox(FxRobot robot) {
        robot.clickOn("#search").write("ledger");
        assertTrue(robot.lookup("#search").query().isFocused());
        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#search").query().isFocused());
        assertTrue(canvas().isFocused());
    }

    @Test
    void rightClickSelectsTheNodeAndHidesItsTooltip(FxRobot robot) {
        robot.interact(canvas()::fit);
        robot.clickOn(node(robot, "payments-api"));
        robot.moveTo(node(robot, "ledger-db"));
        robot.sleep(1200); // long enough for the tooltip to show
        robot.rightClickOn(node(robot, "ledger-db"));
        assertEquals(List.of("ledger-db"), List.copyOf(vm.selection()));
        assertTrue(robot.lookup("#menu-fail-node").tryQuery().isPresent() || robot.lookup("Fail node").tryQuery()
                .isPresent());
        assertFalse(tooltipShowing(robot), "the tooltip does not sit under the menu");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void loadWarningsAreReadableInTheProblemsPanel(FxRobot robot) throws Exception {
        Path noFlows = dir.resolve("no-flows-" + System.nanoTime() + ".yaml");
        Files.copy(Path.of("sample-topologies", "topology-without-flows.yaml"), noFlows);
        robot.interact(() -> vm.open(noFlows));
        assertFalse(vm.document().warnings().isEmpty(), "the sample warns");
        assertTrue(robot.lookup("#problems").query().isVisible());
        @SuppressWarnings("unchecked")
        ListView<dev.faultline.io.yaml.Problem> list = robot.lookup("#problems-list").queryAs(ListView.class);
        assertEquals(vm.document().warnings(), List.copyOf(list.getItems()));
        assertTrue(robot.lookup(".problems-header").queryAs(Label.class).getText().startsWith("Warnings in"));
    }

    @Test
    void aFindingIsReadInFullAndAcceptedWithANoteKeptBesideTheFile(FxRobot robot) {
        Node leaf = robot.lookup(".finding-leaf").match(n -> n.isVisible()
                && ((javafx.scene.control.Labeled) n).getText() != null
                && ((javafx.scene.control.Labeled) n).getText().startsWith("fraud-features")).query();
        robot.clickOn(robot.point(leaf).atPosition(javafx.geometry.Pos.CENTER_LEFT)
                .atOffset(new Point2D(40, 0)));
        String full = robot.lookup("#finding-detail-text").queryAs(Label.class).getText();
        assertTrue(full.startsWith("fraud-features"), full);
        assertTrue(robot.lookup("#finding-detail-recommendation").queryAs(Label.class).getText().length() > 20);
        robot.clickOn("#finding-note").write("second Redis node ordered");
        robot.clickOn("#finding-accept");
        var decision = vm.reviews().values().iterator().next();
        assertEquals("second Redis node ordered", decision.note());
        assertTrue(Files.exists(file.resolveSibling(file.getFileName() + ".faultline-review.json")));
        assertTrue(robot.lookup("#finding-decision").queryAs(Label.class).getText().startsWith("Marked accepted"));
    }

    private static boolean tooltipShowing(FxRobot robot) {
        return robot.listWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing());
    }

    /** A point on the canvas, in screen coordinates, that no node covers. */
    private Point2D emptySpot(FxRobot robot) {
        Bounds c = canvas().localToScreen(canvas().getBoundsInLocal());
        List<Bounds> nodes = robot.lookup(".diagram-node").queryAll().stream()
                .map(n -> n.localToScreen(n.getBoundsInLocal())).toList();
        for (double y = c.getMinY() + 60; y < c.getMaxY() - 60; y += 17) {
            for (double x = c.getMinX() + 40; x < c.getMaxX() - 200; x += 23) {
                double px = x;
                double py = y;
                if (nodes.stream().noneMatch(b -> b.getMinX() - 10 < px && px < b.getMaxX() + 10
                        && b.getMinY() - 10 < py && py < b.getMaxY() + 10)) return new Point2D(x, y);
            }
        }
        throw new AssertionError("no empty spot on the canvas");
    }
}
