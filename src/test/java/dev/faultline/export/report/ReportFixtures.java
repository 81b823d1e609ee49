package dev.faultline.export.report;

import java.util.List;

import dev.faultline.export.ExportFixtures;
import dev.faultline.model.Topology;

/** Report inputs shared by the Markdown and HTML tests. */
final class ReportFixtures {
    /** A small hand-written SVG standing in for the diagram exporter's output. */
    static final String SVG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE svg>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\" viewBox=\"0 0 120 40\">"
            + "<rect x=\"1\" y=\"1\" width=\"118\" height=\"38\" fill=\"#fff\" stroke=\"#444\"/>"
            + "<text x=\"60\" y=\"25\" text-anchor=\"middle\">web &amp; api</text></svg>";

    private ReportFixtures() {
    }

    static ReportInput shop() {
        Topology shop = ExportFixtures.shop();
        return new ReportInput(ExportFixtures.analyse(shop),
                List.of(ExportFixtures.simulate(shop, "zone:eu-1a"), ExportFixtures.simulate(shop, "team:payments")),
                "shop.yaml", ExportFixtures.GENERATED_AT, SVG);
    }

    static ReportInput hostile() {
        Topology t = ExportFixtures.hostile();
        return new ReportInput(ExportFixtures.analyse(t), List.of(ExportFixtures.simulate(t, "node:b.b")),
                "<script>alert(5)</script>|evil.yaml", ExportFixtures.GENERATED_AT, null);
    }
}
