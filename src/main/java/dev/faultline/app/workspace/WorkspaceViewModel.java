package dev.faultline.app.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.app.task.RunningWork;
import dev.faultline.app.task.TaskRunner;
import dev.faultline.io.LoadResult;
import dev.faultline.io.LayoutSidecar;
import dev.faultline.io.yaml.Problem;
import dev.faultline.layout.LayoutResult;
import dev.faultline.layout.Point;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.render.DiagramScene;
import dev.faultline.render.Overlay;
import dev.faultline.render.Palette;
import dev.faultline.render.SceneRequest;
import dev.faultline.service.ViewPipeline;
import dev.faultline.analysis.FindingReview;
import dev.faultline.analysis.FlowPath;
import dev.faultline.io.ReviewSidecar;
import dev.faultline.simulation.CausalChain;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.NodeLossOutcome;
import dev.faultline.simulation.Scenario;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.State;
import dev.faultline.simulation.UnknownTargetException;

/**
 * The state of one window: the open document, the scenario being built, overlay, selection, sweep ranking and the
 * picture derived from all of them. Plain Java with JavaFX properties: it is unit-tested without the toolkit.
 * Background work goes through the {@link TaskRunner}; properties change only in its success/failure handlers.
 */
public final class WorkspaceViewModel {
    private final CoreServices core;
    private final ViewPipeline pipeline;
    /** Scenario steps and node moves, undone and redone together (Ctrl+Z / Ctrl+Shift+Z). */
    private final EditHistory history = new EditHistory();
    private final TaskRunner runner;
    private final BackgroundScenes scenes;
    /** Counts calls of {@link #open}; a finished open whose number is no longer the latest is dropped. */
    private long openGeneration;
    private RunningWork openInFlight;
    /** A new file's groups from its opening, until the tool bar takes them ({@link #takeFirstGroups}). */
    private dev.faultline.render.group.GroupLevels firstGroups;
    private TopologyDocument firstGroupsOf;
    /** Views' work on a new file's report and first picture, begun while it opens ({@link #whileOpening}). */
    private final List<java.util.function.Consumer<AnalysisReport>> reportHooks =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<java.util.function.Consumer<DiagramScene>> sceneHooks =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    private final ReadOnlyObjectWrapper<TopologyDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(Scenario.NONE);
    /**
     * The scenario of the newest edit. The {@code scenario} and {@code simulation} properties are what the window
     * shows and change together with the picture; right after an edit its simulation and picture are still being
     * made in the background, and the next edit (a second failure, an undo) starts from this one (issue #13).
     */
    private Scenario latest = Scenario.NONE;
    private final ReadOnlyObjectWrapper<SimulationResult> simulation = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Overlay> overlay = new SimpleObjectProperty<>(Overlay.SPOF);
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.LIGHT);
    /** The flow last chosen in the Flows panel: the Availability overlay colours by it (null: the least available). */
    private final ReadOnlyObjectWrapper<String> focusFlow = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DiagramScene> scene = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> selection = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<NodeLossOutcome> ranking = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<String, Double>> heat = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<FocusRequest> focus = new ReadOnlyObjectWrapper<>();
    /** Counts notices, so a repeated one ("Reloaded shop.yaml" twice) is still an event for listeners. */
    private final javafx.beans.property.ReadOnlyLongWrapper notices = new javafx.beans.property.ReadOnlyLongWrapper();
    private final StringProperty notice = new SimpleStringProperty("") {
        @Override
        public void set(String value) {
            super.set(value);
            notices.set(notices.get() + 1);
        }
    };
    private final StringProperty importReport = new SimpleStringProperty("");
    private final BooleanProperty sweeping = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Path> failedFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Highlight> highlight = new ReadOnlyObjectWrapper<>();
    private final javafx.collections.ObservableMap<String, FindingReview> reviews =
            FXCollections.observableMap(new LinkedHashMap<>());
    private final ReviewSidecar reviewSidecar = new ReviewSidecar();
    private RunningWork sweepWork;
    private long focusSerial;
    /** Compare mode and fix previews (issue #16): see the section "compare and fix preview". */
    private final ReadOnlyObjectWrapper<CompareResult> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FixPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<String>> keptEdits = new ReadOnlyObjectWrapper<>(List.of());
    private final dev.faultline.service.ComparisonService comparisons = new dev.faultline.service.ComparisonService();

    public WorkspaceViewModel(CoreServices core, TaskRunner runner) {
        this.core = core;
        this.pipeline = core.pipeline();
        this.runner = runner;
        this.scenes = new BackgroundScenes(runner);
        overlay.addListener((o, a, b) -> rebuildScene());
        palette.addListener((o, a, b) -> rebuildScene());
        focusFlow.addListener((o, a, b) -> {
            if (overlay.get() == Overlay.AVAILABILITY) rebuildScene();
        });
    }

    // ---- properties -------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<TopologyDocument> documentProperty() { return document.getReadOnlyProperty(); }

    public TopologyDocument document() { return document.get(); }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() { return scenario.getReadOnlyProperty(); }

    public Scenario scenario() { return scenario.get(); }

    /** Null while the scenario is empty. */
    public ReadOnlyObjectProperty<SimulationResult> simulationProperty() { return simulation.getReadOnlyProperty(); }

    public SimulationResult simulation() { return simulation.get(); }

    public ObjectProperty<Overlay> overlayProperty() { return overlay; }

    public ReadOnlyObjectProperty<String> focusFlowProperty() { return focusFlow.getReadOnlyProperty(); }

    /** Light or dark diagram colours (follows the window theme). */
    public ObjectProperty<Palette> paletteProperty() { return palette; }

    public ReadOnlyObjectProperty<DiagramScene> sceneProperty() { return scene.getReadOnlyProperty(); }

    public DiagramScene scene() { return scene.get(); }

    public ObservableList<String> selection() { return selection; }

    /** Problems of the last file that failed to open; after a successful open, its warnings (often none). */
    public ObservableList<Problem> problems() { return problems; }

    /** The file those problems belong to. */
    public ReadOnlyObjectProperty<Path> failedFileProperty() { return failedFile.getReadOnlyProperty(); }

    public ObservableList<NodeLossOutcome> ranking() { return ranking; }

    public ReadOnlyObjectProperty<Map<String, Double>> heatProperty() { return heat.getReadOnlyProperty(); }

    /** What the canvas shows bright (a flow's path, a causal chain); null for none. */
    public ReadOnlyObjectProperty<Highlight> highlightProperty() { return highlight.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<FocusRequest> focusProperty() { return focus.getReadOnlyProperty(); }

    /** One line for the status bar about what just happened ("Reloaded", "Sweep cancelled", an error). */
    public StringProperty noticeProperty() { return notice; }

    /** Goes up by one on every notice, even one that repeats the last. */
    public javafx.beans.property.ReadOnlyLongProperty noticeCountProperty() { return notices.getReadOnlyProperty(); }

    public BooleanProperty sweepingProperty() { return sweeping; }

    public TaskRunner runner() { return runner; }

    // ---- files --------------------------------------------------------------------------------------------------

    /** Opens a file in the background. On errors the problems are listed and the open document stays as it is. */
    public void open(Path file) {
        Path target = file.toAbsolutePath().normalize();
        boolean sameFile = document.get() != null && target.equals(document.get().file());
        // Two quick opens may finish in either order: only the latest one's result (or error) is shown.
        long generation = ++openGeneration;
        if (openInFlight != null) openInFlight.cancel();
        // A new file's first picture is drawn in the same work (no scenario, no comparison, no preview), with the
        // overlay and palette chosen now; a reload keeps its scenario and redraws after (rebuildScene).
        FirstLook first = sameFile ? null : new FirstLook(overlay.get() == Overlay.HEAT ? Overlay.SPOF : overlay.get(),
                palette.get(), focusFlow.get());
        openInFlight = runner.run("Opening " + target.getFileName(),
                (progress, cancel) -> prepare(target, first, progress, cancel),
                outcome -> {
                    if (generation == openGeneration) accept(outcome, sameFile, target);
                },
                error -> {
                    if (generation == openGeneration) {
                        notice.set("Could not open " + target.getFileName() + ": " + describe(error));
                    }
                });
    }

    /**
     * Reads the current file again, keeping positions, zoom, selection and the scenario. After a file failed to
     * open, it tries that file again (the user fixed it on disk).
     */
    public void reload() {
        if (failedFile.get() != null) open(failedFile.get());
        else if (document.get() != null && document.get().file() != null) open(document.get().file());
    }

    /** How a newly opened file's first picture is drawn (the window's choices when the open started). */
    record FirstLook(Overlay overlay, Palette palette, String focusFlow) {
        boolean stillChosen(WorkspaceViewModel vm) {
            return overlay == vm.overlay.get() && palette == vm.palette.get()
                    && Objects.equals(focusFlow, vm.focusFlow.get());
        }
    }

    private OpenOutcome prepare(Path file, FirstLook first, dev.faultline.progress.ProgressListener progress,
                                CancellationToken cancel) {
        ViewPipeline.Prepared p = pipeline.open(file, progress, cancel);
        if (p.failed()) return new OpenOutcome(null, p.problems(), Map.of(), null, null, null);
        Topology topology = p.loaded().topology().get();
        TopologyDocument doc = new TopologyDocument(file, topology, p.report(), p.unpinned(), p.layout(), p.pinned(),
                new FailureEngine(topology), p.loaded().warnings());
        cancel.throwIfCancelled();
        // The far-zoom groups need only the layout and the report: made beside the picture, not after it.
        FirstGroups groups = first == null ? null : FirstGroups.start(doc);
        if (first != null) reportHooks.forEach(h -> h.accept(doc.report()));
        DiagramScene picture = firstScene(doc, first);
        if (picture != null) sceneHooks.forEach(h -> h.accept(picture));
        return new OpenOutcome(doc, p.sidecarProblems(), reviewSidecar.read(file), picture, first,
                groups == null ? null : groups.finish(picture));
    }

    /** A new file's first picture, or null (a reload; or it could not be drawn: the rebuild after says why). */
    private DiagramScene firstScene(TopologyDocument doc, FirstLook first) {
        if (first == null) return null;
        try {
            return core.scenes().build(new SceneRequest(doc.topology(), doc.layout(), doc.report(), null,
                    first.overlay(), null, first.palette(), null, null, first.focusFlow()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void accept(OpenOutcome outcome, boolean sameFile, Path file) {
        if (outcome.document() == null) {
            failedFile.set(file);
            problems.setAll(outcome.problems());
            notice.set(file.getFileName() + " has " + outcome.problems().stream().filter(Problem::isError).count()
                    + " error(s); " + (document.get() == null ? "nothing opened" : "kept the open topology"));
            return;
        }
        failedFile.set(null);
        TopologyDocument doc = outcome.document();
        // The file on disk is the truth again: previews and kept fixes (in memory only) are gone with it.
        preview.set(null);
        if (!keptEdits.get().isEmpty()) history.clear();
        keptEdits.set(List.of());
        if (!sameFile) comparison.set(null);
        Scenario kept = sameFile ? keepValid(latest, doc) : Scenario.NONE;
        if (!sameFile) {
            history.clear();
            selection.clear();
            ranking.clear();
            heat.set(Map.of());
            if (overlay.get() == Overlay.HEAT) overlay.set(Overlay.SPOF);
        } else {
            selection.retainAll(doc.topology().nodes().stream().map(Node::id).toList());
        }
        highlight.set(null);
        reviews.clear();
        reviews.putAll(outcome.reviews());
        firstGroups = outcome.firstGroups();
        firstGroupsOf = doc;
        document.set(doc);
        refreshComparison();
        // A damaged layout sidecar (the file opened, its positions did not) and the file's warnings ("treating 3
        // nodes as entrypoints") are listed where they can be read, not only counted.
        List<Problem> shown = new java.util.ArrayList<>(outcome.problems());
        shown.addAll(doc.warnings());
        problems.setAll(shown);
        showNow(kept, simulate(doc, kept));
        if (outcome.firstScene() != null && outcome.firstLook().stillChosen(this)) {
            // Drawn with the file: the panels above and the canvas show it in this one step, never one without the
            // other. A picture still being made for the previous file is dropped.
            scenes.cancel();
            scene.set(outcome.firstScene());
        } else {
            rebuildScene();
        }
        notice.set((sameFile ? "Reloaded " : "Opened ") + doc.displayName()
                + (doc.warnings().isEmpty() ? "" : " (" + doc.warnings().size() + " warning(s))"));
    }

    /**
     * Lets a view begin its own work on a new file while the file still opens: {@code report} gets its analysis,
     * {@code scene} its first picture, each on the opening's background thread before the file is shown (either may
     * be null). A hook must return at once (start its work on a thread of its own) and touch no UI; the view takes
     * the result when it shows the file, or makes it itself if there is none.
     */
    public void whileOpening(java.util.function.Consumer<AnalysisReport> report,
                             java.util.function.Consumer<DiagramScene> scene) {
        if (report != null) reportHooks.add(report);
        if (scene != null) sceneHooks.add(scene);
    }

    /**
     * The far-zoom groups made while {@code doc} opened, when they are of grouping {@code by} (once: the tool bar keeps
     * them), else null.
     */
    public dev.faultline.render.group.GroupLevels takeFirstGroups(TopologyDocument doc,
                                                                  dev.faultline.render.group.GroupBy by) {
        dev.faultline.render.group.GroupLevels out = firstGroups;
        if (doc != firstGroupsOf || out == null || out.groups().grouping().by() != by) return null;
        firstGroups = null;
        return out;
    }

    /** Steps whose target vanished from the reloaded file are dropped rather than failing the reload. */
    private static Scenario keepValid(Scenario current, TopologyDocument doc) {
        List<FailureEvent> kept = new ArrayList<>();
        for (FailureEvent e : current.events()) {
            try {
                doc.engine().simulate(Scenario.of(e));
                kept.add(e);
            } catch (UnknownTargetException ignored) {
                // gone from the file
            }
        }
        return new Scenario(kept);
    }

    // ---- simulation ---------------------------------------------------------------------------------------------

    /** Adds a step to the scenario and re-runs it (linear in the topology: fast enough for a click). */
    public void fail(FailureEvent event) {
        TopologyDocument doc = document.get();
        if (doc == null) return;
        Scenario next = latest.plus(event);
        try {
            doc.engine().requireKnown(event); // a name check: the simulation itself runs in the background
        } catch (UnknownTargetException e) {
            notice.set(e.getMessage());
            return;
        }
        edit(next, doc.pinned(), "Failed " + event);
    }

    public void removeStep(int index) {
        if (index < 0 || index >= latest.events().size()) return;
        edit(latest.without(index), pins(), "Removed " + latest.events().get(index));
    }

    /** Undoes the last edit, a scenario step or a node move (Ctrl+Z). */
    public void undo() {
        history.undo(current()).ifPresentOrElse(e -> show(e, "Undone"), () -> notice.set("Nothing to undo"));
    }

    /** Redoes the last undone edit (Ctrl+Shift+Z). */
    public void redo() {
        history.redo(current()).ifPresentOrElse(e -> show(e, "Redone"), () -> notice.set("Nothing to redo"));
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public void resetScenario() {
        if (latest.isEmpty()) return;
        edit(Scenario.NONE, pins(), "Scenario reset: everything is up");
    }

    private Map<String, Point> pins() {
        return document.get() == null ? Map.of() : document.get().pinned();
    }

    private EditHistory.Edit current() {
        return new EditHistory.Edit(latest, pins(), document.get(), keptEdits.get());
    }

    /** One user edit: remembered for undo, then shown. */
    private void edit(Scenario nextScenario, Map<String, Point> nextPins, String message) {
        if (document.get() == null) return;
        history.push(current());
        show(new EditHistory.Edit(nextScenario, nextPins), message);
    }

    /** Shows a scenario and a set of pins: re-simulates, re-pins (saving the sidecar when pins changed), rebuilds. */
    private void show(EditHistory.Edit e, String message) {
        TopologyDocument doc = document.get();
        if (doc == null) return;
        if (e.content() != null && !e.edits().equals(keptEdits.get())) doc = adopt(e.content(), e.edits());
        if (!e.pins().equals(doc.pinned())) {
            document.set(doc.withLayout(pipeline.pin(doc.topology(), doc.unpinned(), e.pins()), e.pins()));
            saveSidecar(document.get());
        }
        latest = e.scenario();
        // The scenario, its simulation, the cleared highlight, the notice and the picture change in one step, when
        // the background work is done: no panel shows the new states while the canvas shows the old ones.
        String told = message + (message.startsWith("Undone") || message.startsWith("Redone") ? ": " + describe(e) : "");
        rebuildScene(() -> {
            highlight.set(null);
            notice.set(told);
        });
    }

    /** Shows a scenario and its simulation at once (open, reload, a kept fix): the picture follows. */
    private void showNow(Scenario s, SimulationResult sim) {
        latest = s;
        scenario.set(s);
        simulation.set(sim);
    }

    private static String describe(EditHistory.Edit e) {
        return e.scenario().isEmpty() ? "no failure in the scenario"
                : "scenario " + String.join(", ", e.scenario().labels());
    }

    private static SimulationResult simulate(TopologyDocument doc, Scenario s) {
        return s.isEmpty() ? null : doc.engine().simulate(s);
    }

    /** The state shown for a node: UP when no scenario runs. */
    public State stateOf(String nodeId) {
        SimulationResult r = simulation.get();
        return r == null ? State.UP : r.nodes().getOrDefault(nodeId, State.UP);
    }

    // ---- review decisions ---------------------------------------------------------------------------------------

    /** The reviewer's decisions by finding key (accepted / ignored with a note), as stored beside the file. */
    public javafx.collections.ObservableMap<String, FindingReview> reviews() {
        return reviews;
    }

    /** Marks a finding accepted or ignored with a note, and saves the decisions beside the file in the background. */
    public void review(String key, FindingReview.Status status, String note) {
        if (document.get() == null || key == null) return;
        reviews.put(key, new FindingReview(key, status, note));
        notice.set("Marked " + status.id() + ": " + key);
        saveReviews();
    }

    /** Forgets the decision on a finding. */
    public void clearReview(String key) {
        if (reviews.remove(key) != null) {
            notice.set("Decision cleared: " + key);
            saveReviews();
        }
    }

    private void saveReviews() {
        Path file = document.get().file();
        if (file == null) return;
        Map<String, FindingReview> copy = Map.copyOf(reviews);
        runner.run("Saving review decisions", (p, c) -> {
            reviewSidecar.write(file, copy);
            return Boolean.TRUE;
        }, ok -> { }, error -> notice.set("Could not save review decisions: " + describe(error)));
    }

    // ---- explanations -------------------------------------------------------------------------------------------

    /** "Why is this DOWN?": highlights the chain from the node back to the scenario's events. */
    public void explain(String nodeId) {
        TopologyDocument doc = document.get();
        SimulationResult sim = simulation.get();
        if (doc == null) return;
        if (sim == null || sim.nodes().getOrDefault(nodeId, State.UP) == State.UP) {
            highlight.set(null);
            notice.set(nodeId + " is UP" + (sim == null ? ": no failure in the scenario" : " in this scenario"));
            return;
        }
        CausalChain chain = CausalChain.of(doc.topology(), sim, nodeId);
        java.util.Set<String> edges = new java.util.LinkedHashSet<>();
        java.util.Set<String> fallbacks = new java.util.LinkedHashSet<>();
        for (CausalChain.Link l : chain.links()) {
            (l.fallback() ? fallbacks : edges).add(Highlight.key(l.from(), l.to(), l.fallback()));
        }
        boolean hit = chain.roots().contains(nodeId);
        List<String> others = chain.roots().stream().filter(r -> !r.equals(nodeId)).toList();
        String caption = "Why is " + nodeId + " " + sim.node(nodeId) + "? "
                + (hit ? "The scenario hit it directly" : "")
                + (others.isEmpty() ? "" : (hit ? "; it also needs " : "It needs ") + "what the scenario hit: "
                + String.join(", ", others))
                + "  (Esc clears)";
        highlight.set(new Highlight(caption, chain.nodes(), edges, fallbacks, chain.roots()));
        notice.set(caption);
    }

    /** Highlights every node and dependency a flow needs (fallbacks as such). */
    public void showFlow(String flowId) {
        TopologyDocument doc = document.get();
        if (doc == null) return;
        doc.topology().flow(flowId).ifPresent(f -> {
            FlowPath path = FlowPath.of(doc.topology(), f);
            java.util.Set<String> edges = new java.util.LinkedHashSet<>();
            path.required().forEach(l -> edges.add(Highlight.key(l.from(), l.to(), false)));
            java.util.Set<String> fallbacks = new java.util.LinkedHashSet<>();
            path.fallbacks().forEach(l -> fallbacks.add(Highlight.key(l.from(), l.to(), true)));
            String caption = "Flow " + f.name() + " needs " + path.nodes().size() + " node(s)"
                    + (path.alternatives().isEmpty() ? "" : ", " + path.alternatives().size() + " more as fallbacks")
                    + "  (Esc clears)";
            highlight.set(new Highlight(caption, path.nodes(), edges, fallbacks, java.util.Set.of()));
            focusFlow.set(f.id());
            selection.setAll(f.members());
            notice.set(caption);
        });
    }

    public void clearHighlight() {
        highlight.set(null);
    }

    // ---- chaos sweep --------------------------------------------------------------------------------------------

    /** Ranks every node by blast radius in the background, then shows the heat overlay. */
    public void startSweep() {
        TopologyDocument doc = document.get();
        if (doc == null || sweeping.get()) return;
        sweeping.set(true);
        notice.set("Chaos sweep running…");
        sweepWork = runner.run("Chaos sweep", (progress, cancel) -> ChaosSweep.run(doc.engine(), progress, cancel),
                result -> {
                    sweeping.set(false);
                    sweepWork = null;
                    if (document.get() != doc) return;
                    ranking.setAll(result);
                    heat.set(ChaosSweep.heat(result, doc.topology().flows().size()));
                    overlay.set(Overlay.HEAT);
                    rebuildScene();
                    notice.set("Chaos sweep ranked " + result.size() + " nodes by blast radius");
                },
                error -> {
                    sweeping.set(false);
                    sweepWork = null;
                    notice.set(error instanceof CancellationToken.CancelledException
                            ? "Chaos sweep cancelled" : "Chaos sweep failed: " + describe(error));
                });
    }

    public void cancelSweep() {
        if (sweepWork != null) sweepWork.cancel();
    }

    // ---- canvas edits -------------------------------------------------------------------------------------------

    /**
     * Pins nodes where the user dropped them (undoable) and remembers that in the sidecar (written in the background).
     * The points are top-left corners in the picture's coordinates (what the canvas draws), which the scene builder
     * shifted away from the layout's by a margin: stored pins are in layout coordinates, like the sidecar.
     */
    public void pin(Map<String, Point> topLeftById) {
        TopologyDocument doc = document.get();
        if (doc == null || topLeftById.isEmpty()) return;
        Map<String, Point> pinned = new LinkedHashMap<>(doc.pinned());
        topLeftById.forEach((id, p) -> pinned.put(id, toLayout(doc, id, p)));
        edit(latest, pinned, "Moved " + String.join(", ", topLeftById.keySet()) + " (Ctrl+Z undoes)");
    }

    private Point toLayout(TopologyDocument doc, String id, Point scenePoint) {
        DiagramScene shown = scene.get();
        if (shown == null || !doc.layout().nodes().containsKey(id)) return scenePoint;
        return shown.nodes().stream().filter(n -> n.id().equals(id)).findFirst()
                .map(n -> new Point(scenePoint.x() - (n.bounds().x() - doc.layout().box(id).x()),
                        scenePoint.y() - (n.bounds().y() - doc.layout().box(id).y())))
                .orElse(scenePoint);
    }

    /** Forgets a pin: the node goes back to where the layout put it. */
    public void unpin(String nodeId) {
        TopologyDocument doc = document.get();
        if (doc == null || !doc.pinned().containsKey(nodeId)) return;
        Map<String, Point> pinned = new LinkedHashMap<>(doc.pinned());
        pinned.remove(nodeId);
        edit(latest, pinned, "Unpinned " + nodeId);
    }

    /** Removes every pin (and so the sidecar): the picture is the computed layout again. Undoable. */
    public void resetLayout() {
        TopologyDocument doc = document.get();
        if (doc == null || doc.pinned().isEmpty()) return;
        edit(latest, Map.of(), "Layout reset: " + doc.pinned().size() + " pinned node(s) released");
    }

    public boolean isPinned(String nodeId) {
        return document.get() != null && document.get().pinned().containsKey(nodeId);
    }

    private void saveSidecar(TopologyDocument doc) {
        if (doc.file() == null) return;
        Map<String, Point> pinned = Map.copyOf(doc.pinned());
        runner.run("Saving positions", (p, c) -> {
            core.sidecar().write(doc.file(), pinned);
            return Boolean.TRUE;
        }, ok -> { }, error -> notice.set("Could not save positions: " + describe(error)));
    }

    // ---- export -------------------------------------------------------------------------------------------------

    /** Writes the current picture (overlay and scenario included) in the background. */
    public void export(Path target) {
        DiagramScene current = scene.get();
        if (current == null) return;
        // Right after an edit its picture may still be in the making: the export shows the edit, not the one before.
        java.util.concurrent.Callable<Picture> pending = scenes.pending();
        TopologyDocument doc = document.get();
        SimulationResult shownSim = simulation.get();
        Overlay shownOverlay = overlay.get();
        List<FindingReview> decisions = List.copyOf(reviews.values());
        runner.run("Exporting " + target.getFileName(), (p, c) -> {
            Picture next = pending == null ? null : pending.call();
            ExportSubject subject = new ExportSubject(next == null ? current : next.scene(), doc,
                    next == null ? shownSim : next.simulation(), shownOverlay, decisions);
            core.diagrams().write(subject, target);
            return target;
        }, done -> notice.set("Exported " + done.getFileName()),
                error -> notice.set("Export failed: " + describe(error)));
    }

    /** The report of the last import (what was inferred, guessed, unknown); empty before any import. */
    public StringProperty importReportProperty() { return importReport; }

    /**
     * Imports Compose, Kubernetes or Backstage files into a new topology file in the background, then opens it.
     * The inputs are never overwritten and the output is written atomically.
     */
    public void importFiles(String format, List<Path> inputs, Path output) {
        importReport.set(""); // so that the same report again is a change the window shows
        runner.run("Importing " + inputs.size() + " " + format + " file(s)",
                (p, c) -> core.importer().importInto(format, List.copyOf(inputs), output),
                report -> {
                    importReport.set(report);
                    notice.set("Imported into " + output.getFileName() + "; see the import report for what was guessed");
                    open(output);
                },
                error -> notice.set("Import failed: " + describe(error)));
    }

    public List<String> exportExtensions() {
        return core.diagrams().extensions();
    }

    /** The formats File › Import… offers, as the import service knows them. */
    public List<String> importFormats() {
        return core.importer().formats();
    }

    // ---- selection and search -----------------------------------------------------------------------------------

    public void select(String nodeId, boolean add) {
        if (add) {
            if (selection.contains(nodeId)) selection.remove(nodeId);
            else selection.add(nodeId);
        } else {
            selection.setAll(nodeId);
        }
    }

    /** Selects a node and asks the canvas to centre it. */
    public void focus(String nodeId) {
        if (document.get() == null || document.get().topology().node(nodeId).isEmpty()) return;
        selection.setAll(nodeId);
        focus.set(new FocusRequest(nodeId, ++focusSerial));
    }

    /** Node ids matching a query by id, name, team, kind or tag (key or value), in file order. */
    public List<String> search(String query) {
        TopologyDocument doc = document.get();
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        if (doc == null || q.isEmpty()) return List.of();
        List<String> hits = new ArrayList<>();
        for (Node n : doc.topology().nodes()) {
            if (matches(n, q)) hits.add(n.id());
        }
        // Exact id matches first, so typing a full id jumps straight to it.
        hits.sort((a, b) -> Boolean.compare(!a.equalsIgnoreCase(q), !b.equalsIgnoreCase(q)));
        return hits;
    }

    private static boolean matches(Node n, String q) {
        if (n.id().toLowerCase(Locale.ROOT).contains(q) || n.name().toLowerCase(Locale.ROOT).contains(q)) return true;
        if (n.team() != null && n.team().toLowerCase(Locale.ROOT).contains(q)) return true;
        if (n.kind().id().equals(q)) return true;
        return n.tags().entrySet().stream().anyMatch(e -> e.getKey().toLowerCase(Locale.ROOT).contains(q)
                || String.valueOf(e.getValue()).toLowerCase(Locale.ROOT).contains(q));
    }

    /** Selects every match and centres the first; returns how many matched. */
    public int findAndFocus(String query) {
        List<String> hits = search(query);
        if (hits.isEmpty()) {
            notice.set("No node matches '" + query + "'");
            return 0;
        }
        focus(hits.get(0));
        selection.setAll(hits);
        notice.set(hits.size() == 1 ? "Found " + hits.get(0) : hits.size() + " nodes match '" + query + "'");
        return hits.size();
    }

    // ---- derived picture ----------------------------------------------------------------------------------------

    private void rebuildScene() {
        rebuildScene(() -> { });
    }

    /**
     * Simulates the newest scenario (unless its simulation is the one shown) and builds its picture off the FX
     * thread (issue #13: 2,000 nodes stalled the window on every failure); newest wins. {@code alsoShow} runs on
     * the FX thread in the same step that shows the scenario, its simulation and the picture.
     */
    private void rebuildScene(Runnable alsoShow) {
        TopologyDocument doc = document.get();
        if (doc == null) return;
        Scenario s = latest;
        // The shown simulation belongs to the shown scenario: reused by an overlay switch, a move, a preview.
        SimulationResult known = s == scenario.get() ? simulation.get() : null;
        // A fix preview shows the edited copy; the document (and the Findings panel) stay as they are until Keep.
        TopologyDocument shown = preview.get() == null ? doc : preview.get().edited();
        boolean previewing = preview.get() != null;
        // The same request the CLI's export builds, so the screen and every export show the same picture.
        SceneRequest request = new SceneRequest(shown.topology(), shown.layout(), shown.report(), null,
                overlay.get(), heat.get().isEmpty() ? null : heat.get(), palette.get(), null, null, focusFlow.get())
                .withMarks(changeMarks());
        scenes.build(() -> {
            SimulationResult sim = known != null || s.isEmpty() ? known : simulate(doc, s);
            SimulationResult drawn = previewing ? previewSimulation(shown, s) : sim;
            return new Picture(s, sim, core.scenes().build(request.withSimulation(drawn)));
        }, picture -> {
            scenario.set(picture.scenario());
            simulation.set(picture.simulation());
            alsoShow.run();
            scene.set(picture.scene());
        }, error -> {
            latest = scenario.get();
            notice.set("Could not draw the diagram: " + describe(error));
        });
    }

    /** True while a newer picture than the one shown is being built (after an edit, an overlay switch, an open). */
    public javafx.beans.property.ReadOnlyBooleanProperty sceneBuildingProperty() {
        return scenes.buildingProperty();
    }

    /** True while work runs in the background: a task (loading, analysis, layout) or the next picture's building. */
    public boolean busy() {
        return runner.progress().isRunning() || scenes.buildingProperty().get();
    }

    /** Flows down in the current scenario (0 without one). */
    public long flowsDown() {
        SimulationResult r = simulation.get();
        return r == null ? 0 : r.flows().values().stream().filter(s -> s == State.DOWN).count();
    }

    private static String describe(Throwable error) {
        return Objects.requireNonNullElse(error.getMessage(), error.getClass().getSimpleName());
    }

    /** Where the pinned positions of a file are kept. */
    public Path sidecarOf(Path file) {
        return core.sidecar().sidecarOf(file);
    }

    // ---- compare and fix preview (risk-model.md §6) -----------------------------------------------------------

    /** Compare mode: the open topology against a base version; null when not comparing. */
    public ReadOnlyObjectProperty<CompareResult> comparisonProperty() { return comparison.getReadOnlyProperty(); }

    /** The fix shown on the canvas, waiting for Keep / Discard / Save as…; null when none. */
    public ReadOnlyObjectProperty<FixPreview> previewProperty() { return preview.getReadOnlyProperty(); }

    /** Edits of the fixes the user kept: in the working topology, not in the file. */
    public ReadOnlyObjectProperty<List<String>> keptEditsProperty() { return keptEdits.getReadOnlyProperty(); }

    /** Compares the open topology (the new version) with another file (the base), in the background. */
    public void compareWith(Path other) {
        Path base = other.toAbsolutePath().normalize();
        compare(base.getFileName().toString(), () -> comparisons.load(base));
    }

    /** Compares the open topology with its own file at a git revision (absent then: everything is added). */
    public void compareWithRevision(String revision) {
        TopologyDocument doc = document.get();
        if (doc == null || doc.file() == null) return;
        compare(revision, () -> comparisons.loadAtRevision(doc.file(), revision));
    }

    private void compare(String label, java.util.concurrent.Callable<LoadResult> base) {
        TopologyDocument doc = document.get();
        if (doc == null) return;
        notice.set("Comparing with " + label + "…");
        runner.run("Comparing with " + label, (progress, cancel) -> {
            LoadResult loaded = base.call();
            boolean absent = loaded.topology().isEmpty() && loaded.problems().isEmpty();
            if (!absent && !loaded.ok()) {
                throw new IllegalArgumentException(loaded.errors().isEmpty() ? "cannot read " + label
                        : loaded.errors().get(0).format());
            }
            var before = absent ? dev.faultline.service.ComparisonService.Version.absent()
                    : comparisons.analyse(loaded.topology().orElseThrow());
            // Laid out with the open document's pins, so nodes both versions share sit where the user put them.
            LayoutResult layout = absent ? null : pipeline.layout(before.report().topology(), doc.pinned(), cancel);
            return new CompareResult(label, before, layout, comparisons.compare(before,
                    new dev.faultline.service.ComparisonService.Version(doc.report())));
        }, result -> {
            if (document.get() == null) return;
            comparison.set(result);
            refreshComparison();
            rebuildScene();
            notice.set(result.summary() + "  (Esc or Stop comparing ends it)");
        }, error -> notice.set("Could not compare with " + label + ": " + describe(error)));
    }

    /** Leaves compare mode: the marks and "new" badges go. */
    public void stopComparing() {
        if (comparison.get() == null) return;
        comparison.set(null);
        rebuildScene();
        notice.set("Stopped comparing");
    }

    /** The same base against the topology now open (after a kept fix, an undo, a reload). */
    private void refreshComparison() {
        CompareResult c = comparison.get();
        TopologyDocument doc = document.get();
        if (c == null || doc == null || c.comparison() == null) return;
        comparison.set(c.with(comparisons.compare(c.base(), new dev.faultline.service.ComparisonService.Version(
                doc.report()))));
    }

    private dev.faultline.render.ChangeMarks changeMarks() {
        dev.faultline.render.ChangeMarks m = comparison.get() == null ? dev.faultline.render.ChangeMarks.NONE
                : comparison.get().marks((preview.get() == null ? document.get() : preview.get().edited()).layout());
        return preview.get() == null ? m : m.plus(preview.get().marks());
    }

    /**
     * "Preview fix" on a finding (its review key, as the Findings panel has it): the cheapest verified fix is
     * applied in memory and shown on the canvas, in the background. Nothing is written.
     */
    public void previewFix(String findingKey) {
        TopologyDocument doc = document.get();
        if (doc == null || findingKey == null) return;
        FixPreviews.findingOf(doc.report(), findingKey).ifPresentOrElse(this::previewFix,
                () -> notice.set("No verified fix for this entry: it is not a finding a fix can remove"));
    }

    /** "Preview fix" on a finding of the open topology's report. */
    public void previewFix(dev.faultline.analysis.Finding finding) {
        TopologyDocument doc = document.get();
        if (doc == null || finding == null) return;
        notice.set("Looking for a verified fix…");
        FixPreviews previews = new FixPreviews(pipeline);
        runner.run("Verifying fixes", (progress, cancel) -> previews.preview(doc, finding, cancel), found -> {
            if (document.get() != doc) return;
            if (found.isEmpty()) {
                notice.set("No verified fix for this finding: no candidate removes it without adding risk");
                return;
            }
            preview.set(found.get());
            rebuildScene();
            notice.set("Preview: " + found.get().banner() + ". Your file is not changed.");
        }, error -> notice.set("Could not preview a fix: " + describe(error)));
    }

    /** Discard: the canvas shows the working topology again. */
    public void discardFix() {
        if (preview.get() == null) return;
        preview.set(null);
        rebuildScene();
        notice.set("Fix discarded");
    }

    /** Keep: the previewed fix becomes part of the working topology (in memory; Ctrl+Z undoes). */
    public void keepFix() {
        FixPreview p = preview.get();
        if (p == null || document.get() == null) return;
        history.push(current());
        List<String> kept = new ArrayList<>(keptEdits.get());
        kept.addAll(p.edits());
        adopt(p.edited(), kept);
        rebuildScene();
        notice.set("Kept: " + p.fix().title() + ". In memory only: Save as… writes a copy; Ctrl+Z undoes");
    }

    /** Makes a document with kept edits the working one (Keep, or an undo/redo across a Keep). */
    private TopologyDocument adopt(TopologyDocument doc, List<String> edits) {
        preview.set(null);
        keptEdits.set(List.copyOf(edits));
        document.set(doc);
        selection.retainAll(doc.topology().nodes().stream().map(Node::id).toList());
        Scenario kept = keepValid(latest, doc);
        showNow(kept, simulate(doc, kept));
        refreshComparison();
        return doc;
    }

    private static SimulationResult previewSimulation(TopologyDocument shown, Scenario s) {
        try {
            return simulate(shown, s);
        } catch (UnknownTargetException e) {
            return null;
        }
    }

    /**
     * Save as…: writes the working topology with the kept and previewed fixes to {@code out}, atomically, with the
     * edits as a header comment. Never over the open file: the user's topology is only ever changed by the user.
     */
    public void saveEdited(Path out) {
        TopologyDocument doc = document.get();
        if (doc == null || doc.file() == null || out == null) return;
        FixPreview p = preview.get();
        List<String> edits = new ArrayList<>(keptEdits.get());
        if (p != null) edits.addAll(p.edits());
        if (edits.isEmpty()) {
            notice.set("Nothing to save: no fix previewed or kept");
            return;
        }
        if (out.toAbsolutePath().normalize().equals(doc.file().toAbsolutePath().normalize())) {
            notice.set("Save as… writes a copy: choose another name than " + doc.file().getFileName()
                    + " (Faultline never rewrites your topology)");
            return;
        }
        dev.faultline.model.Topology edited = p == null ? doc.topology() : p.edited().topology();
        runner.run("Saving " + out.getFileName(), (progress, cancel) -> {
            comparisons.writeEdited(edited, edits, doc.file(), out);
            return out;
        }, saved -> notice.set("Saved an edited copy to " + saved.getFileName() + "; " + doc.file().getFileName()
                + " is not changed"), error -> notice.set("Could not save: " + describe(error)));
    }
}
