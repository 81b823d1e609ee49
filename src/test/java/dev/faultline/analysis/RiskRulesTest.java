package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/** The rules of risk-model.md §1-2: slo-infeasible, double-fault, correlated-fallback. */
class RiskRulesTest {
    private final Analyzer analyzer = new Analyzer();

    private List<Finding> findings(Topology t, String rule) {
        return analyzer.analyze(t).findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** web → pay with fallback backup; pay and backup are placed and owned as given. */
    private static Topology payments(List<String> payZones, List<String> backupZones, String payTeam,
                                     String backupTeam, Double slo) {
        List<Node> nodes = new ArrayList<>(List.of(
                Node.builder("web").replicas(3).zones("za", "zb").build(),
                Node.builder("pay").kind(Kind.EXTERNAL).team(payTeam).zones(payZones).build(),
                Node.builder("backup").kind(Kind.EXTERNAL).team(backupTeam).zones(backupZones).build()));
        return new Topology("t", null, List.of(new Team("t1", List.of("a")), new Team("t2", List.of("b"))),
                List.of(new Zone("za", "r"), new Zone("zb", "r")), nodes,
                List.of(Dependency.builder("web", "pay").fallback("backup").build()),
                List.of(Flow.of("checkout", "web").withObjectives(slo, null, null)));
    }

    @Test
    void sloInfeasibleNamesAvailabilitySloDowntimeAndTopContributor() {
        Topology t = payments(List.of(), List.of(), null, null, 0.9999999);
        Finding f = findings(t, "slo-infeasible").get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("checkout") && f.message().contains("min/year")
                && f.message().contains("99.99999") && f.message().contains("top contributor"), f.message());
        assertEquals("web", f.nodes().get(0));
        assertTrue(findings(payments(List.of(), List.of(), null, null, 0.99), "slo-infeasible").isEmpty());
    }

    @Test
    void doubleFaultReportsThePairOfProviders() {
        List<Finding> all = findings(payments(List.of(), List.of(), null, null, 0.99), "double-fault");
        Finding f = all.stream().filter(x -> !x.nodes().isEmpty()).findFirst().orElseThrow(() -> new AssertionError(all));
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(List.of("backup", "pay"), f.nodes());
        assertTrue(f.message().contains("node:backup and node:pay together take down flow checkout"), f.message());
        AnalysisReport r = analyzer.analyze(payments(List.of(), List.of(), null, null, null));
        assertEquals(List.of("node:backup", "node:pay"), r.doubleFaults().pairs().get(0).events());
        assertEquals(List.of("zone:za", "zone:zb"), r.doubleFaults().pairs().get(1).events());
        assertEquals(2, r.doubleFaults().count());
    }

    @Test
    void correlatedFallbackWhenZonesAreTheSameSetOrTheTeamIsShared() {
        assertEquals(1, findings(payments(List.of("za", "zb"), List.of("zb", "za"), null, null, null),
                "correlated-fallback").size());
        assertEquals(1, findings(payments(List.of(), List.of(), "t1", "t1", null), "correlated-fallback").size());
        Finding f = findings(payments(List.of("za"), List.of("za"), "t1", "t1", null), "correlated-fallback").get(0);
        assertEquals(List.of("web", "pay", "backup"), f.nodes());
        assertTrue(f.message().contains("same zones (za)") && f.message().contains("same team (t1)"), f.message());
        assertTrue(findings(payments(List.of("za"), List.of("za", "zb"), "t1", "t2", null), "correlated-fallback")
                .isEmpty());
        assertTrue(findings(payments(List.of(), List.of(), null, null, null), "correlated-fallback").isEmpty());
    }
}
