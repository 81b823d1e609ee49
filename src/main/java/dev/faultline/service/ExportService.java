package dev.faultline.service;

import java.nio.charset.StandardCharsets;

import dev.faultline.export.diagram.DiagramExportOptions;
import dev.faultline.export.diagram.DiagramExporter;
import dev.faultline.export.diagram.DiagramFormat;
import dev.faultline.export.graph.DotExporter;
import dev.faultline.export.graph.GraphExportInput;
import dev.faultline.export.graph.GraphMlExporter;
import dev.faultline.export.graph.MermaidExporter;
import dev.faultline.export.report.HtmlReport;
import dev.faultline.export.report.MarkdownReport;
import dev.faultline.export.report.ReportInput;
import dev.faultline.layout.ElkLayeredLayout;
import dev.faultline.layout.LayoutAlgorithm;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.render.DiagramScene;
import dev.faultline.render.SceneRequest;

/**
 * Every export, for the CLI and the app alike: lays out (keeping pinned nodes), builds the same {@link DiagramScene}
 * the canvas draws, and turns it, or the analysis, into bytes. The caller writes them (atomically).
 */
public final class ExportService {
    private final ViewPipeline pipeline;
    private final DiagramExporter diagrams;

    public ExportService() {
        this(new ElkLayeredLayout(), new DiagramExporter());
    }

    public ExportService(LayoutAlgorithm layout, DiagramExporter diagrams) {
        this.pipeline = ViewPipeline.standard(layout);
        this.diagrams = diagrams;
    }

    public byte[] export(ExportRequest request) {
        return export(request, ProgressListener.NONE, CancellationToken.NONE);
    }

    public byte[] export(ExportRequest r, ProgressListener progress, CancellationToken cancel) {
        Topology t = r.analysis().topology();
        return switch (r.format()) {
            case PNG, SVG, PDF -> {
                DiagramScene scene = scene(r, progress, cancel);
                progress.progress(2, 3, "Drawing " + r.format().label);
                yield diagrams.export(scene, DiagramFormat.valueOf(r.format().name()), diagramOptions(r));
            }
            case DOT -> utf8(new DotExporter().export(graphInput(r)));
            case GRAPHML -> utf8(new GraphMlExporter().export(graphInput(r)));
            case MERMAID -> utf8(new MermaidExporter().export(graphInput(r)));
            case MARKDOWN -> utf8(new MarkdownReport().render(reportInput(r)));
            case HTML -> {
                DiagramScene scene = scene(r, progress, cancel);
                String svg = new String(diagrams.export(scene, DiagramFormat.SVG, diagramOptions(r)),
                        StandardCharsets.UTF_8);
                yield utf8(new HtmlReport().render(reportInput(r).withSvgDiagram(svg)));
            }
        };
    }

    /** The diagram scene of a request: what the canvas would show for the same overlay and scenario. */
    public DiagramScene scene(ExportRequest r, ProgressListener progress, CancellationToken cancel) {
        Topology t = r.analysis().topology();
        progress.progress(0, 3, "Laying out " + t.nodes().size() + " nodes");
        LayoutResult laid = pipeline.layout(t, r.pinned(), cancel);
        cancel.throwIfCancelled();
        progress.progress(1, 3, "Building the diagram");
        SceneRequest request = SceneRequest.of(t, laid, r.analysis()).withOverlay(r.overlay())
                .withSimulation(r.shownScenario());
        return pipeline.scene(request);
    }

    private static DiagramExportOptions diagramOptions(ExportRequest r) {
        return DiagramExportOptions.defaults().withPaper(r.paper()).withPngScale(r.pngScale())
                .withSource(r.sourceName()).withDate(r.date());
    }

    private static GraphExportInput graphInput(ExportRequest r) {
        return GraphExportInput.of(r.analysis(), r.overlay()).withSimulation(r.shownScenario());
    }

    private static ReportInput reportInput(ExportRequest r) {
        return ReportInput.of(r.analysis(), r.sourceName(), r.date()).withScenarios(r.scenarios())
                .withReviews(r.reviews());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
