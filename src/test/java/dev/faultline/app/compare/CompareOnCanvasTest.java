package dev.faultline.app.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.faultline.analysis.Analyzer;
import dev.faultline.app.FaultlineApp;
import dev.faultline.app.MainWindow;
import dev.faultline.app.canvas.DiagramCanvas;
import dev.faultline.app.files.RecentFiles;
import dev.faultline.app.panels.FindingEntry;
import dev.faultline.app.task.SameThreadTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.io.TopologyLoader;
import dev.faultline.model.Topology;
import dev.faultline.render.SceneNode;

/**
 * Compare mode and "Preview fix" on the main window, like a user: File › Compare with… an edited copy of a sample
 * marks the canvas and the Findings panel; Preview fix on a SPOF shows the before/after banner, Discard restores,
 * Keep removes the finding, Save as… writes a copy that no longer has it, and the user's file stays byte-identical.
 */
@ExtendWith(ApplicationExtension.class)
class CompareOnCanvasTest {
    static final Path SAMPLE = Path.of("sample-topologies", "startup-one-database.yaml");

    @TempDir
    static Path dir;
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-cmp-canvas-" + System.nanoTime());
    private WorkspaceViewModel vm;
    private MainWindow window;
    private Path base;
    private Path head;
    private byte[] headBytes;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(dir, "cmp");
        base = folder.resolve("tally-main.yaml");
        Files.copy(SAMPLE, base);
        // The "pull request": metabase (and its reporting flow) removed, a one-instance pdf-renderer added that
        // sidekiq needs, and the load balancer cut to one instance (a new SPOF).
        String text = Files.readString(SAMPLE)
                .replace("""
                          - id: metabase
                            name: Metabase (reporting)
                            zones: [us-east-1a]
                            tags: {monthly-cost: 40}
                        """, """
                          - id: pdf-renderer
                            name: PDF renderer
                            zones: [us-east-1a]
                        """)
                .replace("  - {from: metabase, to: main-db}\n", "  - {from: sidekiq, to: pdf-renderer}\n")
                .replace("""
                          - id: reporting
                            name: Internal reporting
                            entry: metabase
                            slo: 0.95
                        """, "")
                .replaceFirst("replicas: 2\n    zones: \\[us-east-1a, us-east-1b]", "replicas: 1\n    zones: [us-east-1a]");
        head = folder.resolve("tally-pr.yaml");
        Files.writeString(head, text);
        headBytes = Files.readAllBytes(head);
        assertTrue(new TopologyLoader().load(head).ok(), "the edited copy loads");
        dev.faultline.app.AppFixtures.Opened opened = dev.faultline.app.AppFixtures.openInWindow(stage, prefs, head,
                1280, 800);
        vm = opened.vm();
        window = opened.window();
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
        assertArrayEquals(headBytes, Files.readAllBytes(head), "the open file is never written");
    }

    private DiagramCanvas canvas() {
        return window.canvas();
    }

    private SceneNode drawn(String id) {
        return canvas().scene().nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    private void compareWithBase(FxRobot robot) {
        robot.clickOn("File").clickOn("Compare with…");
        robot.clickOn("#compare-target").write(base.toString());
        robot.clickOn("#compare-run");
    }

    @SuppressWarnings("unchecked")
    private TreeView<FindingEntry> findings(FxRobot robot) {
        return robot.lookup("#findings").queryAs(TreeView.class);
    }

    private List<FindingEntry> leaves(FxRobot robot) {
        return findings(robot).getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .map(TreeItem::getValue).toList();
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) return false;
        }
        return true;
    }

    /** Clicks a finding's row by the start of its text, as a user would. */
    private Node clickFinding(FxRobot robot, String startsWith, boolean right) {
        Node cell = robot.lookup(".finding-leaf").match(n -> shown(n)
                && ((Labeled) n).getText().startsWith(startsWith)).query();
        var at = robot.point(cell).atPosition(Pos.CENTER_LEFT).atOffset(new Point2D(60, 0));
        if (right) robot.rightClickOn(at);
        else robot.clickOn(at);
        return cell;
    }

    @Test
    void comparingMarksAddedRemovedAndNewOnTheCanvasAndInTheFindings(FxRobot robot) {
        compareWithBase(robot);
        assertNotNull(vm.comparisonProperty().get(), vm.noticeProperty().get());

        SceneNode added = drawn("pdf-renderer");
        assertTrue(added.badges().contains("added"), added.badges()::toString);
        assertEquals("#0072B2", added.stroke(), "the added outline, also on a new SPOF");
        assertTrue(added.spof() && added.badges().contains("new"), "pdf-renderer is a new SPOF: warning badge and new");
        // The removed node is a ghost: drawn, but not a live node and not pickable.
        assertNull(canvas().nodeView("metabase"));
        Node ghost = canvas().ghostView("metabase");
        assertNotNull(ghost);
        assertTrue(ghost.isMouseTransparent());
        assertEquals("removed", canvas().scene().ghosts().get(0).badges().get(0));
        // alb lost its second instance: a new SPOF, badged on the canvas and in the Findings panel.
        assertTrue(drawn("alb").badges().contains("new"), drawn("alb").badges()::toString);
        assertFalse(drawn("main-db").badges().contains("new"), "main-db was a SPOF before too");
        Node albEntry = robot.lookup(".finding-leaf").match(n -> shown(n)
                && ((Labeled) n).getText().startsWith("alb — ")).query();
        Node badge = ((Labeled) albEntry).getGraphic();
        assertTrue(badge instanceof Label l && l.getText().equals("new"), "alb's SPOF entry has the new badge");
        Node mainDb = robot.lookup(".finding-leaf").match(n -> shown(n)
                && ((Labeled) n).getText().startsWith("main-db — ")).query();
        assertNull(((Labeled) mainDb).getGraphic());
        assertTrue(canvas().scene().legend().stream().anyMatch(e -> e.label().contains("new since the compared")));
        assertTrue(robot.lookup("#compare-banner-text").queryAs(Label.class).getText()
                .startsWith("Comparing with tally-main.yaml: 1 added, 1 removed"));

        // "Only new" leaves exactly what the change introduced.
        int all = leaves(robot).size();
        robot.clickOn("#findings-only-new");
        List<FindingEntry> onlyNew = leaves(robot);
        assertTrue(onlyNew.size() < all && !onlyNew.isEmpty());
        var fresh = vm.comparisonProperty().get().newFindingKeys();
        assertTrue(onlyNew.stream().allMatch(e -> fresh.contains(e.key())), onlyNew::toString);
        assertTrue(onlyNew.stream().anyMatch(e -> "alb".equals(e.nodeId())));

        // Esc on the canvas leaves compare mode.
        robot.clickOn("#tool-fit");
        robot.interact(() -> canvas().requestFocus());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertNull(vm.comparisonProperty().get());
        assertFalse(drawn("pdf-renderer").badges().contains("added"));
        assertNull(canvas().ghostView("metabase"));
        assertFalse(robot.lookup("#compare-banner").query().isVisible());
        assertEquals(all, leaves(robot).size(), "the filter goes with compare mode");
    }

    @Test
    void stopComparingEndsCompareMode(FxRobot robot) {
        compareWithBase(robot);
        robot.clickOn("#compare-stop");
        assertNull(vm.comparisonProperty().get());
        assertTrue(canvas().scene().ghosts().isEmpty());
    }

    @Test
    void previewFixShowsTheBannerDiscardRestoresKeepRemovesTheFindingAndSaveAsWritesACopy(FxRobot robot)
            throws Exception {
        String before = List.copyOf(drawn("main-db").badges()).toString();
        clickFinding(robot, "main-db — ", false);
        robot.clickOn("#finding-preview-fix");
        String banner = robot.lookup("#preview-banner-text").queryAs(Label.class).getText();
        assertTrue(banner.startsWith("Preview fix: spread main-db over zone us-east-1b with 2 instances: +650/month, "),
                banner);
        assertTrue(banner.contains(" → ") && banner.contains("; finding removed"), banner);
        assertEquals(List.of("main-db"), canvas().scene().nodes().stream().filter(n -> n.badges().contains("fix"))
                .map(SceneNode::id).toList(), "only what the fix changes is outlined");
        assertTrue(drawn("main-db").badges().contains("×2"), "the canvas shows the edited copy");
        assertTrue(canvas().scene().legend().stream().anyMatch(e -> e.label().contains("previewed fix")));

        robot.clickOn("#preview-discard");
        assertFalse(robot.lookup("#preview-banner").query().isVisible());
        assertEquals(before, drawn("main-db").badges().toString());
        assertTrue(leaves(robot).stream().anyMatch(e -> "main-db".equals(e.nodeId()) && e.key().equals("spof:main-db")));

        // Again from the context menu, then Keep.
        clickFinding(robot, "main-db — ", true);
        robot.clickOn(robot.lookup(".context-menu").lookup((Node n) -> n instanceof Labeled l
                && "Preview fix".equals(l.getText()) && n.isVisible()).queryAs(Node.class));
        assertTrue(robot.lookup("#preview-banner").query().isVisible());
        robot.clickOn("#preview-keep");
        assertTrue(leaves(robot).stream().noneMatch(e -> "spof:main-db".equals(e.key())), "Keep removes the finding");
        assertEquals(List.of("add main-db.zones=us-east-1b", "set main-db.replicas=2"), vm.keptEditsProperty().get());
        assertTrue(robot.lookup("#preview-banner-text").queryAs(Label.class).getText().startsWith("2 kept edit(s)"));

        // Save as… writes a copy that loads and no longer has the finding; the open file is untouched (AfterEach).
        Path out = head.resolveSibling("tally-fixed.yaml");
        window.changeBanners().setSaveTarget(w -> out);
        robot.clickOn("#preview-save-as");
        Topology saved = new TopologyLoader().load(out).topology().orElseThrow();
        assertTrue(new Analyzer().analyze(saved).findings().stream()
                .noneMatch(f -> f.rule().equals("spof") && f.nodes().contains("main-db")));
        assertEquals(2, saved.requireNode("main-db").replicas());
        assertTrue(Files.readString(out).contains("--apply 'set main-db.replicas=2'"));

        // Saving over the open file is refused with a message, not done.
        window.changeBanners().setSaveTarget(w -> head);
        robot.clickOn("#preview-save-as");
        assertTrue(vm.noticeProperty().get().startsWith("Save as… writes a copy"), vm.noticeProperty().get());

        // Keep is undoable.
        robot.interact(() -> canvas().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertTrue(leaves(robot).stream().anyMatch(e -> "spof:main-db".equals(e.key())), "Ctrl+Z brings it back");
        assertEquals(List.of(), vm.keptEditsProperty().get());
    }
}
