package dev.faultline.bench;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

import dev.faultline.analysis.Analyzer;
import dev.faultline.analysis.capacity.CapacityAnalysis;
import dev.faultline.analysis.latency.LatencyAnalysis;
import dev.faultline.export.diagram.DiagramExportOptions;
import dev.faultline.export.diagram.DiagramExporter;
import dev.faultline.export.diagram.DiagramFormat;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.io.TopologyLoader;
import dev.faultline.io.v1.TopologyWriter;
import dev.faultline.layout.ElkLayeredLayout;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.render.SceneBuilder;
import dev.faultline.render.SceneRequest;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.Scenario;

/**
 * The benchmark behind {@code faultline bench} and docs/performance.md: on generated topologies of each size,
 * the YAML parser alone (the floor), load + validate, one scenario, the full analysis, layout, and SVG export.
 * Each stage is warmed up and reported as a median; large sizes get fewer runs so the whole thing stays short.
 * Only the chosen stages run; a stage that runs out of heap ends the size with a {@link StageOutOfMemoryError}.
 */
public final class Benchmark implements SizeBenchmark {
    private final long seed;
    private final Set<Stage> stages;

    public Benchmark(long seed) {
        this(seed, EnumSet.allOf(Stage.class));
    }

    public Benchmark(long seed, Set<Stage> stages) {
        this.seed = seed;
        this.stages = stages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(stages);
    }

    @Override
    public BenchResult run(int size, ProgressListener progress) {
        int runs = size >= 50_000 ? 3 : size >= 10_000 ? 5 : 9;
        int warmups = size >= 50_000 ? 1 : 3;
        Map<Stage, Double> ms = new EnumMap<>(Stage.class);
        Topology t;
        int yamlBytes;
        {
            // The text is only needed to load; dropping it before layout leaves the big stages its 30+ MB.
            String yaml = new TopologyWriter().write(TopologyGenerator.generate(size, seed));
            yamlBytes = yaml.getBytes(StandardCharsets.UTF_8).length;
            TopologyLoader loader = new TopologyLoader();
            if (stages.contains(Stage.PARSE)) {
                progress.progress(0, 6, size + " nodes: parsing");
                YamlParseFloor floor = new YamlParseFloor();
                time(ms, size, Stage.PARSE, warmups, runs, () -> floor.tokens(yaml));
            }
            if (stages.contains(Stage.LOAD)) {
                progress.progress(0, 6, size + " nodes: loading");
                time(ms, size, Stage.LOAD, warmups, runs, () -> loader.parse(yaml, null).topology().orElseThrow());
            }
            t = guarded(size, Stage.LOAD, () -> loader.parse(yaml, null).topology().orElseThrow());
        }
        if (stages.contains(Stage.SCENARIO)) {
            progress.progress(1, 6, size + " nodes: one scenario");
            FailureEngine engine = new FailureEngine(t);
            Scenario worst = Scenario.of(FailureEvent.node(mostDependedOn(t)));
            time(ms, size, Stage.SCENARIO, 5, Math.max(runs, 15), () -> engine.simulate(worst));
        }
        Analyzer analyzer = new Analyzer();
        OptionalLong heap = OptionalLong.empty();
        if (stages.contains(Stage.ANALYSIS)) {
            progress.progress(2, 6, size + " nodes: full analysis");
            time(ms, size, Stage.ANALYSIS, warmups, runs, () -> analyzer.analyze(t));
            heap = OptionalLong.of(usedHeapMegabytes());
        }
        ElkLayeredLayout layout = new ElkLayeredLayout();
        int layoutRuns = size >= 10_000 ? 1 : 3;
        int layoutWarmups = size >= 10_000 ? 0 : 1;
        if (stages.contains(Stage.LAYOUT)) {
            progress.progress(3, 6, size + " nodes: layout");
            time(ms, size, Stage.LAYOUT, layoutWarmups, layoutRuns, () -> layout(layout, t));
        }
        if (stages.contains(Stage.SVG)) {
            progress.progress(4, 6, size + " nodes: SVG export");
            DiagramExporter exporter = new DiagramExporter();
            var analysis = guarded(size, Stage.SVG, () -> analyzer.analyze(t));
            time(ms, size, Stage.SVG, layoutWarmups, layoutRuns, () -> {
                LayoutResult laid = layout(layout, t);
                var scene = new SceneBuilder().build(SceneRequest.of(t, laid, analysis));
                return exporter.export(scene, DiagramFormat.SVG, DiagramExportOptions.defaults());
            });
        }
        if (stages.contains(Stage.LATENCY_LOAD)) {
            progress.progress(5, 6, size + " nodes: latency and load");
            FailureEngine riskEngine = new FailureEngine(t);
            time(ms, size, Stage.LATENCY_LOAD, warmups, runs, () -> {
                LatencyAnalysis.compute(t);
                return CapacityAnalysis.under(t, riskEngine.simulate(Scenario.NONE));
            });
        }
        if (stages.contains(Stage.REHEARSAL)) {
            progress.progress(5, 6, size + " nodes: capacity headroom rehearsal");
            FailureEngine riskEngine = new FailureEngine(t);
            time(ms, size, Stage.REHEARSAL, warmups, runs, () -> CapacityAnalysis.compute(riskEngine));
        }
        progress.progress(6, 6, size + " nodes: done");
        return new BenchResult(t.nodes().size(), t.dependencies().size(), yamlBytes / 1e6, ms, heap);
    }

    private static void time(Map<Stage, Double> ms, int size, Stage stage, int warmups, int runs, Supplier<?> work) {
        ms.put(stage, guarded(size, stage, () -> Stopwatch.medianMillis(warmups, runs, work)));
    }

    /**
     * Runs {@code work}, turning running out of heap into a {@link StageOutOfMemoryError}. By the time it is
     * thrown the stage's frames are gone, and with them most of what filled the heap.
     */
    private static <T> T guarded(int size, Stage stage, Supplier<T> work) {
        try {
            return work.get();
        } catch (OutOfMemoryError e) {
            throw new StageOutOfMemoryError(size, stage, e);
        }
    }

    /** risk-model.md sections 3 and 4: latency of every flow with load everywhere, then every instance and zone event. */
    private static LayoutResult layout(ElkLayeredLayout layout, Topology t) {
        return layout.layout(t, Map.of(), ProgressListener.NONE, CancellationToken.NONE);
    }

    /** The node most others depend on: its loss touches the most, so it is the slowest single scenario. */
    static String mostDependedOn(Topology t) {
        String best = t.nodes().get(0).id();
        int bestCount = -1;
        for (var n : t.nodes()) {
            int c = t.dependentsOf(n.id()).size();
            if (c > bestCount) {
                best = n.id();
                bestCount = c;
            }
        }
        return best;
    }

    private static long usedHeapMegabytes() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    /** The sizes of issue #6. */
    public static List<Integer> defaultSizes() {
        return List.of(100, 1_000, 10_000, 50_000);
    }
}
