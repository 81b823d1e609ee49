package dev.faultline.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import dev.faultline.io.OutputTarget;
import dev.faultline.app.files.FileWatcher;
import dev.faultline.app.files.RecentFiles;
import dev.faultline.app.task.FxTaskRunner;
import dev.faultline.app.workspace.CoreServices;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.io.LayoutSidecar;
import dev.faultline.export.diagram.DiagramExportOptions;
import dev.faultline.export.diagram.DiagramExporter;
import dev.faultline.export.diagram.DiagramFormat;
import dev.faultline.service.FaultlineService;
import java.time.Instant;
import dev.faultline.app.workspace.ExportSubject;
import dev.faultline.app.workspace.ImportPort;
import dev.faultline.service.ImportService;
import dev.faultline.service.ExportRequest;
import dev.faultline.service.ExportFormat;
import dev.faultline.service.ExportService;

/**
 * The composition root: builds the core services, the task runner and the window once, and passes them down.
 * No singletons. {@link #launchApp(Path)} is what the launcher calls for {@code faultline} / {@code faultline gui}.
 */
public final class FaultlineApp extends Application {
    static final String SAMPLE_RESOURCE = "/dev/faultline/samples/online-shop.yaml";
    private FxTaskRunner runner;
    private FileWatcher watcher;

    /** Opens the window on {@code fileOrNull} (the bundled sample when null); blocks until the window closes. */
    public static void launchApp(Path fileOrNull) {
        Application.launch(FaultlineApp.class, fileOrNull == null ? new String[0] : new String[]{fileOrNull.toString()});
    }

    /** For {@code mvn javafx:run} and the IDE; the packaged app starts through {@code dev.faultline.Launcher}. */
    public static void main(String[] args) {
        launchApp(args.length == 0 || args[0].isBlank() ? null : Path.of(args[0]));
    }

    /** The services of the real app; tests assemble their own. */
    public static CoreServices productionServices() {
        FaultlineService service = new FaultlineService();
        DiagramExporter exporter = new DiagramExporter();
        ExportService exports = new ExportService(Layouts.production(), exporter);
        ImportService imports = new ImportService();
        return new CoreServices(service::load, service::analyze, Layouts.production(), Layouts.scenes(),
                new LayoutSidecar(), (subject, target) -> OutputTarget.of(target, readFiles(subject))
                        .write(export(exporter, exports, subject, target)),
                ImportPort.of(imports.formats(),
                        (format, inputs, output) -> imports.importInto(format, inputs, output).report().format()));
    }

    /** An export must never replace the open topology or its layout sidecar. */
    private static List<Path> readFiles(ExportSubject subject) {
        Path file = subject.document().file();
        return file == null ? List.of() : List.of(file, new LayoutSidecar().sidecarOf(file));
    }

    /** Diagrams export the picture on screen as it is; reports and graph formats go through the export service. */
    private static byte[] export(DiagramExporter exporter, ExportService exports, ExportSubject subject, Path target)
            throws IOException {
        String name = target.getFileName().toString();
        ExportFormat format = ExportFormat.fromFileName(name)
                .orElseThrow(() -> new IOException("use one of " + ExportFormat.extensions()));
        String source = subject.document().file() == null ? "" : subject.document().file().getFileName().toString();
        if (format.isDiagram()) {
            return exporter.export(subject.scene(), DiagramFormat.valueOf(format.name()),
                    DiagramExportOptions.defaults().withSource(source));
        }
        ExportRequest request = ExportRequest.of(subject.document().report(), format).withOverlay(subject.overlay())
                .withScenarios(subject.simulation() == null ? List.of() : List.of(subject.simulation()))
                .withPinned(subject.document().pinned()).withReviews(subject.reviews()).withSource(source, Instant.now());
        return exports.export(request);
    }

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner();
        WorkspaceViewModel vm = new WorkspaceViewModel(productionServices(), runner);
        RecentFiles recent = new RecentFiles(Preferences.userNodeForPackage(FaultlineApp.class));
        MainWindow window = new MainWindow(stage, vm, recent);
        watcher = new FileWatcher(400, changed -> Platform.runLater(() -> {
            boolean open = vm.document() != null && changed.equals(vm.document().file());
            if (open || changed.equals(vm.failedFileProperty().get())) vm.reload();
        }));
        vm.documentProperty().addListener((o, a, b) -> {
            if (b != null && b.file() != null) watcher.watch(b.file());
        });
        // A file that failed to open is watched too: saving the fix opens it.
        vm.failedFileProperty().addListener((o, a, b) -> {
            if (b != null) watcher.watch(b);
        });
        // 1600x1000 where the screen has room (the size the canvas is tuned for), less on smaller screens.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(window.createScene(Math.min(1600, screen.getWidth()), Math.min(1000, screen.getHeight())));
        stage.setTitle("Faultline");
        icons().forEach(stage.getIcons()::add);
        stage.show();
        FrameProbe.installIfRequested(window.canvas());
        List<String> args = getParameters().getRaw();
        Path file = args.isEmpty() ? defaultSample() : Path.of(args.get(0));
        if (file != null) {
            OpenTiming.startIfRequested(vm, file.getFileName().toString());
            vm.open(file);
        }
    }

    @Override
    public void stop() {
        if (watcher != null) watcher.close();
        if (runner != null) runner.close();
    }

    /**
     * The bundled sample: the repository copy when run from a checkout, else the classpath copy placed under the
     * user's config directory (so its pinned positions can be remembered like any other file's).
     */
    static Path defaultSample() {
        Path checkout = Path.of("sample-topologies", "online-shop.yaml");
        if (Files.isRegularFile(checkout)) return checkout;
        try (InputStream in = FaultlineApp.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) return null;
            Path dir = configDir().resolve("samples");
            Files.createDirectories(dir);
            Path target = dir.resolve("online-shop.yaml");
            Path temp = Files.createTempFile(dir, ".online-shop", ".tmp");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            return null;
        }
    }

    static Path configDir() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("faultline");
    }

    private static List<Image> icons() {
        return List.of(16, 32, 48, 64, 128, 256).stream()
                .map(size -> FaultlineApp.class.getResource("/dev/faultline/app/icons/faultline-" + size + ".png"))
                .filter(u -> u != null).map(u -> new Image(u.toExternalForm())).toList();
    }
}
