package dev.faultline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.prefs.Preferences;

import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.faultline.app.canvas.DiagramCanvas;
import dev.faultline.app.task.ManualTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Topology;
import dev.faultline.simulation.FailureEvent;

/**
 * The far zoom of the CLI's 2,000-node file (merged groups at fit, like 5,000 and 20,000 nodes) as a user sees it
 * (issue #13): the bundled edges are bitmaps at the resolution they are shown at, a zoom step redraws them and the
 * blocks and counts stay the same, and opening the file shows its panels and its picture together.
 */
@ExtendWith(ApplicationExtension.class)
class FarZoomTest {
    private static final Topology CLI_2000 = TopologyGenerator.generate(2000, 7);
    private static final Map<String, LayoutResult> LAYOUTS = new HashMap<>();

    private final ManualTaskRunner runner = new ManualTaskRunner().holdQuietWork();
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-" + System.nanoTime());
    private WorkspaceViewModel vm;
    private MainWindow window;
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) {
        AppFixtures.Opened opened = AppFixtures.bigWindow(stage, runner, prefs, "g2000.yaml", CLI_2000, LAYOUTS);
        vm = opened.vm();
        window = opened.window();
        canvas = window.canvas();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            vm.open(java.nio.file.Path.of("g2000.yaml").toAbsolutePath());
            runner.runPending();
        });
        robot.clickOn("#tool-fit");
        robot.sleep(400); // the edge counts are written once the view has settled (300 ms)
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Each drawn block's name, counts and scenario lines, by group id. */
    private static Map<String, String> blockTexts(FxRobot robot) {
        Map<String, String> out = new TreeMap<>();
        for (Node b : robot.lookup(".group-block").queryAll()) {
            if (!b.isVisible() || !b.getParent().isVisible() || !b.getParent().getParent().isVisible()) continue;
            StringBuilder text = new StringBuilder();
            for (String part : List.of(".group-name", ".group-counts", ".group-state")) {
                Text t = (Text) robot.from(b).lookup(part).query();
                text.append(t.isVisible() ? t.getText() : "").append(" | ");
            }
            out.put((String) b.getUserData(), text.toString());
        }
        return out;
    }

    /** The "×N" edge counts drawn now. */
    private static TreeSet<String> edgeCounts(FxRobot robot) {
        TreeSet<String> out = new TreeSet<>();
        for (Node n : robot.lookup(".bundle-count").queryAll()) {
            if (n.isVisible() && n.getParent().getParent().isVisible()) {
                Text t = (Text) n;
                out.add(Math.round(t.getX()) + "," + Math.round(t.getY()) + " " + t.getText());
            }
        }
        return out;
    }

    /** The edge tiles in view: each one bitmap. */
    private static List<Node> tilesInView(FxRobot robot) {
        return robot.lookup(".edge-tile").queryAll().stream()
                .filter(t -> t.isVisible() && t.getParent().isVisible()).toList();
    }

    /**
     * How many bitmap pixels one screen pixel of a tile shows. JavaFX caches a node at a scale of at least 1 of its
     * own coordinates: the tile's own coordinates to the screen must therefore scale by 0.5-1, so the bitmap is at
     * most twice the resolution shown and never less.
     */
    private static double shownPerBitmapPixel(Node tile) {
        return tile.getLocalToSceneTransform().getMxx();
    }

    @Test
    void atFitTheBundledEdgesAreBitmapsAtTheResolutionTheyAreShownAt(FxRobot robot) {
        open(robot);
        assertTrue(canvas.grouped() && canvas.zoom() < 0.2, "fit shows the groups: zoom " + canvas.zoom());
        List<Node> tiles = tilesInView(robot);
        assertFalse(tiles.isEmpty(), "the bundled edges are drawn");
        for (Node tile : tiles) {
            assertTrue(tile.isCache(), "each tile is one cached bitmap");
            double s = shownPerBitmapPixel(tile);
            assertTrue(s > 0.5 - 1e-9 && s <= 1 + 1e-9, "a bitmap pixel is shown at " + s + " of a screen pixel");
        }
    }

    @Test
    void aZoomStepRedrawsTheOverviewWithTheSameBlocksAndCounts(FxRobot robot) {
        open(robot);
        Map<String, String> blocks = blockTexts(robot);
        TreeSet<String> counts = edgeCounts(robot);
        assertTrue(blocks.size() >= 2 && blocks.values().stream().allMatch(t -> t.matches(".+ \\| \\d+ nodes.*")),
                "named blocks with counts at fit: " + blocks);
        // (Edge counts are written from 150 px blocks on: at this file's fit there may be none; the same either way.)
        double fitScale = shownPerBitmapPixel(tilesInView(robot).get(0));
        // Zoom in (+) until the tiles are redrawn at the next resolution step: within a step a bitmap pixel grows
        // on screen; at the next step the bitmaps are drawn again at twice the resolution.
        robot.clickOn("#diagram-canvas");
        int steps = 0;
        boolean redrawn = false;
        double shown = fitScale;
        while (!redrawn && steps < 6) {
            robot.type(KeyCode.PLUS);
            steps++;
            double now = shownPerBitmapPixel(tilesInView(robot).get(0));
            redrawn = now < shown;
            shown = now;
        }
        assertTrue(redrawn, "a zoom step redraws the tiles");
        for (Node tile : tilesInView(robot)) {
            double s = shownPerBitmapPixel(tile);
            assertTrue(s > 0.5 - 1e-9 && s <= 1 + 1e-9, "after zooming in, shown at " + s);
        }
        for (int i = 0; i < steps; i++) robot.type(KeyCode.MINUS);
        robot.clickOn("#tool-fit");
        robot.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(blocks, blockTexts(robot), "the same blocks, names and counts after the zoom steps");
        assertEquals(counts, edgeCounts(robot), "the same edge counts");
        for (Node tile : tilesInView(robot)) {
            assertEquals(fitScale, shownPerBitmapPixel(tile), 1e-9, "back at the fit step's bitmaps");
        }
    }

    @Test
    void aFailureAtFitChangesTheCountsAndTheBitmapsStayAtTheShownResolution(FxRobot robot) {
        open(robot);
        String hub = CLI_2000.dependencies().stream().collect(java.util.stream.Collectors.groupingBy(d -> d.to(),
                java.util.stream.Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow().getKey();
        robot.interact(() -> {
            vm.fail(FailureEvent.node(hub));
            runner.runPending();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(blockTexts(robot).values().stream().anyMatch(t -> t.contains("DOWN")),
                "a block says how many nodes are DOWN: " + blockTexts(robot));
        for (Node tile : tilesInView(robot)) {
            double s = shownPerBitmapPixel(tile);
            assertTrue(tile.isCache() && s > 0.5 - 1e-9 && s <= 1 + 1e-9, "shown at " + s);
        }
    }

    @Test
    void openingShowsTheFileOnlyWhenItsPanelsAndPictureAreReadyTogether(FxRobot robot) {
        robot.interact(() -> vm.open(java.nio.file.Path.of("g2000.yaml").toAbsolutePath()));
        // While it opens: progress in the status bar, and nothing of the file anywhere.
        assertTrue(robot.lookup("#status-progress").query().isVisible(), "the status bar shows the opening");
        assertNull(vm.document());
        assertNull(canvas.scene());
        assertTrue(robot.lookup(".group-block").queryAll().isEmpty(), "no block before the file is read");
        TreeView<?> findings = robot.lookup("#findings").queryAs(TreeView.class);
        long before = findings.getRoot().getChildren().stream().mapToLong(g -> g.getChildren().size()).sum();
        assertEquals(0, before, "no findings before the file is read");
        // The opening's one piece of background work: when it is done, the panels, the picture and its groups
        // are shown in one step, with no second piece of work (a picture still to draw) left.
        robot.interact(() -> {
            runner.runPending();
            assertNotNull(vm.document());
            assertNotNull(vm.scene(), "the picture comes with the file");
            assertSame(vm.scene(), canvas.scene(), "the canvas shows it in the same step");
            assertEquals(0, runner.pendingCount(), "nothing left to draw");
            assertFalse(vm.sceneBuildingProperty().get());
            assertTrue(findings.getRoot().getChildren().stream().mapToLong(g -> g.getChildren().size()).sum() > 0,
                    "the findings are listed in the same step");
        });
        robot.clickOn("#tool-fit");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.grouped() && blockTexts(robot).size() >= 2, "the groups are drawn at fit");
    }

    @Test
    void aNewLargeFileIsShownFittedOverItsGroupsWithoutMakingNodeViewsFirst(FxRobot robot) {
        robot.interact(() -> {
            vm.open(java.nio.file.Path.of("g2000.yaml").toAbsolutePath());
            runner.runPending();
            // In the step that shows the file: already at fit (grouped), so no node was made for the old zoom's
            // view only to be dropped by the window's fit a moment later (issue #13, the 20,000-node opening).
            assertSame(vm.scene(), canvas.scene());
            assertTrue(canvas.grouped(), "fitted over the groups at once");
            assertEquals(0, canvas.nodeViewCount(), "no node view made at the old zoom");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.grouped() && blockTexts(robot).size() >= 2, "the groups are drawn at fit");
        assertEquals(0, canvas.nodeViewCount());
    }

    @Test
    void aLargeFindingsGroupShownCollapsedListsEveryFindingWhenOpenedOrWhenItsNodeIsSelected(FxRobot robot) {
        open(robot);
        @SuppressWarnings("unchecked")
        TreeView<dev.faultline.app.panels.FindingEntry> tree = robot.lookup("#findings").queryAs(TreeView.class);
        var groups = tree.getRoot().getChildren();
        var big = groups.stream().filter(g -> g.getValue().children().size() > 50).toList();
        assertTrue(big.size() >= 2, "the file has large groups of findings");
        var first = big.get(0);
        var second = big.get(1);
        assertFalse(first.isExpanded(), "a large group is shown collapsed");
        assertFalse(first.isLeaf(), "with its disclosure arrow");
        // Opened with the keyboard: every finding of the group is listed, in the group's order.
        robot.interact(() -> {
            tree.getSelectionModel().select(first);
            tree.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertTrue(first.isExpanded());
        assertEquals(first.getValue().children(), first.getChildren().stream().map(TreeItem::getValue).toList());
        // A node selected on the canvas selects its finding, in a group still collapsed.
        var finding = second.getValue().children().stream().filter(f -> f.nodeId() != null)
                .filter(f -> groups.stream().takeWhile(g -> g != second).flatMap(g -> g.getValue().children().stream())
                        .noneMatch(e -> f.nodeId().equals(e.nodeId())))
                .findFirst().orElseThrow();
        robot.interact(() -> vm.selection().setAll(finding.nodeId()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(second.isExpanded(), "its group opened");
        assertSame(finding, tree.getSelectionModel().getSelectedItem().getValue());
    }

    @Test
    void theTeamsPanelListsAtMostAHundredAndFiftyTeamsCosts(FxRobot robot) {
        open(robot);
        int teams = vm.document().report().cost().teams().size();
        assertTrue(teams > 150, "the file prices more teams than the panel lists: " + teams);
        // The panel is filled when its tab is first shown (not while the file opens).
        assertTrue(robot.lookup("#team-costs").tryQuery().isEmpty(), "not filled behind the Details tab");
        robot.clickOn("#tab-teams");
        javafx.scene.layout.VBox rows = robot.lookup("#team-costs").queryAs(javafx.scene.layout.VBox.class);
        long listed = rows.getChildren().stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("cost-") && !n.getId().equals("cost-total"))
                .count();
        assertEquals(150, listed);
        assertTrue(rows.getChildren().stream().anyMatch(n -> n instanceof javafx.scene.control.Label l
                && l.getText().equals("… and " + (teams - 150) + " more teams")), "says how many are not listed");
        assertNotNull(robot.lookup("#cost-total").query(), "the total stays");
    }
}
