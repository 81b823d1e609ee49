package dev.faultline.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.faultline.analysis.Analyzer;
import dev.faultline.analysis.fix.VerifiedFix;
import dev.faultline.app.task.SameThreadTaskRunner;
import dev.faultline.app.workspace.TopologyDocument;
import dev.faultline.io.TopologyLoader;
import dev.faultline.model.Topology;
import dev.faultline.simulation.FailureEngine;

/** The Changes panel like a user: compare with a file and with a git revision, preview a fix, keep or discard it. */
@ExtendWith(ApplicationExtension.class)
class ComparePaneTest {
    static final Path SAMPLE = Path.of("sample-topologies", "startup-one-database.yaml");
    static final Path EDITED = Path.of("docs", "examples", "compare", "startup-pr.yaml");

    @TempDir
    static Path dir;
    private Path file;
    private String original;
    private ComparePane pane;

    @Start
    void start(Stage stage) throws Exception {
        // The open document is the edited copy (the "new" version), in a git repository whose history has the sample.
        Path repo = Files.createTempDirectory(dir, "repo");
        file = repo.resolve("topology.yaml");
        Files.copy(SAMPLE, file);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("topology.yaml").call();
            git.commit().setMessage("sample").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
                    .setSign(false).call();
        }
        Files.copy(EDITED, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        original = Files.readString(file);
        Topology t = new TopologyLoader().load(file).topology().orElseThrow();
        TopologyDocument doc = new TopologyDocument(file, t, new Analyzer().analyze(t), null, null, Map.of(),
                new FailureEngine(t), List.of());
        pane = new ComparePane(doc, new SameThreadTaskRunner());
        stage.setScene(new Scene(pane, 900, 640));
        stage.show();
    }

    private List<String> rowTexts() {
        return pane.rows().stream().map(r -> r.badge().label() + " " + r.text()).toList();
    }

    @Test
    void comparingWithAFileShowsNewAndGoneWithBadges(FxRobot robot) {
        robot.clickOn("#compare-target").write(SAMPLE.toString());
        robot.clickOn("#compare-run");
        WaitForAsyncUtils.waitForFxEvents();
        String headline = robot.lookup("#compare-headline").queryAs(Label.class).getText();
        assertTrue(headline.startsWith("Adds risk: new SPOF alb"), headline);
        List<String> rows = rowTexts();
        assertTrue(rows.contains("new SPOF alb (no-spare-instance)"), rows::toString);
        assertTrue(rows.contains("gone SPOF main-db (no-spare-instance)"), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("changed monthly cost 2,500 → 3,125")), rows::toString);
        assertFalse(robot.lookup(".change-badge-new").queryAll().isEmpty(), "new rows carry a 'new' badge");
    }

    @Test
    void comparingWithAGitRevisionReadsTheFileAsCommitted(FxRobot robot) {
        robot.clickOn("#compare-kind-revision");
        robot.clickOn("#compare-target").write("main");
        robot.clickOn("#compare-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(rowTexts().contains("new SPOF alb (no-spare-instance)"), rowTexts()::toString);
        robot.doubleClickOn("#compare-target").eraseText(20).write("nope");
        robot.clickOn("#compare-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#compare-headline").queryAs(Label.class).getText().contains("'nope' is not a commit"));
    }

    @Test
    void previewKeepAndDiscardNeverTouchTheFileAndSaveAsWritesACopy(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<VerifiedFix> fixes = robot.lookup("#fix-list").queryAs(ListView.class);
        int alb = -1;
        for (int i = 0; i < fixes.getItems().size(); i++) {
            if (fixes.getItems().get(i).finding().rule().equals("spof")
                    && fixes.getItems().get(i).finding().nodes().equals(List.of("alb"))) alb = i;
        }
        assertTrue(alb >= 0, "the new alb SPOF has a verified fix");
        final int row = alb;
        robot.interact(() -> fixes.scrollTo(row));
        robot.clickOn(robot.lookup("#fix-list .list-cell").match(c -> c instanceof javafx.scene.control.ListCell<?> lc
                && lc.getIndex() == row).queryAs(javafx.scene.Node.class));
        robot.clickOn("#fix-preview");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#fix-banner").query().isVisible());
        assertTrue(robot.lookup("#fix-banner-text").queryAs(Label.class).getText().startsWith("Preview: run 2 instances of alb"));
        assertTrue(rowTexts().contains("gone SPOF alb (no-spare-instance)"), rowTexts()::toString);
        robot.clickOn("#fix-keep");
        assertTrue(robot.lookup("#fix-banner-text").queryAs(Label.class).getText().startsWith("Kept 1 edit in memory"));
        assertEquals(original, Files.readString(file), "keeping a fix does not write the user's file");
        Path copy = dir.resolve("fixed.yaml");
        robot.interact(() -> pane.saveAs(copy));
        assertEquals(2, new TopologyLoader().load(copy).topology().orElseThrow().requireNode("alb").replicas());
        robot.interact(() -> pane.saveAs(file)); // refused: never over the open file
        assertTrue(robot.lookup("#compare-headline").queryAs(Label.class).getText()
                .startsWith("Could not finish: refusing to write the edited copy over"));
        assertEquals(original, Files.readString(file));
        robot.clickOn("#fix-discard");
        assertTrue(robot.lookup("#fix-banner-text").queryAs(Label.class).getText().contains("1 kept edits remain"));
    }
}
