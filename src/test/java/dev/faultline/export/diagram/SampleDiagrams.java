package dev.faultline.export.diagram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.io.LoadResult;
import dev.faultline.io.TopologyLoader;
import dev.faultline.layout.ElkLayeredLayout;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.render.Overlay;
import dev.faultline.render.SceneBuilder;
import dev.faultline.render.SceneRequest;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.Scenario;

/** Exports every sample topology in every overlay, to look at (not a test). Usage: SampleDiagrams SAMPLES OUT */
public final class SampleDiagrams {
    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        DiagramExporter exporter = new DiagramExporter();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                LoadResult loaded = new TopologyLoader().load(file);
                if (loaded.topology().isEmpty()) continue;
                Topology t = loaded.topology().get();
                AnalysisReport a = new Analyzer().analyze(t);
                LayoutResult layout = new ElkLayeredLayout().layout(t, Map.of(), ProgressListener.NONE, CancellationToken.NONE);
                String name = file.getFileName().toString().replace(".yaml", "");
                DiagramExportOptions opts = new DiagramExportOptions(PaperSize.A4, 1, file.getFileName().toString(),
                        Instant.parse("2026-11-28T02:00:00Z"));
                SceneRequest base = SceneRequest.of(t, layout, a);
                for (Overlay o : Overlay.values()) {
                    var scene = new SceneBuilder().build(base.withOverlay(o));
                    Files.write(out.resolve(name + "-" + o.id() + ".png"), exporter.export(scene, DiagramFormat.PNG, opts));
                    if (o == Overlay.SPOF) {
                        Files.write(out.resolve(name + ".svg"), exporter.export(scene, DiagramFormat.SVG, opts));
                        Files.write(out.resolve(name + ".pdf"), exporter.export(scene, DiagramFormat.PDF, opts));
                    }
                }
                FailureEvent event = !a.domainSpofs().isEmpty()
                        ? FailureEvent.parse(a.domainSpofs().get(0).label())
                        : !a.spofs().isEmpty() ? FailureEvent.node(a.spofs().get(0).node()) : null;
                if (event != null) {
                    var sim = new FailureEngine(t).simulate(new Scenario(List.of(event)));
                    var scene = new SceneBuilder().build(base.withSimulation(sim));
                    Files.write(out.resolve(name + "-sim.png"), exporter.export(scene, DiagramFormat.PNG, opts));
                }
            }
        }
    }
}
