package dev.faultline.app;

import java.nio.file.Path;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.stage.Stage;

import dev.faultline.app.files.RecentFiles;
import dev.faultline.app.task.FxTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;

/**
 * Opens the window on an in-code topology ("shop" or "gen:N") without any YAML: for looking at the app under Xvfb
 * and for measuring frame times ({@code -Dfaultline.fps=true -Dfaultline.fps.autopan=true}).
 */
public final class DemoApp extends Application {
    @Override
    public void start(Stage stage) {
        String what = getParameters().getRaw().isEmpty() ? "shop" : getParameters().getRaw().get(0);
        boolean real = what.endsWith(".yaml") || what.endsWith(".yml");
        Path file = real ? Path.of(what).toAbsolutePath() : Path.of("/tmp/demo-" + what.replace(':', '-') + ".yaml");
        var topology = what.startsWith("gen:") ? GeneratedTopologies.layered(Integer.parseInt(what.substring(4)), 42)
                : AppFixtures.shop();
        var services = FaultlineApp.productionServices();
        Path broken = Path.of("/tmp/broken.yaml");
        var core = real ? services : new dev.faultline.app.workspace.CoreServices(
                new AppFixtures.Files().put(file, topology).broken(broken),
                services.analyzer(), services.layout(), services.scenes(), services.sidecar());
        WorkspaceViewModel vm = new WorkspaceViewModel(core, new FxTaskRunner());
        MainWindow window = new MainWindow(stage, vm, new RecentFiles(Preferences.userRoot().node("dev/faultline/demo")));
        stage.setScene(window.createScene(Double.parseDouble(System.getProperty("demo.width", "1600")),
                Double.parseDouble(System.getProperty("demo.height", "1000"))));
        // Screenshots under Xvfb: the pointer sits at the screen's centre, where a centred window would show a hover.
        if (System.getProperty("demo.x") != null) {
            stage.setX(Double.parseDouble(System.getProperty("demo.x")));
            stage.setY(Double.parseDouble(System.getProperty("demo.y", "0")));
        }
        stage.show();
        FrameProbe.installIfRequested(window.canvas());
        vm.open(file);
        java.util.List<String> steps = getParameters().getRaw().stream().skip(1).toList();
        vm.documentProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends dev.faultline.app.workspace.TopologyDocument> o,
                                dev.faultline.app.workspace.TopologyDocument a,
                                dev.faultline.app.workspace.TopologyDocument b) {
                vm.documentProperty().removeListener(this);
                reportFirstFrame();
                if (steps.stream().anyMatch(st -> st.startsWith("snap:"))) runPaced(steps, vm, window, broken);
                else javafx.application.Platform.runLater(() -> steps.forEach(step -> run(step, vm, window, broken)));
            }
        });
    }

    /**
     * Steps with "snap:FILE" among them run one at a time, a few seconds apart, so one opening of a large file can
     * save several screenshots (snap saves and goes on; the app quits after the last step).
     */
    private static void runPaced(java.util.List<String> steps, WorkspaceViewModel vm, MainWindow window, Path broken) {
        java.util.Iterator<String> it = steps.iterator();
        javafx.animation.PauseTransition tick = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(
                Double.parseDouble(System.getProperty("demo.pace", "3"))));
        tick.setOnFinished(e -> {
            if (!it.hasNext()) {
                javafx.application.Platform.exit();
                return;
            }
            String step = it.next();
            if (step.startsWith("snap:")) save(window, Path.of(step.substring(5)));
            else run(step, vm, window, broken);
            tick.playFromStart();
        });
        tick.play();
    }

    private static void save(MainWindow window, Path target) {
        javafx.scene.image.WritableImage img = window.root().getScene().snapshot(null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javafx.scene.image.PixelReader px = img.getPixelReader();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, px.getArgb(x, y));
        try {
            javax.imageio.ImageIO.write(out, "png", target.toFile());
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** Prints the time from JVM start to the first frame drawn after the file opened (issue #13's open target). */
    private static void reportFirstFrame() {
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 2) return; // the pulse that showed the scene, then the next one: it was drawn
                stop();
                long ms = System.currentTimeMillis()
                        - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                System.getLogger("faultline.fps").log(System.Logger.Level.INFO, "open + first frame: " + ms + " ms");
            }
        }.start();
    }

    /** Demo steps: compare:BASE.yaml, preview:spof:X (a finding's review key), fail:X, instance:X, zone:Z, team:T, overlay:teams, select:X, flow:F, clear, broken, dark, zoom:0.2, sweep, card (node card of the selection), open:X (its group), focus:X, snap:FILE. */
    private static void run(String step, WorkspaceViewModel vm, MainWindow window, Path broken) {
        String[] kv = step.split(":", 2);
        switch (kv[0]) {
            case "fail" -> vm.fail(dev.faultline.simulation.FailureEvent.node(kv[1]));
            case "instance", "zone", "team", "region" -> vm.fail(dev.faultline.simulation.FailureEvent.parse(step));
            case "overlay" -> vm.overlayProperty().set(dev.faultline.render.Overlay.fromId(kv[1]));
            case "select" -> vm.focus(kv[1]);
            case "pick" -> vm.select(kv[1], false);
            case "dark" -> window.toggleThemeForDemo();
            case "broken" -> vm.open(Path.of(kv.length > 1 ? kv[1] : broken.toString()));
            case "sweep" -> vm.startSweep();
            case "tab" -> window.selectTab(kv[1]);
            case "flow" -> vm.showFlow(kv[1]);
            case "clear" -> vm.clearHighlight();
            case "why" -> vm.explain(kv[1]);
            case "fit" -> window.canvas().fit();
            case "card" -> window.showNodeCard();
            case "open" -> window.canvas().revealNode(kv[1]);
            case "focus" -> {
                vm.select(kv[1], false);
                ((javafx.scene.control.ToggleButton) window.root().lookup("#focus-toggle")).fire();
            }
            case "legend" -> window.canvas().setLegendOpen(true);
            case "compare" -> vm.compareWith(Path.of(kv[1]));
            case "preview" -> vm.previewFix(step.substring("preview:".length()));
            case "shot" -> shotLater(window, Path.of(kv[1]));
            case "zoom" -> {
                var c = window.canvas();
                c.viewport().zoomAt(Double.parseDouble(kv[1]) / c.zoom(), c.getWidth() / 2, c.getHeight() / 2);
                c.applyViewportForProbe();
            }
            default -> { }
        }
    }

    /**
     * Saves the window as a PNG once layout and the canvas's fit have settled, then quits: screenshots without an X
     * server (Monocle headless, software rendering, like the TestFX suite).
     */
    private static void shotLater(MainWindow window, Path target) {
        // The pointer rests in the screen's middle, over some node: its hover would dim the rest. Park it.
        new javafx.scene.robot.Robot().mouseMove(2, 2);
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(
                javafx.util.Duration.seconds(Double.parseDouble(System.getProperty("demo.shotDelay", "2"))));
        wait.setOnFinished(e -> {
            javafx.scene.image.WritableImage img = window.root().getScene().snapshot(null);
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            javafx.scene.image.PixelReader px = img.getPixelReader();
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, px.getArgb(x, y));
            try {
                javax.imageio.ImageIO.write(out, "png", target.toFile());
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
            javafx.application.Platform.exit();
        });
        wait.play();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
