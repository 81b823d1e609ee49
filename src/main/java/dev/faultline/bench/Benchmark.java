package dev.faultline.bench;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.Analyzer;
import dev.faultline.analysis.capacity.CapacityAnalysis;
import dev.faultline.analysis.latency.LatencyAnalysis;
import dev.faultline.export.diagram.DiagramExportOptions;
import dev.faultline.export.diagram.DiagramExporter;
import dev.faultline.export.diagram.DiagramFormat;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.io.TopologyLoader;
import dev.faultline.io.TopologyWriter;
import dev.faultline.io.YamlParseFloor;
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
 */
public final class Benchmark {
    public static final String PARSE_ONLY = "parse only (floor)";
    public static final String LOAD = "load + validate";
    public static final String SCENARIO = "one scenario";
    public static final String ANALYSIS = "full analysis";
    public static final String LAYOUT = "layout";
    public static final String SVG = "layout + SVG export";
    public static final String LATENCY_LOAD = "latency + load figures";
    public static final String REHEARSAL = "capacity headroom rehearsal";

    private final long seed;

    public Benchmark(long seed) {
        this.seed = seed;
    }

    public BenchResult run(int size, ProgressListener progress) {
        Topology generated = TopologyGenerator.generate(size, seed);
        String yaml = new TopologyWriter().write(generated);
        int runs = size >= 50_000 ? 3 : size >= 10_000 ? 5 : 9;
        int warmups = size >= 50_000 ? 1 : 3;
        Map<String, Double> ms = new LinkedHashMap<>();
        TopologyLoader loader = new TopologyLoader();
        YamlParseFloor floor = new YamlParseFloor();
        progress.progress(0, 6, size + " nodes: parsing");
        ms.put(PARSE_ONLY, Stopwatch.medianMillis(warmups, runs, () -> floor.tokens(yaml)));
        ms.put(LOAD, Stopwatch.medianMillis(warmups, runs, () -> loader.parse(yaml, null).topology().orElseThrow()));
        Topology t = loader.parse(yaml, null).topology().orElseThrow();
        progress.progress(1, 6, size + " nodes: one scenario");
        FailureEngine engine = new FailureEngine(t);
        Scenario worst = Scenario.of(FailureEvent.node(mostDependedOn(t)));
        ms.put(SCENARIO, Stopwatch.medianMillis(5, Math.max(runs, 15), () -> engine.simulate(worst)));
        progress.progress(2, 6, size + " nodes: full analysis");
        Analyzer analyzer = new Analyzer();
        ms.put(ANALYSIS, Stopwatch.medianMillis(warmups, runs, () -> analyzer.analyze(t)));
        long heap = usedHeapMegabytes();
        progress.progress(3, 6, size + " nodes: layout");
        ElkLayeredLayout layout = new ElkLayeredLayout();
        int layoutRuns = size >= 10_000 ? 1 : 3;
        ms.put(LAYOUT, Stopwatch.medianMillis(size >= 10_000 ? 0 : 1, layoutRuns, () -> layout(layout, t)));
        progress.progress(4, 6, size + " nodes: SVG export");
        DiagramExporter exporter = new DiagramExporter();
        var analysis = analyzer.analyze(t);
        ms.put(SVG, Stopwatch.medianMillis(size >= 10_000 ? 0 : 1, layoutRuns, () -> {
            LayoutResult laid = layout(layout, t);
            var scene = new SceneBuilder().build(SceneRequest.of(t, laid, analysis));
            return exporter.export(scene, DiagramFormat.SVG, DiagramExportOptions.defaults());
        }));
        riskFigures(t, engine, warmups, runs, ms);
        progress.progress(6, 6, size + " nodes: done");
        return new BenchResult(t.nodes().size(), t.dependencies().size(),
                yaml.getBytes(StandardCharsets.UTF_8).length / 1e6, ms, heap);
    }

    /** risk-model.md sections 3 and 4: latency of every flow with load everywhere, then every instance and zone event. */
    private static void riskFigures(Topology t, FailureEngine engine, int warmups, int runs, Map<String, Double> ms) {
        ms.put(LATENCY_LOAD, Stopwatch.medianMillis(warmups, runs, () -> {
            LatencyAnalysis.compute(t);
            return CapacityAnalysis.under(t, engine.simulate(Scenario.NONE));
        }));
        ms.put(REHEARSAL, Stopwatch.medianMillis(warmups, runs, () -> CapacityAnalysis.compute(engine)));
    }

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
