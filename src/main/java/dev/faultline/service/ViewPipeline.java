package dev.faultline.service;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.concurrent.Futures;
import dev.faultline.concurrent.Threads;
import dev.faultline.io.LayoutSidecar;
import dev.faultline.io.LoadResult;
import dev.faultline.io.yaml.Problem;
import dev.faultline.io.TopologyLoader;
import dev.faultline.layout.LayoutAlgorithm;
import dev.faultline.layout.LayoutResult;
import dev.faultline.layout.PinnedLayout;
import dev.faultline.layout.Point;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.render.DiagramScene;
import dev.faultline.render.SceneBuilder;
import dev.faultline.render.SceneRequest;

/**
 * The one way a picture is made, for the canvas and every diagram export: load, analyse, lay out once without pins,
 * apply the pins ({@link PinnedLayout}), build the scene. The canvas keeps the unpinned layout and re-applies pins
 * after a drag or an undo; the export lays out and applies the same pins: both end in the same {@link LayoutResult},
 * so the screen and the file match by construction.
 */
public final class ViewPipeline {
    /** The analysis step (production: {@code Analyzer::analyze}). */
    @FunctionalInterface
    public interface Analysis {
        AnalysisReport analyze(Topology topology, ProgressListener progress, CancellationToken cancel);
    }

    /** A file taken through the pipeline up to the layout; {@code topology()} is empty when it failed to load. */
    public record Prepared(LoadResult loaded, AnalysisReport report, LayoutResult unpinned, LayoutResult layout,
                           Map<String, Point> pinned, List<Problem> sidecarProblems) {
        public boolean failed() {
            return loaded.topology().isEmpty();
        }

        public List<Problem> problems() {
            return loaded.problems();
        }
    }

    private final Function<Path, LoadResult> loader;
    private final Analysis analysis;
    private final Function<Path, LayoutSidecar.Reading> pins;
    private final LayoutAlgorithm layout;
    private final Function<SceneRequest, DiagramScene> scenes;

    public ViewPipeline(Function<Path, LoadResult> loader, Analysis analysis,
                        Function<Path, LayoutSidecar.Reading> pins, LayoutAlgorithm layout,
                        Function<SceneRequest, DiagramScene> scenes) {
        this.loader = loader;
        this.analysis = analysis;
        this.pins = pins;
        this.layout = layout;
        this.scenes = scenes;
    }

    /** The production pipeline around a layout algorithm. */
    public static ViewPipeline standard(LayoutAlgorithm layout) {
        TopologyLoader loader = new TopologyLoader();
        Analyzer analyzer = new Analyzer();
        LayoutSidecar sidecar = new LayoutSidecar();
        SceneBuilder builder = new SceneBuilder();
        return new ViewPipeline(loader::load, analyzer::analyze, sidecar::load, layout, builder::build);
    }

    /**
     * Load, analyse, lay out and apply the pins stored beside the file. The layout needs only the topology, so it
     * runs on a thread of its own while this thread analyses (the analysis has single-threaded stretches the layout
     * fills); the result is the same as one after the other. That thread is always finished when this returns or
     * throws: a cancel or a failure leaves no work running and nothing half-made.
     */
    public Prepared open(Path file, ProgressListener progress, CancellationToken cancel) {
        progress.progress(0, 3, "Reading " + file.getFileName());
        LoadResult loaded = loader.apply(file);
        if (loaded.topology().isEmpty()) return new Prepared(loaded, null, null, null, Map.of(), List.of());
        Topology topology = loaded.topology().get();
        cancel.throwIfCancelled();
        int size = topology.nodes().size();
        progress.progress(1, 3, "Analysing and laying out " + size + " nodes");
        FutureTask<LayoutResult> laidOut = new FutureTask<>(() -> unpinnedLayout(topology, cancel));
        Thread layoutThread = new Thread(laidOut, "faultline-open-layout");
        layoutThread.setDaemon(true);
        layoutThread.start();
        AnalysisReport report;
        try {
            report = analysis.analyze(topology, ProgressListener.NONE, cancel);
        } catch (RuntimeException | Error e) {
            Threads.awaitQuietly(layoutThread);
            throw e;
        }
        progress.progress(2, 3, "Laying out " + size + " nodes");
        LayoutResult unpinned = result(laidOut, layoutThread);
        LayoutSidecar.Reading sidecar = pins.apply(file);
        Map<String, Point> pinned = existing(topology, sidecar.pinned());
        progress.progress(3, 3, "Done");
        return new Prepared(loaded, report, unpinned, pin(topology, unpinned, pinned), pinned, sidecar.problems());
    }

    /** The layout thread's result; its exception (a cancel, a layout failure) is rethrown here as it was thrown. */
    private static LayoutResult result(FutureTask<LayoutResult> laidOut, Thread layoutThread) {
        Threads.awaitQuietly(layoutThread);
        return Futures.get(laidOut, CancellationToken.CancelledException::new);
    }

    /** The layout before any pin: computed once per load. */
    public LayoutResult unpinnedLayout(Topology topology, CancellationToken cancel) {
        return layout.layout(topology, Map.of(), ProgressListener.NONE, cancel);
    }

    /** Lays out and applies pins in one go (what an export does). */
    public LayoutResult layout(Topology topology, Map<String, Point> pinned, CancellationToken cancel) {
        return pin(topology, unpinnedLayout(topology, cancel), pinned);
    }

    /** The pinned picture of an unpinned layout; pins of nodes the topology does not have are ignored. */
    public LayoutResult pin(Topology topology, LayoutResult unpinned, Map<String, Point> pinned) {
        Map<String, Point> kept = existing(topology, pinned);
        return kept.isEmpty() ? unpinned : PinnedLayout.apply(topology, unpinned, kept);
    }

    public DiagramScene scene(SceneRequest request) {
        return scenes.apply(request);
    }

    private static Map<String, Point> existing(Topology topology, Map<String, Point> pinned) {
        Map<String, Point> kept = new LinkedHashMap<>(pinned);
        kept.keySet().retainAll(topology.nodes().stream().map(Node::id).toList());
        return kept;
    }
}
