package dev.faultline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import dev.faultline.app.files.RecentFiles;
import dev.faultline.app.task.FxTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;

/**
 * The frame-budget bench (issue #13): opens each topology file in the real main window and runs the
 * {@link FrameScript}, then writes a Markdown report (frames per second at fit, mid and close zoom; the worst FX
 * stall of every operation). Not a test: run it under a display, for example
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -XX:TieredStopAtLevel=1 -Dprism.order=sw -cp target/faultline.jar \
 *     dev.faultline.app.FrameBench /tmp/g2000.yaml /tmp/g5000.yaml
 * </pre>
 * ({@code -XX:TieredStopAtLevel=1}: the app's JIT as the {@code faultline} wrapper and the installers start it.)
 * {@code -Dfaultline.bench.out=FILE} (default target/frame-bench.md), {@code -Dfaultline.bench.pan=SECONDS}
 * (default 3) per zoom level (0: no panning), {@code -Dfaultline.bench.levels=fit,mid} the zoom levels the
 * operations run at, {@code -Dfaultline.bench.zoom=false} pans without the slow zoom in and out (a drag).
 */
public final class FrameBench {
    private FrameBench() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The bench's JavaFX application (the java launcher refuses an Application as its main class). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            List<Path> files = getParameters().getRaw().stream().map(Path::of).toList();
            FxTaskRunner runner = new FxTaskRunner();
            WorkspaceViewModel vm = new WorkspaceViewModel(FaultlineApp.productionServices(), runner);
            MainWindow window = new MainWindow(stage, vm,
                    new RecentFiles(Preferences.userRoot().node("dev/faultline/frame-bench")));
            stage.setScene(window.createScene(1600, 1000));
            stage.show();
            FrameClock clock = new FrameClock();
            clock.attach(stage.getScene());
            clock.start();
            Thread bench = new Thread(() -> {
                try {
                    report(files, window, vm, clock);
                } finally {
                    Platform.exit();
                }
            }, "frame-bench");
            bench.setDaemon(true);
            bench.start();
        }
    }

    private static void report(List<Path> files, MainWindow window, WorkspaceViewModel vm, FrameClock clock) {
        double panSeconds = Double.parseDouble(System.getProperty("faultline.bench.pan", "3"));
        List<String> out = new ArrayList<>();
        for (Path file : files) {
            FrameScript script = new FrameScript(window, vm, clock);
            script.run(file.toAbsolutePath(), panSeconds,
                    List.of(System.getProperty("faultline.bench.levels", "fit,mid").split(",")));
            int nodes = FrameScript.fx(() -> window.canvas().nodeCount());
            out.add("### " + file.getFileName() + " (" + nodes + " nodes)");
            out.add("");
            out.add("| zoom level | zoom | fps | median frame | max frame | FX CPU per frame | renderer CPU per frame "
                    + "| fps the CPU allows |");
            out.add("|---|---:|---:|---:|---:|---:|---:|---:|");
            for (FrameScript.Pan p : script.pans()) {
                out.add(String.format(Locale.ROOT, "| %s | %.2f | %.1f | %.0f ms | %.0f ms | %.1f ms | %.1f ms | %.0f |",
                        p.level(), p.zoom(), p.frames().fps(), p.frames().medianMs(), p.frames().maxMs(), p.fxCpuMs(),
                        p.renderCpuMs(), p.cpuBoundFps()));
            }
            script.ops().stream().filter(o -> o.name().equals("open + first frame")).findFirst().ifPresent(o ->
                    out.add(String.format(Locale.ROOT, "%nOpen + first frame (start of load to a settled window): "
                            + "%.1f s", o.frames().windowNanos() / 1e9)));
            out.add("");
            out.add("| zoom | operation | FX work: handler + worst CSS/layout pass (wall) | the same in FX-thread CPU "
                    + "| worst FX-thread CPU between two pulses | worst frame (stall, wall) | frame within 100 ms |");
            out.add("|---|---|---:|---:|---:|---:|---|");
            for (FrameScript.Op o : script.ops()) {
                out.add(String.format(Locale.ROOT, "| %s | %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %s |",
                        o.zoom(), o.name(), o.fxWorkMs(), o.fxCpuMs(), o.frames().worstFrameCpuMs(), o.frames().maxMs(),
                        o.worstStallMs() <= 100 ? "yes" : "**no**"));
            }
            out.add("");
        }
        Path target = Path.of(System.getProperty("faultline.bench.out", "target/frame-bench.md"));
        try {
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            Files.writeString(target, String.join("\n", out) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.getLogger("faultline.frames").log(System.Logger.Level.INFO, "wrote " + target.toAbsolutePath());
    }
}
