package dev.faultline.app;

import dev.faultline.app.canvas.PseudoStates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.faultline.analysis.Analyzer;
import dev.faultline.app.files.RecentFiles;
import dev.faultline.app.panels.FlowsView;
import dev.faultline.app.task.ManualTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.io.yaml.Problem;
import dev.faultline.render.Overlay;
import dev.faultline.simulation.NodeLossOutcome;
import dev.faultline.simulation.State;

/** Drives the main window as a user does (headless Monocle). Background work runs when the test lets it. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-" + System.nanoTime());
    private WorkspaceViewModel vm;
    private Path shop;
    private Path other;
    private Path broken;

    @Start
    void start(Stage stage) throws Exception {
        shop = Files.createTempFile(dir, "shop", ".yaml");
        other = dir.resolve("other-" + System.nanoTime() + ".yaml");
        broken = dir.resolve("broken.yaml");
        vm = new WorkspaceViewModel(AppFixtures.services(new AppFixtures.Files()
                .put(shop, AppFixtures.shop()).put(other, AppFixtures.shop()).broken(broken)), runner);
        MainWindow window = new MainWindow(stage, vm, new RecentFiles(prefs));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        vm.open(shop);
        runner.runPending();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    private void settle(FxRobot robot) {
        robot.interact(runner::runPending);
    }

    @Test
    void theSpofsOnTheCanvasAreTheAnalysersSpofs(FxRobot robot) {
        Set<String> expected = new Analyzer().analyze(AppFixtures.shop()).spofs().stream().map(s -> s.node())
                .collect(Collectors.toSet());
        Set<String> shown = robot.lookup(".diagram-node").queryAll().stream().filter(n -> PseudoStates.has(n, "spof"))
                .map(n -> n.getId().substring("node-".length())).collect(Collectors.toSet());
        assertFalse(expected.isEmpty());
        assertEquals(expected, shown);
        assertEquals("Faultline — " + shop.getFileName(), robot.window(0).getScene().getWindow() instanceof Stage s
                ? s.getTitle() : "");
        String counts = robot.lookup("#status-counts").queryAs(Label.class).getText();
        assertEquals("7 nodes · 5 dependencies · " + expected.size() + " SPOFs · 0 flows down", counts);
    }

    @Test
    void failingANodeFromItsContextMenuShowsStatesAndFlows(FxRobot robot) {
        robot.rightClickOn("#node-orders-db");
        robot.clickOn("Fail node");
        assertTrue(PseudoStates.has(robot.lookup("#node-orders-db").query(), "state-failed"));
        assertTrue(PseudoStates.has(robot.lookup("#node-api").query(), "state-down"));
        assertTrue(PseudoStates.has(robot.lookup("#node-web").query(), "state-down"));
        assertFalse(PseudoStates.has(robot.lookup("#node-cache").query(), "state-down"));
        @SuppressWarnings("unchecked")
        ListView<FlowsView.FlowRow> flows = robot.lookup("#flows").queryAs(ListView.class);
        assertEquals(State.DOWN, flows.getItems().get(0).state());
        assertTrue(robot.lookup("#status-counts").queryAs(Label.class).getText().endsWith("1 flow down"));
        @SuppressWarnings("unchecked")
        ListView<Object> steps = robot.lookup("#scenario-steps").queryAs(ListView.class);
        assertEquals(1, steps.getItems().size());
    }

    @Test
    void undoAndResetTheScenarioFromKeyboardAndButtons(FxRobot robot) {
        robot.rightClickOn("#node-cache");
        robot.clickOn("Fail node");
        robot.rightClickOn("#node-web");
        robot.clickOn("Fail one instance");
        assertEquals(List.of("node:cache", "instance:web"), vm.scenario().labels());
        robot.clickOn("#node-api");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(List.of("node:cache"), vm.scenario().labels());
        robot.clickOn("#scenario-reset");
        assertTrue(vm.scenario().isEmpty());
        assertTrue(robot.lookup(".diagram-node").queryAll().stream().noneMatch(n -> PseudoStates.has(n, "state-down")));
        assertTrue(robot.lookup(".diagram-node").queryAll().stream().noneMatch(n -> PseudoStates.has(n, "state-failed")));
    }

    @Test
    void theTeamOverlayColoursByTeamWithALegend(FxRobot robot) {
        Rectangle shape = robot.lookup("#node-events").lookup(".node-shape").queryAs(Rectangle.class);
        Object before = shape.getFill();
        robot.clickOn("#overlay-teams");
        assertEquals(Overlay.TEAMS, vm.overlayProperty().get());
        assertNotEquals(before, shape.getFill());
        robot.clickOn("#legend-header"); // the legend starts folded, so fit gets the whole canvas
        Set<String> legend = robot.lookup("#legend").lookup(".legend-label").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.toSet());
        assertTrue(legend.containsAll(Set.of("team storefront", "team payments")), legend.toString());
    }

    @Test
    void aBrokenFileListsProblemsAndTheTopologyStaysOpen(FxRobot robot) {
        robot.interact(() -> vm.open(broken));
        settle(robot);
        Node panel = robot.lookup("#problems").query();
        assertTrue(panel.isVisible());
        @SuppressWarnings("unchecked")
        ListView<Problem> list = robot.lookup("#problems-list").queryAs(ListView.class);
        assertEquals(2, list.getItems().size());
        assertEquals(3, list.getItems().get(0).line());
        assertTrue(robot.lookup("3:7  error: replicas must be a whole number, got 'three'").tryQuery().isPresent());
        assertTrue(robot.lookup("#node-orders-db").tryQuery().isPresent(), "the previous topology is still shown");
        robot.clickOn("#tool-fit");
        robot.rightClickOn("#node-orders-db");
        robot.clickOn("Fail node");
        assertTrue(PseudoStates.has(robot.lookup("#node-api").query(), "state-down"), "and still usable");
        robot.clickOn("#problems-dismiss");
        assertFalse(panel.isVisible());
    }

    @Test
    void aDraggedNodeStaysPinnedWhenTheFileIsOpenedAgain(FxRobot robot) {
        Node api = robot.lookup("#node-api").query();
        double x = api.getLayoutX();
        double y = api.getLayoutY();
        robot.drag("#node-api", MouseButton.PRIMARY).dropBy(60, 90);
        settle(robot);
        assertTrue(vm.isPinned("api"));
        assertTrue(Files.isRegularFile(vm.sidecarOf(shop)));
        double pinnedX = api.getLayoutX();
        double pinnedY = api.getLayoutY();
        assertNotEquals(x, pinnedX);
        assertNotEquals(y, pinnedY);

        robot.interact(() -> vm.open(other));
        settle(robot);
        robot.interact(() -> vm.open(shop));
        settle(robot);
        Node reopened = robot.lookup("#node-api").query();
        assertEquals(pinnedX, reopened.getLayoutX(), 0.01);
        assertEquals(pinnedY, reopened.getLayoutY(), 0.01);
    }

    @Test
    void aSweepCanBeCancelledAndThenRanksEveryNode(FxRobot robot) {
        robot.clickOn("#tool-sweep");
        assertTrue(robot.lookup("#status-cancel").query().isVisible(), "progress with cancel while it runs");
        robot.clickOn("#sweep-cancel");
        settle(robot);
        assertEquals("Chaos sweep cancelled", robot.lookup("#status-notice").queryAs(Label.class).getText());
        @SuppressWarnings("unchecked")
        TableView<NodeLossOutcome> table = robot.lookup("#sweep-table").queryAs(TableView.class);
        assertTrue(table.getItems().isEmpty());
        assertFalse(robot.lookup("#status-cancel").query().isVisible());

        robot.clickOn("#sweep-start");
        settle(robot);
        assertEquals(7, table.getItems().size());
        assertEquals(Overlay.HEAT, vm.overlayProperty().get());
        assertTrue(robot.lookup("#overlay-heat").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
    }

    @Test
    void findingsAndCanvasSelectTogether(FxRobot robot) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<dev.faultline.app.panels.FindingEntry> tree =
                robot.lookup("#findings").queryAs(javafx.scene.control.TreeView.class);
        // (The tree keeps invisible measuring cells with the same text: click the visible one.)
        Node entry = robot.lookup(".finding-leaf").match(n -> shown(n)
                && ((javafx.scene.control.Labeled) n).getText().startsWith("orders-db — ")).query();
        // The cell is wider than the panel (long text): click its start, not its centre.
        robot.clickOn(robot.point(entry).atPosition(javafx.geometry.Pos.CENTER_LEFT)
                .atOffset(new javafx.geometry.Point2D(60, 0)));
        assertEquals(List.of("orders-db"), vm.selection());
        assertTrue(PseudoStates.has(robot.lookup("#node-orders-db").query(), "selected"));
        robot.clickOn("#tool-fit"); // the finding centred orders-db: bring web back into view
        robot.clickOn("#node-web");
        assertEquals(List.of("web"), vm.selection());
        var selected = tree.getSelectionModel().getSelectedItem();
        assertTrue(selected == null || "web".equals(selected.getValue().nodeId()));
        robot.clickOn("#node-orders-db");
        assertEquals("orders-db", tree.getSelectionModel().getSelectedItem().getValue().nodeId());
    }

    @Test
    void pointingAtAFindingShowsItInFullAsATooltip(FxRobot robot) {
        javafx.scene.control.Labeled entry = robot.lookup(".finding-leaf").match(n -> shown(n)
                && ((javafx.scene.control.Labeled) n).getText().startsWith("orders-db — ")).query();
        // Made when the pointer first comes (a tooltip per row cost the FX thread at 20,000 nodes), not before.
        assertTrue(entry.getTooltip() == null, "no tooltip before the row is pointed at");
        robot.moveTo(robot.point(entry).atPosition(javafx.geometry.Pos.CENTER_LEFT)
                .atOffset(new javafx.geometry.Point2D(60, 0)));
        assertTrue(entry.getTooltip() != null, "a tooltip once pointed at");
        String tip = entry.getTooltip().getText();
        assertTrue(tip.startsWith(entry.getText() + "\n\n"), tip);
        assertTrue(tip.length() > entry.getText().length() + 2, "the finding's detail follows its line: " + tip);
    }

    @Test
    void theBackgroundMenuFailsAZoneAndTheTeamPanelFailsATeam(FxRobot robot) {
        Node canvas = robot.lookup("#diagram-canvas").query();
        robot.rightClickOn(robot.point(canvas).atPosition(javafx.geometry.Pos.TOP_LEFT)
                .atOffset(new javafx.geometry.Point2D(15, 15)));
        robot.clickOn("Fail zone");
        // Scoped to the open menu: the canvas's zone badges also read "za", and which of them exist depends on what
        // the view has shown so far (badges are built lazily).
        robot.clickOn(robot.lookup(".context-menu").lookup((Node n) -> n instanceof javafx.scene.control.Labeled l
                && "za".equals(l.getText()) && n.isVisible()).queryAs(Node.class));
        assertEquals(List.of("zone:za"), vm.scenario().labels());
        assertTrue(PseudoStates.has(robot.lookup("#node-orders-db").query(), "state-down"),
                "its only instance was in za");
        robot.clickOn("#tab-teams");
        robot.clickOn("#fail-team-payments");
        assertEquals(List.of("zone:za", "team:payments"), vm.scenario().labels());
        assertTrue(PseudoStates.has(robot.lookup("#node-stripe").query(), "state-failed"));
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) return false;
        }
        return true;
    }

    @Test
    void helpListsEveryShortcut(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        javafx.scene.layout.GridPane table = robot.lookup("#shortcuts-table").queryAs(javafx.scene.layout.GridPane.class);
        assertEquals(Shortcuts.all().size() * 2, table.getChildren().size());
        Set<String> keys = table.getChildren().stream().filter(n -> n.getStyleClass().contains("shortcut-keys"))
                .map(n -> ((Label) n).getText()).collect(Collectors.toSet());
        assertTrue(keys.stream().anyMatch(k -> k.contains(Shortcuts.UNDO.getDisplayText())), keys.toString());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void searchJumpsToTheNodeAndShowsItsDetails(FxRobot robot) {
        robot.clickOn("#search").write("orders").type(KeyCode.ENTER);
        assertEquals(List.of("orders-db"), vm.selection());
        assertTrue(PseudoStates.has(robot.lookup("#node-orders-db").query(), "selected"));
        assertEquals("yes — no spare instance", robot.lookup("#details-SPOF").queryAs(Label.class).getText());
    }

    @Test
    void theDetailsOfTheSelectedNodeFollowEachFailureInPlace(FxRobot robot) {
        robot.clickOn("#node-web");
        robot.interact(() -> vm.fail(dev.faultline.simulation.FailureEvent.node("cache")));
        Label state = robot.lookup("#details-state").queryAs(Label.class);
        assertEquals(String.valueOf(vm.simulation().node("web")), state.getText().split(" ")[0]);
        robot.interact(() -> vm.fail(dev.faultline.simulation.FailureEvent.node("orders-db")));
        assertEquals(State.DOWN, vm.simulation().node("web"));
        // Same rows, new values: the label is updated, not rebuilt (new labels cost CSS and layout at 2,000 nodes).
        assertSame(state, robot.lookup("#details-state").queryAs(Label.class));
        assertEquals("DOWN", state.getText().split(" ")[0]);
        robot.interact(vm::resetScenario);
        assertTrue(robot.lookup("#details-state").tryQuery().isEmpty(), "no scenario: no state row");
        assertEquals("web", robot.lookup("#details-id").queryAs(Label.class).getText());
    }
}
