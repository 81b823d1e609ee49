package dev.faultline.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javafx.stage.Stage;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.app.canvas.DiagramCanvas;
import dev.faultline.app.workspace.CoreServices;
import dev.faultline.render.SceneRequest;
import dev.faultline.io.LoadResult;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.render.DiagramScene;
import dev.faultline.render.Overlay;

/**
 * Open + layout timings at 100 / 1,000 / 2,000 nodes, phase by phase, with the production services (run with
 * {@code mvn -o test -Dtest=AppScaleBench -Dfaultline.bench=true}). Prints a Markdown table for docs/performance.md.
 */
@EnabledIfSystemProperty(named = "faultline.bench", matches = "true")
@ExtendWith(ApplicationExtension.class)
class AppScaleBench {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void openAndLayout(FxRobot robot) throws Exception {
        CoreServices core = FaultlineApp.productionServices();
        List<String> rows = new ArrayList<>();
        rows.add("| nodes | deps | read YAML | analyse | layout | scene | canvas (FX thread) | total |");
        rows.add("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int round = 0; round < 2; round++) {
            for (int n : new int[]{100, 1000, 2000}) {
                Topology generated = GeneratedTopologies.layered(n, 42);
                Path file = Files.createTempFile("bench-" + n, ".yaml");
                Files.writeString(file, GeneratedTopologies.toYaml(generated));
                long t0 = System.nanoTime();
                Topology topology;
                try {
                    LoadResult loaded = core.loader().apply(file);
                    topology = loaded.topology().orElseThrow(() -> new AssertionError(loaded.problems()));
                } catch (UnsupportedOperationException notYet) {
                    topology = generated; // the YAML loader is not on this branch yet
                }
                long t1 = System.nanoTime();
                AnalysisReport report = core.analyzer().analyze(topology, ProgressListener.NONE, CancellationToken.NONE);
                long t2 = System.nanoTime();
                LayoutResult layout = core.layout().layout(topology, Map.of(), ProgressListener.NONE,
                        CancellationToken.NONE);
                long t3 = System.nanoTime();
                DiagramScene scene = core.scenes().build(SceneRequest.of(topology, layout, report));
                long t4 = System.nanoTime();
                AtomicLong canvasNanos = new AtomicLong();
                robot.interact(() -> {
                    long c0 = System.nanoTime();
                    DiagramCanvas canvas = new DiagramCanvas(new NoActions());
                    stage.setScene(new javafx.scene.Scene(canvas, 1200, 800));
                    canvas.show(scene);
                    long c1 = System.nanoTime();
                    canvas.applyCss();
                    long c2 = System.nanoTime();
                    canvas.layout();
                    canvas.fit();
                    long c3 = System.nanoTime();
                    System.getLogger("bench").log(System.Logger.Level.INFO, n + ": show " + ms(c1 - c0) + " css "
                            + ms(c2 - c1) + " layout+fit " + ms(c3 - c2));
                    canvasNanos.set(System.nanoTime() - c0);
                });
                Files.deleteIfExists(file);
                if (round == 1) {
                    rows.add(String.format("| %d | %d | %d ms | %d ms | %d ms | %d ms | %d ms | %d ms |", n,
                            topology.dependencies().size(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3),
                            ms(canvasNanos.get()), ms(t4 - t0 + canvasNanos.get())));
                }
            }
        }
        Path out = Path.of("target", "app-scale-bench.md");
        Files.writeString(out, String.join("\n", rows) + "\n");
    }

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }

    private static final class NoActions implements dev.faultline.app.canvas.CanvasActions {
        public void select(String nodeId, boolean add) { }
        public void clearSelection() { }
        public void failNode(String nodeId) { }
        public void failInstance(String nodeId) { }
        public void showBlastRadius(String nodeId) { }
        public void pin(Map<String, dev.faultline.layout.Point> topLeftById) { }
        public void unpin(String nodeId) { }
        public boolean isPinned(String nodeId) { return false; }
        public void copyId(String nodeId) { }
        public List<dev.faultline.simulation.FailureEvent> domainEvents() { return List.of(); }
        public void failDomain(dev.faultline.simulation.FailureEvent event) { }
    }
}
