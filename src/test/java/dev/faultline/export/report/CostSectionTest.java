package dev.faultline.export.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.export.ExportFixtures;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;

/** "What each team pays for resilience": the review report's cost section, present only when something is priced. */
class CostSectionTest {
    private static ReportInput input(Topology t) {
        return ReportInput.of(ExportFixtures.analyse(t), "", ExportFixtures.GENERATED_AT);
    }

    private final Topology priced = new Topology("priced", null, List.of(new Team("pay", List.of("ana", "bo"))),
            List.of(), List.of(
                    Node.builder("api").team("pay").replicas(3).minHealthy(1).monthlyCost(200).entrypoint(true).build(),
                    Node.builder("db").team("pay").build(),
                    Node.builder("cron").replicas(2).monthlyCost(10.5).build()),
            List.of(Dependency.sync("api", "db")), List.of());

    @Test
    void markdownHasATeamLineTheUnownedLineTheTotalAndTheUnpricedNodes() {
        String md = new MarkdownReport().render(input(priced));
        assertTrue(md.contains("What each team pays for resilience"), md);
        assertTrue(md.contains("| `pay` | 600 | 400 | 67 % | `db` |"), md);
        assertTrue(md.contains("| _unowned_ | 21 | 10.50 | 50 % |"), md);
        assertTrue(md.contains("621"), md);
        assertTrue(md.contains("1 node has no cost and is not counted"), md);
    }

    @Test
    void htmlHasTheSectionAndUnpricedFilesHaveNone() {
        assertTrue(new HtmlReport().render(input(priced)).contains("<section id=\"cost\""));
        Topology free = Topology.of("free", List.of(Node.builder("a").build()), List.of());
        assertFalse(new HtmlReport().render(input(free)).contains("<section id=\"cost\""));
    }
}
