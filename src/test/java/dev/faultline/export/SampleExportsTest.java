package dev.faultline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.export.graph.DotExporter;
import dev.faultline.export.graph.GraphExportInput;
import dev.faultline.export.graph.GraphMlExporter;
import dev.faultline.export.graph.MermaidExporter;
import dev.faultline.export.report.HtmlReport;
import dev.faultline.export.report.MarkdownReport;
import dev.faultline.export.report.ReportInput;
import dev.faultline.io.TopologyLoader;
import dev.faultline.model.Topology;
import dev.faultline.render.Overlay;

/** Every sample topology goes through every text export under every overlay, and reads back whole. */
class SampleExportsTest {
    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-topologies"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyGraphFormatReadsBackWithEveryNodeAndEdge(Path file) throws Exception {
        Topology t = new TopologyLoader().load(file).topology().orElseThrow();
        AnalysisReport a = new Analyzer().analyze(t);
        int drawnEdges = t.dependencies().stream().mapToInt(d -> 1 + d.fallback().size()).sum();
        for (Overlay overlay : Overlay.values()) {
            GraphExportInput in = GraphExportInput.of(a, overlay);
            Graph<String, DefaultEdge> dot = graph();
            DOTImporter<String, DefaultEdge> dotImporter = new DOTImporter<>();
            dotImporter.setVertexFactory(id -> id);
            dotImporter.importGraph(dot, new StringReader(new DotExporter().export(in)));
            assertEquals(t.nodes().size(), dot.vertexSet().size(), file + " " + overlay);
            assertEquals(drawnEdges, dot.edgeSet().size(), file + " " + overlay);

            String xml = new GraphMlExporter().export(in);
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            Graph<String, DefaultEdge> graphMl = graph();
            GraphMLImporter<String, DefaultEdge> xmlImporter = new GraphMLImporter<>();
            xmlImporter.setSchemaValidation(false);
            xmlImporter.setVertexFactory(id -> id);
            xmlImporter.importGraph(graphMl, new StringReader(xml));
            assertEquals(t.nodes().size(), graphMl.vertexSet().size(), file + " " + overlay);
            assertEquals(drawnEdges, graphMl.edgeSet().size(), file + " " + overlay);

            String mmd = new MermaidExporter().export(in);
            long arrows = mmd.lines().filter(l -> l.matches("\\s+n\\d+ (-->|==>|-\\.->)(\\|[^|]*\\|)? n\\d+")).count();
            assertEquals(drawnEdges, arrows, file + " " + overlay);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void reportsRenderWithEverySectionAndNoScript(Path file) {
        Topology t = new TopologyLoader().load(file).topology().orElseThrow();
        ReportInput in = ReportInput.of(new Analyzer().analyze(t), file.getFileName().toString(), Instant.EPOCH);
        String html = new HtmlReport().render(in);
        String md = new MarkdownReport().render(in);
        for (String section : List.of("summary", "spofs", "blast-radius", "failure-domains", "teams", "findings")) {
            assertTrue(html.contains("<section id=\"" + section + "\""), file + " " + section);
        }
        assertFalse(html.toLowerCase().contains("<script"), file.toString());
        assertTrue(md.startsWith("# "), file.toString());
        assertTrue(md.contains("## Findings"), file.toString());
    }

    private static Graph<String, DefaultEdge> graph() {
        return GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true).allowingSelfLoops(true)
                .edgeClass(DefaultEdge.class).buildGraph();
    }
}
