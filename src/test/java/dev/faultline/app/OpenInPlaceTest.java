package dev.faultline.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.faultline.app.canvas.DiagramCanvas;
import dev.faultline.app.task.ManualTaskRunner;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Topology;
import dev.faultline.render.group.GroupBy;
import dev.faultline.render.group.GroupMerger;
import dev.faultline.render.group.Grouping;

/**
 * Opening a group in place shows its contents where its block is: the CLI's 2,000-node file spreads each team's
 * nodes (and each domain's teams) over the whole layout, so a domain opened by selecting one of its nodes must draw
 * its teams inside the domain's block and the node inside its team's block, over no other block, at fit and once
 * zoomed in to the teams.
 */
@ExtendWith(ApplicationExtension.class)
class OpenInPlaceTest {
    private static final Topology CLI_2000 = TopologyGenerator.generate(2000, 7);
    private static final Map<String, LayoutResult> LAYOUTS = new HashMap<>();
    private static final String NODE = "users-101-svc-572";

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-" + System.nanoTime());
    private final Grouping teams = Grouping.of(CLI_2000, GroupBy.TEAM);
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = AppFixtures.openBig(stage, runner, prefs, "g2000.yaml", CLI_2000, LAYOUTS).window().canvas();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    /** The group blocks drawn now (visible, in a visible level), by id, in scene coordinates. */
    private static Map<String, Bounds> drawnBlocks(FxRobot robot) {
        Map<String, Bounds> out = new HashMap<>();
        for (Node b : robot.lookup(".group-block").queryAll()) {
            if (b.isVisible() && b.getParent().isVisible()) out.put((String) b.getUserData(), sceneBox(b));
        }
        return out;
    }

    /** A block's or node's own rectangle in scene coordinates, without the half of its outline drawn outside it. */
    private static Bounds sceneBox(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        double in = Math.min(b.getWidth(), b.getHeight()) * 0.02;
        return new BoundingBox(b.getMinX() + in, b.getMinY() + in, b.getWidth() - 2 * in, b.getHeight() - 2 * in);
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.getMinX() >= outer.getMinX() && inner.getMaxX() <= outer.getMaxX()
                && inner.getMinY() >= outer.getMinY() && inner.getMaxY() <= outer.getMaxY();
    }

    /** The node's view as drawn (its place inside a block included), in scene coordinates. */
    private Bounds nodeBox() {
        Node v = canvas.nodeView(NODE);
        assertTrue(v != null && v.isVisible() && canvas.isDrawn(NODE), "the selected node is drawn");
        return sceneBox(v);
    }

    /**
     * Every drawn child block lies inside its parent's block and over no other parent; the node inside its team's
     * block and over no other block but its team's and its domain's.
     */
    private void assertContentsInsideTheirBlocks(Map<String, Bounds> drawn, String team, String domain) {
        Bounds node = nodeBox();
        Bounds teamBlock = drawn.get(team);
        assertTrue(teamBlock != null, "the node's team is drawn: " + drawn.keySet());
        assertTrue(inside(node, teamBlock), "node " + node + " inside its team's block " + teamBlock);
        for (var e : drawn.entrySet()) {
            String id = e.getKey();
            if (id.equals(team) || id.equals(domain)) continue;
            assertFalse(e.getValue().intersects(node), "the node lies over " + id);
            if (!id.startsWith("merged:")) continue;
            for (var t : drawn.entrySet()) {
                if (!t.getKey().startsWith("merged:")) {
                    assertFalse(e.getValue().intersects(t.getValue()), "team " + t.getKey() + " lies over " + id);
                }
            }
        }
    }

    @Test
    void selectingANodeOpensItsDomainAndTeamInsideTheirBlocks(FxRobot robot) {
        robot.clickOn("#search").write(NODE).type(KeyCode.ENTER);
        robot.clickOn("#tool-fit");
        robot.sleep(300);
        assertTrue(canvas.grouped());
        String team = teams.groupOf(NODE);
        String domain = "merged:team:" + GroupMerger.domain(CLI_2000.node(NODE).orElseThrow().team());
        assertTrue(canvas.isGroupOpen(domain) && canvas.isGroupOpen(team), "search opened the way to the node");
        Map<String, Bounds> drawn = drawnBlocks(robot);
        Bounds domainBlock = drawn.get(domain);
        List<String> itsTeams = teams.groups().stream().filter(g -> g.label().matches("users-\\d+"))
                .map(g -> g.id()).toList();
        for (String t : itsTeams) {
            assertTrue(drawn.containsKey(t), "its team " + t + " is drawn");
            assertTrue(inside(drawn.get(t), domainBlock), t + " " + drawn.get(t) + " inside " + domainBlock);
        }
        assertContentsInsideTheirBlocks(drawn, team, domain);

        // Zoomed in until the teams replace the domains: the node is still inside its team, over no other team.
        // Ctrl + wheel over the node zooms in around it, as a user looking at it would.
        robot.moveTo(canvas.nodeView(NODE)).press(KeyCode.CONTROL);
        double before = canvas.zoom();
        robot.scroll(1, VerticalDirection.UP);
        VerticalDirection in = canvas.zoom() > before ? VerticalDirection.UP : VerticalDirection.DOWN;
        for (int i = 0; i < 40 && drawnBlocks(robot).keySet().stream().anyMatch(id -> id.startsWith("merged:")); i++) {
            robot.scroll(1, in);
        }
        robot.release(KeyCode.CONTROL);
        assertTrue(canvas.grouped(), "still groups: the teams");
        drawn = drawnBlocks(robot);
        assertTrue(drawn.keySet().stream().noneMatch(id -> id.startsWith("merged:")), "team level: " + drawn.keySet());
        assertContentsInsideTheirBlocks(drawn, team, domain);
        // The view followed the node from its layout position into its team's block: it is on screen.
        Bounds canvasBox = canvas.localToScene(canvas.getBoundsInLocal());
        assertTrue(canvasBox.intersects(nodeBox()), "the node stays in view: " + nodeBox());
    }
}
