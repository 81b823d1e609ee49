package dev.faultline.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.faultline.analysis.Analyzer;
import dev.faultline.app.workspace.CoreServices;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.io.LayoutSidecar;
import dev.faultline.io.LoadResult;
import dev.faultline.io.yaml.Problem;
import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/** A small shop topology and in-memory "files" for app tests. */
public final class AppFixtures {
    private AppFixtures() {
    }

    /**
     * web (entry, storefront, 2 replicas in za/zb) → api (2 replicas) → orders-db (1 replica, payments: a SPOF);
     * api → cache (soft); api → stripe with fallback adyen; api ⇢ events (async queue).
     */
    public static Topology shop() {
        List<Node> nodes = List.of(
                node("web", Kind.SERVICE, "storefront", 2, List.of("za", "zb"), true),
                node("api", Kind.SERVICE, "storefront", 2, List.of("za", "zb"), false),
                node("orders-db", Kind.DATABASE, "payments", 1, List.of("za"), false),
                node("cache", Kind.CACHE, null, 1, List.of(), false),
                node("stripe", Kind.EXTERNAL, "payments", 1, List.of(), false),
                node("adyen", Kind.EXTERNAL, "payments", 1, List.of(), false),
                node("events", Kind.QUEUE, "payments", 3, List.of("za", "zb"), false));
        List<Dependency> deps = List.of(
                Dependency.sync("web", "api"),
                Dependency.sync("api", "orders-db"),
                Dependency.sync("api", "cache").soft(),
                Dependency.sync("api", "stripe").withFallback("adyen"),
                Dependency.async("api", "events"));
        return new Topology("Test shop", "for app tests",
                List.of(new Team("storefront", List.of("ana", "bo")), new Team("payments", List.of("dee"))),
                List.of(new Zone("za", "r1"), new Zone("zb", "r1")), nodes, deps, List.of());
    }

    static Node node(String id, Kind kind, String team, int replicas, List<String> zones, boolean entry) {
        return Node.builder(id).kind(kind).team(team).replicas(replicas).zones(zones).entrypoint(entry).build();
    }

    /** A loader over an in-memory map: unknown paths load as one error at 3:7. */
    public static final class Files implements Function<Path, LoadResult> {
        private final Map<Path, LoadResult> files = new HashMap<>();

        public Files put(Path p, Topology t) {
            files.put(p.toAbsolutePath().normalize(), new LoadResult(java.util.Optional.of(t), List.of()));
            return this;
        }

        public Files broken(Path p) {
            files.put(p.toAbsolutePath().normalize(), new LoadResult(java.util.Optional.empty(), List.of(
                    Problem.error(p, 3, 7, "replicas must be a whole number, got 'three'"),
                    Problem.error(p, 9, 11, "unknown node 'ordres-db' (did you mean 'orders-db'?)"))));
            return this;
        }

        @Override
        public LoadResult apply(Path p) {
            LoadResult r = files.get(p.toAbsolutePath().normalize());
            return r != null ? r : new LoadResult(java.util.Optional.empty(),
                    List.of(Problem.error(p, 1, 1, "cannot read file")));
        }
    }

    public static CoreServices services(Function<Path, LoadResult> loader) {
        Analyzer analyzer = new Analyzer();
        dev.faultline.render.SceneBuilder scenes = new dev.faultline.render.SceneBuilder();
        return new CoreServices(loader, analyzer::analyze, new dev.faultline.layout.ElkLayeredLayout(), scenes::build,
                new LayoutSidecar());
    }

    /**
     * The main window on a bundled sample, opened as a user would: {@code sample} is a file name under
     * sample-topologies/. Background work waits in {@code runner} until the test runs it.
     */
    public static WorkspaceViewModel openSample(javafx.stage.Stage stage, dev.faultline.app.task.ManualTaskRunner runner,
                                                java.util.prefs.Preferences prefs, String sample) {
        Path file = Path.of("sample-topologies", sample).toAbsolutePath();
        Topology topology = new dev.faultline.io.TopologyLoader().load(file).topology().orElseThrow();
        WorkspaceViewModel vm = new WorkspaceViewModel(services(new Files().put(file, topology)), runner);
        MainWindow window = new MainWindow(stage, vm, new dev.faultline.app.files.RecentFiles(prefs));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        vm.open(file);
        runner.runPending();
        return vm;
    }

    /** The main window with the production services, background work run at once, and {@code file} opened in it. */
    public record Opened(WorkspaceViewModel vm, MainWindow window) {
    }

    /** Opens {@code file} as a user would, in a {@code width} x {@code height} main window on {@code stage}. */
    public static Opened openInWindow(javafx.stage.Stage stage, java.util.prefs.Preferences prefs, Path file,
                                      double width, double height) {
        WorkspaceViewModel vm = new WorkspaceViewModel(FaultlineApp.productionServices(),
                new dev.faultline.app.task.SameThreadTaskRunner());
        MainWindow window = new MainWindow(stage, vm, new dev.faultline.app.files.RecentFiles(prefs));
        stage.setScene(window.createScene(width, height));
        stage.show();
        vm.open(file);
        return new Opened(vm, window);
    }

    /**
     * A big generated topology opened in a 1600 x 1000 main window under the name {@code fileName}; its ELK layout
     * (seconds at 2,000 nodes) is kept in {@code layouts} so each test of a class lays it out once.
     */
    public static Opened openBig(javafx.stage.Stage stage, dev.faultline.app.task.ManualTaskRunner runner,
                                 java.util.prefs.Preferences prefs, String fileName, Topology topology,
                                 java.util.Map<String, dev.faultline.layout.LayoutResult> layouts) {
        Opened opened = bigWindow(stage, runner, prefs, fileName, topology, layouts);
        opened.vm().open(Path.of(fileName).toAbsolutePath());
        runner.runPending();
        return opened;
    }

    /** {@link #openBig} with the file named in a fresh temporary folder: nothing written beside it stays around. */
    public static Opened openBigInTempDir(javafx.stage.Stage stage, dev.faultline.app.task.ManualTaskRunner runner,
                                          java.util.prefs.Preferences prefs, Topology topology,
                                          java.util.Map<String, dev.faultline.layout.LayoutResult> layouts)
            throws java.io.IOException {
        Path dir = java.nio.file.Files.createTempDirectory("faultline-big");
        return openBig(stage, runner, prefs, dir.resolve("big-" + topology.nodes().size() + ".yaml").toString(),
                topology, layouts);
    }

    /** The window of {@link #openBig} before the file is opened: the test opens {@code fileName} itself. */
    public static Opened bigWindow(javafx.stage.Stage stage, dev.faultline.app.task.ManualTaskRunner runner,
                                   java.util.prefs.Preferences prefs, String fileName, Topology topology,
                                   java.util.Map<String, dev.faultline.layout.LayoutResult> layouts) {
        Path file = Path.of(fileName).toAbsolutePath();
        dev.faultline.layout.LayoutAlgorithm elk = new dev.faultline.layout.ElkLayeredLayout();
        dev.faultline.layout.LayoutAlgorithm cached = (t, pins, progress, cancel) -> pins.isEmpty()
                ? layouts.computeIfAbsent(t.name(), k -> elk.layout(t, pins, progress, cancel))
                : elk.layout(t, pins, progress, cancel);
        Analyzer analyzer = new Analyzer();
        dev.faultline.render.SceneBuilder scenes = new dev.faultline.render.SceneBuilder();
        WorkspaceViewModel vm = new WorkspaceViewModel(new CoreServices(new Files().put(file, topology),
                analyzer::analyze, cached, scenes::build, new LayoutSidecar()), runner);
        MainWindow window = new MainWindow(stage, vm, new dev.faultline.app.files.RecentFiles(prefs));
        stage.setScene(window.createScene(1600, 1000));
        stage.show();
        return new Opened(vm, window);
    }

    /** Reads {@code read} on the FX thread, waiting at most 10 s: what a test sees is what the window shows. */
    public static <T> T fx(java.util.function.Supplier<T> read) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read::get)
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh copy of a bundled sample in {@code dir}, so what a test writes beside it never reaches the repository. */
    public static Path copyOfSample(Path dir, String sample) throws java.io.IOException {
        Path file = dir.resolve(sample.replace(".yaml", "") + "-" + System.nanoTime() + ".yaml");
        java.nio.file.Files.copy(Path.of("sample-topologies", sample), file);
        return file;
    }

    /** The legend starts folded (fit then gets the whole canvas): open it as a user would, once. */
    public static void openLegend(org.testfx.api.FxRobot robot) {
        javafx.scene.control.Label header = robot.lookup("#legend-header").queryAs(javafx.scene.control.Label.class);
        if (header.getText().startsWith("▸")) robot.clickOn(header);
    }
}
