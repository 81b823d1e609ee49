package dev.faultline.app;

import dev.faultline.app.canvas.PseudoStates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;

import javafx.scene.control.Label;
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
import dev.faultline.app.task.SameThreadTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.io.TopologyLoader;
import dev.faultline.model.Topology;

/** The bundled sample through the production services (YAML loader, analyser, ELK, scene builder). */
@ExtendWith(ApplicationExtension.class)
class SampleWindowTest {
    static final Path SAMPLE = Path.of("sample-topologies", "online-shop.yaml");
    @TempDir
    static Path dir;
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-sample-" + System.nanoTime());
    private WorkspaceViewModel vm;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        // A copy, so pinned positions written by a test never land next to the repository's sample.
        file = AppFixtures.copyOfSample(dir, SAMPLE.getFileName().toString());
        vm = AppFixtures.openInWindow(stage, prefs, file, 1280, 800).vm();
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theSampleShowsExactlyTheSpofsTheAnalysisFinds(FxRobot robot) {
        Topology t = new TopologyLoader().load(SAMPLE).topology().orElseThrow();
        Set<String> expected = new Analyzer().analyze(t).spofs().stream().map(s -> s.node()).collect(Collectors.toSet());
        Set<String> shown = robot.lookup(".diagram-node").queryAll().stream().filter(n -> PseudoStates.has(n, "spof"))
                .map(n -> n.getId().substring("node-".length())).collect(Collectors.toSet());
        assertFalse(expected.isEmpty());
        assertEquals(expected, shown);
        assertEquals(t.nodes().size(), robot.lookup(".diagram-node").queryAll().size());
        assertTrue(robot.lookup("#status-counts").queryAs(Label.class).getText()
                .startsWith(t.nodes().size() + " nodes · " + t.dependencies().size() + " dependencies · "
                        + expected.size() + " SPOFs"));
    }

    @Test
    void theBundledCopyOfTheSampleMatchesTheRepositorysSample() throws Exception {
        try (var in = FaultlineApp.class.getResourceAsStream(FaultlineApp.SAMPLE_RESOURCE)) {
            assertEquals(Files.readString(SAMPLE), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    "src/main/resources/dev/faultline/samples/online-shop.yaml is stale: copy the sample again");
        }
    }
}
