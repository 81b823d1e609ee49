package dev.faultline.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.export.ExportFixtures;
import dev.faultline.export.Golden;

class MarkdownReportTest {
    private final MarkdownReport report = new MarkdownReport();

    @Test
    void shopReportMatchesGolden() {
        Golden.assertMatches("shop-report.md", report.render(ReportFixtures.shop()));
    }

    @Test
    void containsEverySectionWithTheFactsThatMatter() {
        String md = report.render(ReportFixtures.shop());
        for (String heading : List.of("## Summary", "## Diagram", "## Single points of failure", "## Blast radius: top 10",
                "## Failure domains", "## Teams and Conway's law", "### Coupling matrix", "### Knowledge silos",
                "### Unowned nodes", "## Findings", "### Errors", "## Scenarios", "### Scenario 1: zone:eu-1a",
                "### Scenario 2: team:payments")) {
            assertTrue(md.contains("\n" + heading), "missing " + heading);
        }
        assertTrue(md.contains("**Source:** shop.yaml"), "source file named");
        assertTrue(md.contains("2026-11-28 09:30 UTC"), "generation date");
        assertTrue(md.contains("| `orders-db` _Orders DB_ | database | `payments` | It is a single database instance with no replica to fail over to"), md);
        assertTrue(md.contains("Zone `eu-1a` holds 2 of its 2 instances"), "single-zone cause in words");
        assertTrue(md.contains("```mermaid\n---\ntitle:"), "Mermaid diagram for GitHub");
    }

    @Test
    void everyTableRowHasAsManyCellsAsItsHeaderEvenWithHostileNames() {
        for (ReportInput in : List.of(ReportFixtures.shop(), ReportFixtures.hostile())) {
            String md = report.render(in);
            int expected = -1;
            for (String line : md.lines().toList()) {
                if (!line.startsWith("|")) {
                    expected = -1;
                    continue;
                }
                int cells = unescapedPipes(line);
                if (expected < 0) expected = cells;
                assertEquals(expected, cells, "row breaks its table: " + line);
            }
        }
    }

    @Test
    void hostileStringsCannotBecomeHtmlOrMarkup() {
        String md = report.render(ReportFixtures.hostile());
        String outsideCode = md.replaceAll("```mermaid[\\s\\S]*?```", "").replaceAll("`[^`]*`", "");
        assertFalse(outsideCode.matches("(?s).*(?<!\\\\)<(script|img|b)\\b.*"), "raw tag in Markdown text");
        assertTrue(md.contains("\\<script\\>alert(1)\\</script\\>"), "script shown literally");
        assertTrue(md.contains("a \\& b \\| c \\`tick\\` \\*star\\* \\[link\\](http://x) \\\\ back"), md);
    }

    @Test
    void contentsLinkToGithubHeadingAnchors() {
        String md = report.render(ReportFixtures.shop());
        assertTrue(md.contains("[Blast radius: top 10](#blast-radius-top-10)"), md);
        assertTrue(md.contains("[Teams and Conway's law](#teams-and-conways-law)"), md);
        assertEquals("single-points-of-failure", MarkdownReport.slug("Single points of failure"));
    }

    @Test
    void codeSpansSurviveBackticksAndPipes() {
        assertEquals("`a\\|b`", MarkdownReport.code("a|b"));
        assertEquals("`` a`b ``".replace(" a", "a").replace("b ", "b"), MarkdownReport.code("a`b"));
        assertEquals("`` `x ``", MarkdownReport.code("`x"));
    }

    @Test
    void largeTopologiesGetNoMermaidDiagram() {
        List<dev.faultline.model.Node> nodes = new java.util.ArrayList<>();
        for (int i = 0; i <= MarkdownReport.MERMAID_NODE_LIMIT; i++) {
            nodes.add(dev.faultline.model.Node.of("n" + i, dev.faultline.model.Kind.SERVICE, 2));
        }
        var t = dev.faultline.model.Topology.of("big", nodes, List.of());
        String md = report.render(ReportInput.of(ExportFixtures.analyse(t), "big.yaml", ExportFixtures.GENERATED_AT));
        assertFalse(md.contains("```mermaid"));
        assertFalse(md.contains("## Diagram"));
    }

    private static int unescapedPipes(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) count++;
        }
        return count;
    }
}
