package dev.faultline.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.export.graph.DotExporter;
import dev.faultline.export.graph.GraphExportInput;
import dev.faultline.export.graph.GraphMlExporter;
import dev.faultline.export.graph.MermaidExporter;
import dev.faultline.export.report.HtmlReport;
import dev.faultline.export.report.MarkdownReport;
import dev.faultline.export.report.ReportInput;
import dev.faultline.model.Topology;
import dev.faultline.render.Overlay;

/**
 * Writes the text exports of the shop fixture to {@code docs/examples/online-shop/} (not a test; run by hand:
 * {@code java -cp target/classes:target/test-classes:<deps> dev.faultline.export.ExampleWriter docs/examples/online-shop}).
 */
public final class ExampleWriter {
    private ExampleWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/examples/online-shop");
        Files.createDirectories(dir);
        Topology shop = ExportFixtures.shop();
        AnalysisReport a = ExportFixtures.analyse(shop);
        write(dir.resolve("online-shop.dot"), new DotExporter().export(GraphExportInput.of(a, Overlay.SPOF)));
        write(dir.resolve("online-shop.mmd"), new MermaidExporter().export(GraphExportInput.of(a, Overlay.SPOF)));
        write(dir.resolve("online-shop-teams.graphml"), new GraphMlExporter().export(GraphExportInput.of(a, Overlay.TEAMS)));
        ReportInput in = new ReportInput(a, List.of(ExportFixtures.simulate(shop, "zone:eu-1a")), "online-shop.yaml",
                ExportFixtures.GENERATED_AT, null);
        write(dir.resolve("online-shop-review.md"), new MarkdownReport().render(in));
        write(dir.resolve("online-shop-review.html"), new HtmlReport().render(in));
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
