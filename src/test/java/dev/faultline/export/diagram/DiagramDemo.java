package dev.faultline.export.diagram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.layout.ElkLayeredLayout;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.render.DiagramScene;
import dev.faultline.render.Overlay;
import dev.faultline.render.Palette;
import dev.faultline.render.RenderFixtures;
import dev.faultline.render.SceneBuilder;
import dev.faultline.render.SceneRequest;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.Scenario;

/** Writes every overlay of the shop fixture to a folder, to look at (not a test). Usage: DiagramDemo OUTDIR */
public final class DiagramDemo {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/demo");
        Files.createDirectories(out);
        Topology t = RenderFixtures.shop();
        AnalysisReport a = new dev.faultline.analysis.Analyzer().analyze(t);
        LayoutResult layout = new ElkLayeredLayout().layout(t, Map.of(), ProgressListener.NONE, CancellationToken.NONE);
        DiagramExporter exporter = new DiagramExporter();
        DiagramExportOptions opts = new DiagramExportOptions(PaperSize.A4, 1, "online-shop.yaml", Instant.parse("2026-11-28T01:00:00Z"));
        SceneRequest base = new SceneRequest(t, layout, a, null, Overlay.SPOF, null, Palette.LIGHT, "Online shop", "Production topology, reviewed for Q1");
        for (Overlay o : Overlay.values()) {
            DiagramScene scene = new SceneBuilder().build(base.withOverlay(o));
            Files.write(out.resolve("shop-" + o.id() + ".png"), exporter.export(scene, DiagramFormat.PNG, opts));
            Files.write(out.resolve("shop-" + o.id() + ".svg"), exporter.export(scene, DiagramFormat.SVG, opts));
        }
        var sim = new FailureEngine(t).simulate(Scenario.parse(java.util.List.of("zone:eu-1a")));
        DiagramScene simScene = new SceneBuilder().build(base.withSimulation(sim).withTitle("Online shop", "Scenario: zone:eu-1a fails"));
        Files.write(out.resolve("shop-sim.png"), exporter.export(simScene, DiagramFormat.PNG, opts));
        Files.write(out.resolve("shop-sim.pdf"), exporter.export(simScene, DiagramFormat.PDF, opts));
        var sim2 = new FailureEngine(t).simulate(Scenario.parse(java.util.List.of("node:session-cache", "stripe")));
        DiagramScene dark = new SceneBuilder().build(base.withSimulation(sim2).withPalette(Palette.DARK).withOverlay(Overlay.TEAMS));
        Files.write(out.resolve("shop-dark.png"), exporter.export(dark, DiagramFormat.PNG, opts));
        Files.write(out.resolve("shop-spof.pdf"), exporter.export(new SceneBuilder().build(base), DiagramFormat.PDF, opts));
        for (int i = 1; i < args.length; i++) {
            int n = Integer.parseInt(args[i]);
            Topology g = DiagramBench.generated(n, 42);
            LayoutResult gl = new ElkLayeredLayout().layout(g, Map.of(), ProgressListener.NONE, CancellationToken.NONE);
            AnalysisReport ga = new dev.faultline.analysis.Analyzer().analyze(g);
            DiagramScene gs = new SceneBuilder().build(SceneRequest.of(g, gl, ga).withOverlay(Overlay.HEAT));
            Files.write(out.resolve("gen-" + n + ".png"), exporter.export(gs, DiagramFormat.PNG, opts));
            Files.write(out.resolve("gen-" + n + ".pdf"), exporter.export(gs, DiagramFormat.PDF, opts));
        }
    }
}
