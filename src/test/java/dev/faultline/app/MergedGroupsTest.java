package dev.faultline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;

import javafx.geometry.Bounds;
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
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Topology;
import dev.faultline.render.group.GroupBy;
import dev.faultline.render.group.GroupMerger;
import dev.faultline.render.group.Grouping;
import dev.faultline.simulation.State;

/**
 * The CLI's 2,000-node file (`faultline generate --nodes 2000 --seed 7`: 267 teams of 1-15 nodes) at fit: the teams
 * are merged by domain so every block carries readable text; a failure shows as counts on the merged blocks; a
 * double-click opens a merged group into its teams, and a team into its nodes.
 */
@ExtendWith(ApplicationExtension.class)
class MergedGroupsTest {
    private static final Topology CLI_2000 = TopologyGenerator.generate(2000, 7);
    private static final Map<String, LayoutResult> LAYOUTS = new HashMap<>();
    /** A service with twelve callers: failing it takes nodes of most domains down. */
    private static final String FAILED = "users-101-svc-572";

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-" + System.nanoTime());
    private final Grouping teams = Grouping.of(CLI_2000, GroupBy.TEAM);
    private WorkspaceViewModel vm;
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) {
        AppFixtures.Opened opened = AppFixtures.openBig(stage, runner, prefs, "g2000.yaml", CLI_2000, LAYOUTS);
        vm = opened.vm();
        canvas = opened.window().canvas();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    private void fit(FxRobot robot) {
        robot.clickOn("#tool-fit");
        robot.sleep(300);
    }

    /** The merged group of a node: its team's domain ("users-101" is in "users"). */
    private static String mergedGroupOf(String nodeId) {
        String team = CLI_2000.node(nodeId).orElseThrow().team();
        return "merged:team:" + GroupMerger.domain(team);
    }

    /** The group blocks drawn now (in view and visible), by id. */
    private Map<String, Node> drawnBlocks(FxRobot robot) {
        Map<String, Node> out = new HashMap<>();
        for (Node b : robot.lookup(".group-block").queryAll()) {
            if (b.isVisible() && b.getParent().isVisible()) out.put((String) b.getUserData(), b);
        }
        return out;
    }

    private static double screenWidth(Node n) {
        Bounds s = n.localToScreen(n.getBoundsInLocal());
        return s.getWidth();
    }

    @Test
    void atFitEveryBlockIsAMergedGroupWideEnoughToCarryItsNameAndCounts(FxRobot robot) {
        fit(robot);
        assertTrue(canvas.grouped(), "2,000 nodes at fit are drawn as groups");
        Map<String, Node> drawn = drawnBlocks(robot);
        assertTrue(drawn.size() >= 2 && drawn.size() < 60, "merged blocks: " + drawn.keySet());
        for (var e : drawn.entrySet()) {
            assertTrue(e.getKey().startsWith("merged:team:"), "only merged groups at fit: " + e.getKey());
            assertTrue(screenWidth(e.getValue()) >= GroupMerger.READABLE_PX, e.getKey() + " " + screenWidth(e.getValue()));
            Text name = (Text) robot.from(e.getValue()).lookup(".group-name").query();
            Text counts = (Text) robot.from(e.getValue()).lookup(".group-counts").query();
            assertTrue(name.isVisible() && !name.getText().isBlank(), e.getKey());
            assertTrue(counts.isVisible() && counts.getText().matches("\\d+ nodes.*"), counts.getText());
            // Readable: at least 9 px type on screen.
            assertTrue(name.getFont().getSize() * canvas.zoom() >= 9, "name type " + name.getFont().getSize() * canvas.zoom());
        }
        Node users = drawn.get(mergedGroupOf(FAILED));
        assertTrue(users != null, "the users domain is a block");
        long members = teams.groups().stream().filter(g -> g.label().matches("users-\\d+"))
                .mapToLong(g -> g.members().size()).sum();
        assertTrue(((Text) robot.from(users).lookup(".group-counts").query()).getText().startsWith(members + " nodes"));
    }

    @Test
    void aFailureShowsAtFitAsDownAndDegradedCountsOnTheMergedBlocks(FxRobot robot) {
        robot.clickOn("#search").write(FAILED).type(KeyCode.ENTER);
        robot.rightClickOn("#node-" + FAILED);
        robot.clickOn("Fail node");
        assertEquals(List.of("node:" + FAILED), vm.scenario().labels());
        fit(robot);
        Map<String, Node> drawn = drawnBlocks(robot);
        String home = mergedGroupOf(FAILED);
        Node block = drawn.get(home);
        long down = CLI_2000.nodes().stream().filter(n -> home.equals(n.team() == null ? null : mergedGroupOf(n.id())))
                .filter(n -> vm.simulation().node(n.id()) == State.DOWN).count();
        Text state = (Text) robot.from(block).lookup(".group-state").query();
        assertTrue(state.isVisible());
        assertTrue(state.getText().startsWith("✕ " + down + " DOWN"), state.getText() + " expected " + down);
        // Searching for the node opened the way to it: its domain and its team stay open at fit.
        assertTrue(canvas.isGroupOpen(home) && canvas.isDrawn(FAILED));
        // Every merged block the scenario touched is marked, none that it did not.
        for (var e : drawn.entrySet()) {
            String id = e.getKey();
            if (!id.startsWith("merged:")) continue; // the open domain's teams
            boolean hit = CLI_2000.nodes().stream().filter(n -> n.team() != null && mergedGroupOf(n.id()).equals(id))
                    .anyMatch(n -> vm.simulation().node(n.id()) != State.UP)
                    || id.equals("merged:team:(no team)") && CLI_2000.nodes().stream()
                    .filter(n -> n.team() == null).anyMatch(n -> vm.simulation().node(n.id()) != State.UP);
            assertEquals(hit, PseudoStates.has(e.getValue(), "group-down")
                    || PseudoStates.has(e.getValue(), "group-degraded"), id);
        }
    }

    private void doubleClick(FxRobot robot, Node block) {
        String id = (String) block.getUserData();
        boolean before = canvas.isGroupOpen(id);
        var corner = robot.point(block).atPosition(javafx.geometry.Pos.TOP_LEFT)
                .atOffset(new javafx.geometry.Point2D(6, 6));
        robot.doubleClickOn(corner.query());
        if (canvas.isGroupOpen(id) == before) robot.doubleClickOn(corner.query());
    }

    @Test
    void doubleClickOpensAMergedGroupIntoItsTeamsAndATeamIntoItsNodes(FxRobot robot) {
        fit(robot);
        String merged = mergedGroupOf(FAILED);
        List<String> itsTeams = teams.groups().stream().filter(g -> g.label().matches("users-\\d+"))
                .map(g -> g.id()).toList();
        assertTrue(itsTeams.size() > 1);
        itsTeams.forEach(t -> assertFalse(drawnBlocks(robot).containsKey(t), "teams hidden at fit: " + t));
        doubleClick(robot, canvas.groupBlock(merged));
        assertTrue(canvas.isGroupOpen(merged));
        Map<String, Node> drawn = drawnBlocks(robot);
        for (String t : itsTeams) assertTrue(drawn.containsKey(t), "its team " + t + " is drawn");
        assertTrue(drawn.keySet().stream().noneMatch(id -> !id.startsWith("merged:") && !itsTeams.contains(id)),
                "no other domain's teams");
        // Open one of its teams: its nodes are drawn.
        String team = teams.groupOf(FAILED);
        doubleClick(robot, canvas.groupBlock(team));
        assertTrue(canvas.isGroupOpen(team));
        assertTrue(canvas.isDrawn(FAILED) && canvas.nodeView(FAILED).isVisible(), "the team's nodes are drawn");
        // Closing the merged group hides its teams and their nodes.
        doubleClick(robot, canvas.groupBlock(merged));
        assertFalse(canvas.isGroupOpen(merged));
        assertFalse(canvas.isDrawn(FAILED));
        assertFalse(drawnBlocks(robot).containsKey(team));
    }

    @Test
    void zoomingInShowsTheTeamsThenTheNodes(FxRobot robot) {
        fit(robot);
        robot.clickOn("#diagram-canvas");
        for (int i = 0; i < 12 && drawnBlocks(robot).keySet().stream().anyMatch(id -> id.startsWith("merged:")); i++) {
            robot.type(KeyCode.PLUS);
        }
        Map<String, Node> drawn = drawnBlocks(robot);
        assertTrue(!drawn.isEmpty() && drawn.keySet().stream().noneMatch(id -> id.startsWith("merged:")),
                "zoomed in: team blocks " + drawn.keySet());
        for (Node b : drawn.values()) {
            assertTrue(((Text) robot.from(b).lookup(".group-name").query()).isVisible(), "team names are readable");
        }
        for (int i = 0; i < 12 && canvas.grouped(); i++) robot.type(KeyCode.PLUS);
        assertFalse(canvas.grouped(), "closer still: nodes");
    }
}
