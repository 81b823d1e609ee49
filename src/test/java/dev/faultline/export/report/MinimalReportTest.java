package dev.faultline.export.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.export.ExportFixtures;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.Scenario;
import dev.faultline.simulation.FailureEngine;

/** A one-node topology without teams, zones, flows or findings still gives a complete, sensible report. */
class MinimalReportTest {
    private final Topology one = Topology.of("one", List.of(Node.of("solo", Kind.SERVICE, 2)), List.of());
    private final ReportInput input = ReportInput.of(ExportFixtures.analyse(one), "", ExportFixtures.GENERATED_AT)
            .withScenarios(List.of(new FailureEngine(one).simulate(Scenario.NONE)));

    @Test
    void markdownSaysWhatIsMissingInsteadOfFailing() {
        String md = new MarkdownReport().render(input);
        assertTrue(md.contains("No single point of failure found."), md);
        assertTrue(md.contains("The file declares no zones"), md);
        assertTrue(md.contains("The file declares no teams"), md);
        assertTrue(md.contains("### Scenario 1: no failure"), md);
        assertTrue(md.contains("The file declares neither flows nor entrypoints"), md);
        assertTrue(!md.contains("**Source:**"), "no empty source line");
    }

    @Test
    void htmlRendersTheSameSections() {
        String html = new HtmlReport().render(input);
        for (String id : List.of("summary", "spofs", "blast-radius", "failure-domains", "teams", "findings",
                "scenarios", "about")) {
            assertTrue(html.contains("<section id=\"" + id + "\""), id);
        }
    }
}
