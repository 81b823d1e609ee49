package dev.faultline.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.export.diagram.DiagramExportOptions;
import dev.faultline.export.diagram.DiagramExporter;
import dev.faultline.export.diagram.DiagramFormat;
import dev.faultline.export.diagram.PaperSize;
import dev.faultline.export.graph.DotExporter;
import dev.faultline.export.graph.GraphExportInput;
import dev.faultline.export.graph.GraphMlExporter;
import dev.faultline.export.graph.MermaidExporter;
import dev.faultline.export.report.HtmlReport;
import dev.faultline.export.report.MarkdownReport;
import dev.faultline.export.report.ReportInput;
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
import dev.faultline.simulation.Scenario;
import dev.faultline.simulation.SimulationResult;

/**
 * Writes the text exports and the review report of a sample topology to a folder (not a test; run by hand after
 * {@code mvn test-compile}):
 * {@code java -cp target/classes:target/test-classes:<deps> dev.faultline.export.ExampleWriter
 * sample-topologies/online-shop.yaml docs/examples/online-shop zone:eu-west-1a}.
 */
public final class ExampleWriter {
    private ExampleWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        List<String> events = List.of(args).subList(2, args.length);
        LoadResult loaded = new TopologyLoader().load(file);
        Topology topology = loaded.topology().orElseThrow(() -> new IllegalArgumentException(loaded.problems().toString()));
        AnalysisReport a = new Analyzer().analyze(topology);
        String base = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Instant date = Instant.parse("2026-11-28T09:30:00Z");
        Files.createDirectories(dir);
        write(dir.resolve(base + ".dot"), new DotExporter().export(GraphExportInput.of(a, Overlay.SPOF)));
        write(dir.resolve(base + "-teams.dot"), new DotExporter().export(GraphExportInput.of(a, Overlay.TEAMS)));
        write(dir.resolve(base + ".mmd"), new MermaidExporter().export(GraphExportInput.of(a, Overlay.SPOF)));
        write(dir.resolve(base + "-teams.graphml"), new GraphMlExporter().export(GraphExportInput.of(a, Overlay.TEAMS)));
        LayoutResult layout = new ElkLayeredLayout().layout(topology, Map.of(), ProgressListener.NONE, CancellationToken.NONE);
        DiagramExportOptions options = new DiagramExportOptions(PaperSize.A4, 1, file.getFileName().toString(), date);
        byte[] svg = new DiagramExporter().export(new SceneBuilder().build(SceneRequest.of(topology, layout, a)),
                DiagramFormat.SVG, options);
        List<SimulationResult> scenarios = events.isEmpty() ? List.of()
                : List.of(new FailureEngine(topology).simulate(Scenario.parse(events)));
        ReportInput in = new ReportInput(a, scenarios, file.getFileName().toString(), date,
                new String(svg, StandardCharsets.UTF_8));
        write(dir.resolve(base + "-review.md"), new MarkdownReport().render(in));
        write(dir.resolve(base + "-review.html"), new HtmlReport().render(in));
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
