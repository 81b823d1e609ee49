package dev.faultline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.Preferences;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.faultline.app.canvas.PseudoStates;
import dev.faultline.app.canvas.DiagramCanvas;
import dev.faultline.app.task.ManualTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Topology;
import dev.faultline.render.group.GroupBy;
import dev.faultline.render.group.Grouping;
import dev.faultline.simulation.State;

/**
 * Semantic zoom and focus mode on a generated 2,000-node topology, driven as a user does (headless): at fit the
 * canvas shows team blocks; a failure shows in the block's counts; double-click opens a block; focus mode hides
 * what is not near the selection; a finding opens the way to its node.
 */
@ExtendWith(ApplicationExtension.class)
class SemanticZoomTest {
    private static final Topology BIG = GeneratedTopologies.layered(2000, 42);
    /** Laid out once for all tests: the layout is not what is tested here. */
    private static final Map<String, LayoutResult> LAYOUTS = new HashMap<>();

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-" + System.nanoTime());
    private WorkspaceViewModel vm;
    private DiagramCanvas canvas;
    private final Grouping teams = Grouping.of(BIG, GroupBy.TEAM);

    @Start
    void start(Stage stage) {
        AppFixtures.Opened opened = AppFixtures.openBig(stage, runner, prefs, "big-2000.yaml", BIG, LAYOUTS);
        vm = opened.vm();
        canvas = opened.window().canvas();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    private void fit(FxRobot robot) {
        robot.clickOn("#tool-fit");
        robot.sleep(300); // the edge counts come once the view settles
    }

    /** The block nearest the canvas centre, away from the minimap and legend. */
    private String centralGroup(FxRobot robot) {
        javafx.geometry.Bounds c = canvas.localToScreen(canvas.getBoundsInLocal());
        String best = null;
        double bestD = Double.MAX_VALUE;
        for (var g : teams.groups()) {
            Node b = canvas.groupBlock(g.id());
            if (b == null || !b.isVisible()) continue;
            javafx.geometry.Bounds s = b.localToScreen(b.getBoundsInLocal());
            double d = Math.hypot(s.getCenterX() - c.getCenterX(), s.getCenterY() - c.getCenterY());
            if (d < bestD) {
                bestD = d;
                best = g.id();
            }
        }
        return best;
    }

    @Test
    void atFitTheCanvasShowsTeamsAndAFailureShowsAsTheGroupsDownCount(FxRobot robot) {
        fit(robot);
        assertTrue(canvas.grouped(), "2,000 nodes at fit are drawn as groups");
        assertFalse(canvas.isDrawn("svc-1000"));
        // Fail a node as a user does: find it, right-click it, "Fail node"; then back to fit.
        robot.clickOn("#search").write("svc-1000").type(KeyCode.ENTER);
        robot.rightClickOn("#node-svc-1000");
        robot.clickOn("Fail node");
        assertEquals(java.util.List.of("node:svc-1000"), vm.scenario().labels());
        fit(robot);
        assertTrue(canvas.grouped());
        String group = teams.groupOf("svc-1000");
        long down = teams.group(group).orElseThrow().members().stream()
                .filter(id -> vm.simulation().node(id) == State.DOWN).count();
        Node block = canvas.groupBlock(group);
        assertTrue(PseudoStates.has(block, "group-down"));
        Text state = (Text) robot.from(block).lookup(".group-state").query();
        assertTrue(state.isVisible(), "block " + block.localToScreen(block.getBoundsInLocal()) + " zoom " + canvas.zoom());
        assertTrue(state.getText().startsWith("✕ " + down + " DOWN"), state.getText());
        // Every group the scenario touched is marked, none that it did not.
        for (var g : teams.groups()) {
            boolean hit = g.members().stream().anyMatch(id -> vm.simulation().node(id) != State.UP);
            Node b = canvas.groupBlock(g.id());
            assertEquals(hit, PseudoStates.has(b, "group-down") || PseudoStates.has(b, "group-degraded"),
                    g.id());
        }
    }

    /**
     * A double-click on a block. On a machine under heavy load the two clicks can arrive too far apart to count as one
     * double-click; a single click toggles nothing, so one more try is safe.
     */
    private void doubleClick(FxRobot robot, Node block) {
        boolean before = canvas.isGroupOpen((String) block.getUserData());
        // Near its top-left corner: an open group's own nodes may be drawn over the middle of its block.
        var corner = robot.point(block).atPosition(javafx.geometry.Pos.TOP_LEFT)
                .atOffset(new javafx.geometry.Point2D(5, 5));
        robot.doubleClickOn(corner.query());
        if (canvas.isGroupOpen((String) block.getUserData()) == before) robot.doubleClickOn(corner.query());
    }

    @Test
    void doubleClickOpensAGroupInPlaceAndZoomingInShowsEveryNode(FxRobot robot) {
        fit(robot);
        String group = centralGroup(robot);
        String member = teams.group(group).orElseThrow().members().get(0);
        String other = teams.groups().stream().filter(g -> !g.id().equals(group)).findFirst().orElseThrow()
                .members().get(0);
        doubleClick(robot, canvas.groupBlock(group));
        assertTrue(canvas.isGroupOpen(group));
        assertTrue(canvas.isDrawn(member) && canvas.nodeView(member).isVisible(), "its nodes are drawn");
        assertFalse(canvas.isDrawn(other), "other groups stay closed");
        assertTrue(PseudoStates.has(canvas.groupBlock(group), "group-open"));
        doubleClick(robot, canvas.groupBlock(group));
        assertFalse(canvas.isGroupOpen(group));
        assertFalse(canvas.isDrawn(member));
        // Zooming in past the threshold shows nodes, not groups.
        robot.clickOn("#diagram-canvas");
        for (int i = 0; i < 12 && canvas.grouped(); i++) robot.type(KeyCode.PLUS);
        assertFalse(canvas.grouped());
        assertTrue(canvas.zoom() >= DiagramCanvas.LABEL_THRESHOLD);
    }

    @Test
    void aGroupedCanvasMakesNodeViewsOnlyForWhatIsDrawn(FxRobot robot) {
        fit(robot);
        assertTrue(canvas.grouped());
        int atFit = canvas.nodeViewCount();
        assertTrue(atFit < 200, "2,000 grouped nodes must not each get a view; views: " + atFit);
        String group = centralGroup(robot);
        java.util.List<String> members = teams.group(group).orElseThrow().members();
        doubleClick(robot, canvas.groupBlock(group));
        assertTrue(canvas.isGroupOpen(group));
        // The open group's nodes are drawn, each a view a user (and a test) can find; the other groups' are not made.
        for (String m : members) {
            Node v = robot.lookup("#node-" + m).tryQuery().orElse(null);
            assertTrue(v != null && v.isVisible(), m + " is drawn");
        }
        assertTrue(canvas.nodeViewCount() <= atFit + members.size(), "views: " + canvas.nodeViewCount());
    }

    @Test
    void focusModeShowsOnlyTheNHopNeighbourhoodOfTheSelection(FxRobot robot) {
        robot.clickOn("#search").write("svc-1000").type(KeyCode.ENTER);
        robot.clickOn("#focus-toggle");
        String callee = BIG.dependenciesOf("svc-1000").get(0).to();
        String twoAway = BIG.dependenciesOf(callee).stream().map(d -> d.to())
                .filter(id -> BIG.dependenciesOf("svc-1000").stream().noneMatch(d -> d.to().equals(id))
                        && BIG.dependentsOf("svc-1000").stream().noneMatch(d -> d.from().equals(id)))
                .findFirst().orElseThrow();
        assertTrue(canvas.isDrawn("svc-1000") && canvas.isDrawn(callee));
        assertFalse(canvas.isDrawn(twoAway), "two hops away: hidden at 1 hop");
        assertFalse(canvas.isDrawn("edge-0"));
        assertFalse(canvas.grouped(), "focus shows nodes, not groups");
        robot.clickOn(robot.lookup("#focus-hops .increment-arrow-button").queryAs(Node.class));
        assertTrue(canvas.isDrawn(twoAway), "two hops away: shown at 2 hops");
        robot.clickOn("#focus-toggle");
        fit(robot);
        assertTrue(canvas.grouped(), "focus off: the whole graph again, grouped at fit");
    }

    @Test
    void selectingAFindingOpensTheGroupsOnTheWayToItsNode(FxRobot robot) {
        fit(robot);
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<dev.faultline.app.panels.FindingEntry> tree =
                robot.lookup("#findings").queryAs(javafx.scene.control.TreeView.class);
        // The first SPOF finding, chosen with the keyboard: Enter centres its node, as a double-click does.
        robot.interact(() -> {
            var spofs = tree.getRoot().getChildren().get(0);
            spofs.setExpanded(true);
            tree.getSelectionModel().select(spofs.getChildren().get(0));
            tree.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        String node = vm.selection().get(0);
        String group = teams.groupOf(node);
        assertTrue(canvas.isGroupOpen(group), "the finding's node's group opened");
        fit(robot);
        assertTrue(canvas.grouped());
        assertTrue(canvas.isDrawn(node), "zoomed out again: its group stays open, the node drawn");
    }

    @Test
    void clustersAreFoundInTheBackgroundAndThenReplaceTheTeamBlocks(FxRobot robot) {
        fit(robot);
        String someTeam = teams.groupOf("svc-1000");
        assertTrue(canvas.groupBlock(someTeam) != null, "teams first");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<GroupBy> by = robot.lookup("#group-by").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> by.setValue(GroupBy.CLUSTER));
        // Clustering waits in the task runner (off the FX thread in the app); the team blocks stay until it is done.
        assertTrue(canvas.groupBlock(someTeam).isVisible(), "the canvas is never blank while clusters are found");
        robot.interact(runner::runPending);
        Grouping clusters = Grouping.of(BIG, GroupBy.CLUSTER);
        assertTrue(canvas.groupBlock(clusters.groupOf("svc-1000")) != null, "the node's cluster has a block");
        assertEquals(null, canvas.groupBlock(someTeam), "the team blocks are replaced");
        assertTrue(canvas.grouped());
    }
}
