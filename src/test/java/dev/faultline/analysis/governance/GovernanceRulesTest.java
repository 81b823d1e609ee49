package dev.faultline.analysis.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.analysis.Analyzer;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.io.LoadResult;
import dev.faultline.io.TopologyLoader;
import dev.faultline.model.Topology;

/** The residency and compliance rules of risk-model.md §5 on hand-written files, violating and compliant. */
class GovernanceRulesTest {
    private static final String HEAD = """
            faultline: 1
            name: governance
            zones:
              - {id: eu-a, region: eu, jurisdiction: EU}
              - {id: eu-b, region: eu, jurisdiction: EU}
              - {id: us-a, region: us, jurisdiction: US}
              - {id: dark, region: eu}
            """;

    private static Topology load(String body) {
        LoadResult r = new TopologyLoader().parse(HEAD + body, null);
        assertTrue(r.ok(), r.problems().toString());
        return r.topology().orElseThrow();
    }

    private static List<Finding> findings(Topology t, String rule) {
        return new Analyzer().analyze(t).findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static List<List<String>> nodesOf(Topology t, String rule) {
        return findings(t, rule).stream().map(Finding::nodes).toList();
    }

    private static List<Finding> residencyFindings(Topology t) {
        return new Analyzer().analyze(t).findings().stream().filter(f -> f.rule().startsWith("residency-")).toList();
    }

    @Test
    void compliantFileHasNoResidencyFinding() {
        Topology t = load("""
                nodes:
                  - {id: api, entrypoint: true, zones: [eu-a, eu-b], replicas: 2, data: [pii], residency: [EU]}
                  - {id: db, kind: database, zones: [eu-a, eu-b], replicas: 2, data: [pii], residency: [EU]}
                  - {id: psp, kind: external, jurisdiction: EU}
                  - {id: db-dr, kind: database, zones: [eu-b]}
                dependencies:
                  - {from: api, to: db, fallback: [db-dr]}
                  - {from: api, to: psp}
                """);
        assertEquals(List.of(), residencyFindings(t));
    }

    @Test
    void placementOutsideResidencyIsAnErrorNamingTheZoneAndItsJurisdiction() {
        Topology t = load("""
                nodes:
                  - {id: db, kind: database, zones: [eu-a, us-a], replicas: 2, data: [pii], residency: [EU]}
                """);
        List<Finding> f = findings(t, "residency-placement");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(List.of("db"), f.get(0).nodes());
        String m = f.get(0).message();
        assertTrue(m.contains("pii") && m.contains("EU") && m.contains("us-a (US)") && !m.contains("eu-a"), m);
    }

    @Test
    void placementInAZoneOfUnknownJurisdictionOrInNoZoneIsAnError() {
        Topology t = load("""
                nodes:
                  - {id: dark-db, kind: database, zones: [dark], data: [pii], residency: [EU]}
                  - {id: floating, data: [pii], residency: [EU]}
                  - {id: no-data, zones: [us-a], residency: [EU]}
                  - {id: no-residency, zones: [us-a], data: [pii]}
                """);
        assertEquals(List.of(List.of("dark-db"), List.of("floating")), nodesOf(t, "residency-placement"));
        List<Finding> f = findings(t, "residency-placement");
        assertTrue(f.get(0).message().contains("zone dark of unknown jurisdiction"), f.get(0).message());
        assertTrue(f.get(1).message().contains("placement is unknown"), f.get(1).message());
    }

    @Test
    void externalNodeWithResidencyIsPlacedByItsJurisdiction() {
        Topology t = load("""
                nodes:
                  - {id: crm-eu, kind: external, jurisdiction: EU, data: [pii], residency: [EU]}
                  - {id: crm-us, kind: external, jurisdiction: US, data: [pii], residency: [EU]}
                  - {id: crm-x, kind: external, data: [pii], residency: [EU]}
                """);
        assertEquals(List.of(List.of("crm-us"), List.of("crm-x")), nodesOf(t, "residency-placement"));
    }

    @Test
    void flowToOrFromANodeOutsideTheResidencyIsAnErrorEitherWay() {
        Topology t = load("""
                nodes:
                  - {id: db, kind: database, zones: [eu-a], data: [pii], residency: [EU]}
                  - {id: analytics, zones: [us-a]}
                  - {id: eu-caller, zones: [eu-a, eu-b], replicas: 2}
                  - {id: mixed, zones: [eu-a, us-a], replicas: 2}
                  - {id: exporter, zones: [eu-a]}
                dependencies:
                  - {from: analytics, to: db, mode: async}
                  - {from: eu-caller, to: db}
                  - {from: mixed, to: db, required: false}
                """);
        List<Finding> f = findings(t, "residency-flow");
        assertEquals(List.of(List.of("db", "analytics"), List.of("db", "mixed")), f.stream().map(Finding::nodes).toList());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("analytics -> db") && f.get(0).message().contains("us-a (US)"),
                f.get(0).message());
        assertTrue(f.get(1).message().contains("us-a (US)") && !f.get(1).message().contains("eu-a"), f.get(1).message());
    }

    @Test
    void flowToExternalProvidersFollowsTheirJurisdictionAndUnknownIsOutside() {
        Topology t = load("""
                nodes:
                  - {id: api, zones: [eu-a], data: [pii], residency: [EU]}
                  - {id: psp-eu, kind: external, jurisdiction: EU}
                  - {id: psp-us, kind: external, jurisdiction: US}
                  - {id: mailer, kind: external}
                  - {id: unplaced}
                  - {id: dark-svc, zones: [dark]}
                dependencies:
                  - {from: api, to: psp-eu}
                  - {from: api, to: psp-us}
                  - {from: api, to: mailer, mode: async}
                  - {from: api, to: unplaced}
                  - {from: api, to: dark-svc}
                """);
        assertEquals(List.of(List.of("api", "dark-svc"), List.of("api", "mailer"), List.of("api", "psp-us"),
                List.of("api", "unplaced")), nodesOf(t, "residency-flow"));
        String mailer = findings(t, "residency-flow").get(1).message();
        assertTrue(mailer.contains("external provider of unknown jurisdiction"), mailer);
    }

    @Test
    void aNodeThatIsAFallbackExchangesDataWithTheCaller() {
        Topology t = load("""
                nodes:
                  - {id: us-app, zones: [us-a]}
                  - {id: primary, zones: [us-a]}
                  - {id: eu-store, kind: database, zones: [eu-a], data: [pii], residency: [EU]}
                dependencies:
                  - {from: us-app, to: primary, fallback: [eu-store]}
                """);
        assertEquals(List.of(List.of("eu-store", "us-app")), nodesOf(t, "residency-flow"));
        assertEquals(List.of(), nodesOf(t, "residency-failover"));
    }

    @Test
    void fallbackOutsideTheResidencyIsAFailoverWarningAndNotAlsoAFlowError() {
        Topology t = load("""
                nodes:
                  - {id: api, entrypoint: true, zones: [eu-a], data: [pii], residency: [EU]}
                  - {id: db, kind: database, zones: [eu-a], data: [pii], residency: [EU]}
                  - {id: db-us, kind: database, zones: [us-a]}
                  - {id: db-eu, kind: database, zones: [eu-b]}
                  - {id: web, zones: [eu-a]}
                dependencies:
                  - {from: api, to: db, fallback: [db-eu, db-us]}
                  - {from: web, to: db, fallback: [db-us]}
                """);
        List<Finding> f = findings(t, "residency-failover");
        // api sends its data to db-us on failover; db-us stands in for db, so db's data must be there too.
        assertEquals(List.of(List.of("api", "db-us"), List.of("db", "db-us")), f.stream().map(Finding::nodes).toList());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(1).message().contains("disaster-recovery path breaks residency")
                && f.get(1).message().contains("api -> db, web -> db") && f.get(1).message().contains("us-a (US)"),
                f.get(1).message());
        assertEquals(List.of(), nodesOf(t, "residency-flow"));
    }

    @Test
    void fallbackOfUnknownJurisdictionIsAFailoverWarning() {
        Topology t = load("""
                nodes:
                  - {id: api, zones: [eu-a], data: [pii], residency: [EU]}
                  - {id: psp, kind: external, jurisdiction: EU}
                  - {id: psp-backup, kind: external}
                dependencies:
                  - {from: api, to: psp, fallback: [psp-backup]}
                """);
        assertEquals(List.of(List.of("api", "psp-backup")), nodesOf(t, "residency-failover"));
        assertEquals(List.of(), nodesOf(t, "residency-flow"));
    }

    @Test
    void severalJurisdictionsMayBeAllowed() {
        Topology t = load("""
                nodes:
                  - {id: db, kind: database, zones: [eu-a, us-a], replicas: 2, data: [pii], residency: [EU, US]}
                  - {id: app, zones: [us-a]}
                dependencies:
                  - {from: app, to: db}
                """);
        assertEquals(List.of(), residencyFindings(t));
    }

    @Test
    void complianceScopeIsTheStoresAndTheirSynchronousCallersPerDataClass() {
        Topology t = load("""
                nodes:
                  - {id: web, entrypoint: true}
                  - {id: api, data: [pii]}
                  - {id: db, kind: database, data: [pii, pci]}
                  - {id: db-dr, kind: database, data: [pci]}
                  - {id: reporter}
                  - {id: auditor}
                  - {id: batch}
                dependencies:
                  - {from: web, to: api}
                  - {from: api, to: db}
                  - {from: reporter, to: db, mode: async}
                  - {from: auditor, to: api, required: false}
                  - {from: batch, to: reporter, fallback: [db-dr]}
                """);
        List<Finding> f = findings(t, "compliance-scope");
        assertEquals(2, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
        // Findings sort by first node; pick them by data class.
        Finding pci = f.stream().filter(x -> x.message().startsWith("Audit scope of pci")).findFirst().orElseThrow();
        Finding pii = f.stream().filter(x -> x.message().startsWith("Audit scope of pii")).findFirst().orElseThrow();
        assertEquals(List.of("api", "auditor", "db", "web"), pii.nodes());
        assertEquals(List.of("api", "batch", "db", "db-dr"), pci.nodes());
        assertTrue(pii.message().contains("no residency declared") && pii.message().contains("runs in unknown"),
                pii.message());
    }

    @Test
    void complianceScopeNamesTheResidencyAndWhereTheScopeRuns() {
        Topology t = load("""
                nodes:
                  - {id: api, zones: [us-a]}
                  - {id: db, kind: database, zones: [eu-a], data: [pii], residency: [EU]}
                dependencies:
                  - {from: api, to: db}
                """);
        String m = findings(t, "compliance-scope").get(0).message();
        assertTrue(m.contains("must stay in EU") && m.contains("runs in EU, US"), m);
        assertTrue(findings(load("nodes:\n  - {id: a}\n"), "compliance-scope").isEmpty());
    }
}
