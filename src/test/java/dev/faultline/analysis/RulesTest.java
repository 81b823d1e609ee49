package dev.faultline.analysis;

import static dev.faultline.simulation.TopologyFixtures.topology;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;

/** Each built-in rule fires where it should and stays quiet where it should not. */
class RulesTest {
    private final Analyzer analyzer = new Analyzer();

    private List<Finding> findings(Topology t, String rule) {
        return analyzer.analyze(t).findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void spofFindingNamesCauseFlowsAndAKindSpecificRemedy() {
        Topology t = topology().entry("web").node("db", Kind.DATABASE, 1, 1, List.of(), null, false)
                .sync("web", "db").build();
        Finding f = findings(t, "spof").stream().filter(x -> x.nodes().equals(List.of("db"))).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("single database instance with no replica") && f.message().contains("flow web"),
                f.message());
        assertTrue(f.recommendation().contains("standby"), f.recommendation());
    }

    @Test
    void spofsAreWordedByKindNotAllAsASingleInstance() {
        Topology t = topology().entry("web").node("pay", Kind.EXTERNAL, 1, 1, List.of(), null, false)
                .node("bus", Kind.QUEUE, 1, 1, List.of(), null, false).node("api")
                .sync("web", "pay").sync("web", "bus").sync("web", "api").build();
        Map<String, Finding> spofs = new java.util.HashMap<>();
        findings(t, "spof").forEach(f -> spofs.put(f.nodes().get(0), f));
        Finding external = spofs.get("pay");
        assertTrue(external.message().contains("one provider with no fallback"), external.message());
        assertFalse(external.message().contains("single instance"), external.message());
        assertTrue(external.recommendation().startsWith("Add a second provider as a fallback")
                && external.recommendation().contains("circuit breaker")
                && external.recommendation().contains("degrade gracefully"), external.recommendation());
        assertFalse(external.recommendation().contains("replicas"), "a provider is not scaled by replicas");
        assertTrue(spofs.get("bus").message().contains("a single broker"), spofs.get("bus").message());
        assertTrue(spofs.get("bus").recommendation().contains("quorum"), spofs.get("bus").recommendation());
        assertTrue(spofs.get("api").message().contains("runs a single instance"), spofs.get("api").message());
    }

    @Test
    void singleZoneFiresForPlacementAndNotForSpreadNodes() {
        Topology t = topology().zone("za", null).zone("zb", null).entry("web").node("a", 2, 1, "za")
                .node("b", 2, 1, "za", "zb").sync("web", "a").sync("web", "b").build();
        assertEquals(List.of(List.of("a")), findings(t, "single-zone").stream().map(Finding::nodes).toList());
    }

    @Test
    void failureDomainFiresForAZoneThatTakesFlowsDown() {
        Topology t = topology().zone("za", null).entry("web").node("a", 2, 1, "za").sync("web", "a").build();
        List<Finding> f = findings(t, "failure-domain");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().startsWith("Zone za"), f.get(0).message());
    }

    @Test
    void sharedDatastoreNeedsCallersFromTwoTeams() {
        Topology shared = topology().team("a", "x").team("b", "y").node("s1").node("s2")
                .node("db", Kind.DATABASE, 2, 1, List.of(), null, false).owned("s1", "a").owned("s2", "b")
                .sync("s1", "db").sync("s2", "db").build();
        assertEquals(List.of("db", "s1", "s2"), findings(shared, "shared-datastore").get(0).nodes());
        Topology oneTeam = topology().team("a", "x").node("s1").node("s2")
                .node("db", Kind.DATABASE, 2, 1, List.of(), null, false).owned("s1", "a").owned("s2", "a")
                .sync("s1", "db").sync("s2", "db").build();
        assertTrue(findings(oneTeam, "shared-datastore").isEmpty());
    }

    @Test
    void deepSyncChainFiresAboveFourHops() {
        Topology five = topology().entry("a").node("b").node("c").node("d").node("e").node("f")
                .sync("a", "b").sync("b", "c").sync("c", "d").sync("d", "e").sync("e", "f").build();
        Finding f = findings(five, "deep-sync-chain").get(0);
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), f.nodes());
        Topology four = topology().entry("a").node("b").node("c").node("d").node("e")
                .sync("a", "b").sync("b", "c").sync("c", "d").sync("d", "e").build();
        assertTrue(findings(four, "deep-sync-chain").isEmpty());
        Topology asyncBreak = topology().entry("a").node("b").node("c").node("d").node("e").node("f")
                .sync("a", "b").sync("b", "c").async("c", "d").sync("d", "e").sync("e", "f").build();
        assertTrue(findings(asyncBreak, "deep-sync-chain").isEmpty());
    }

    @Test
    void flowsSharingADeepChainGetOneFinding() {
        Topology t = topology().node("a").node("b").node("c").node("d").node("e").node("f")
                .sync("a", "b").sync("b", "c").sync("c", "d").sync("d", "e").sync("e", "f")
                .flow("browse", "a").flow("checkout", "a", "f").build();
        List<Finding> f = findings(t, "deep-sync-chain");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().startsWith("Flows browse, checkout run through a chain of 5"), f.get(0).message());
    }

    @Test
    void theLatencyBudgetMovedFromDeepSyncChainToLatencyBudget() {
        Topology t = new Topology("t", null, List.of(), List.of(), List.of(
                timed("web", 50), timed("api", 100), timed("db", 300), timed("cache", 5)),
                List.of(Dependency.sync("web", "api"), Dependency.sync("api", "db"), Dependency.sync("web", "cache")),
                List.of(new Flow("checkout", null, "web", List.of(), 0.999, 400.0, null, false, SourcePosition.UNKNOWN),
                        new Flow("fast", null, "web", List.of(), 0.999, 500.0, null, false, SourcePosition.UNKNOWN)));
        assertEquals(List.of(), findings(t, "deep-sync-chain"), "two hops: no hop finding, and no budget check");
        List<Finding> f = findings(t, "latency-budget");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("450 ms") && f.get(0).message().contains("checkout"), f.get(0).message());
        assertEquals(List.of("web", "api", "db"), f.get(0).nodes());
    }

    private static Node timed(String id, int ms) {
        return Node.builder(id).replicas(2).latencyMs(ms).build();
    }

    @Test
    void syncCycleFiresForSyncLoopsOnly() {
        Topology t = topology().entry("web").node("a").node("b").node("c").node("d").sync("web", "a")
                .sync("a", "b").sync("b", "a").sync("web", "c").async("c", "d").async("d", "c").build();
        assertEquals(List.of(List.of("a", "b")), findings(t, "sync-cycle").stream().map(Finding::nodes).toList());
    }

    @Test
    void externalWithoutFallback() {
        Topology t = topology().entry("web").node("stripe", Kind.EXTERNAL, 1, 1, List.of(), null, false)
                .node("maps", Kind.EXTERNAL, 1, 1, List.of(), null, false)
                .node("adyen", Kind.EXTERNAL, 1, 1, List.of(), null, false)
                .sync("web", "maps").sync("web", "stripe", "adyen").build();
        assertEquals(List.of(List.of("maps", "web")),
                findings(t, "external-without-fallback").stream().map(Finding::nodes).toList());
    }

    @Test
    void unguardedSyncCallToAnotherTeam() {
        Topology t = new Topology("t", null, List.of(new Team("a", List.of("x")), new Team("b", List.of("y"))),
                List.of(), List.of(Node.of("web", Kind.SERVICE, 2).withTeam("a"),
                        Node.of("api", Kind.SERVICE, 2).withTeam("b"), Node.of("api2", Kind.SERVICE, 2).withTeam("b")),
                List.of(Dependency.sync("web", "api"), Dependency.builder("web", "api2").timeoutMs(200)
                        .circuitBreaker(true).build()), List.of());
        assertEquals(List.of(List.of("web", "api")),
                findings(t, "unguarded-sync-call").stream().map(Finding::nodes).toList());
    }

    @Test
    void flowWithoutSlo() {
        Topology t = topology().node("web").flow("checkout", "web").build();
        assertEquals(1, findings(t, "flow-without-slo").size());
    }

    @Test
    void observabilityGapNamesMissingSignalsOfCriticalNodes() {
        Node web = Node.builder("web").replicas(1).entrypoint(true).slo(0.99)
                .observability(List.of("metrics", "logs")).build();
        Node side = Node.builder("side").replicas(2).build();
        Topology t = new Topology("t", null, List.of(), List.of(), List.of(web, side),
                List.of(Dependency.async("web", "side")), List.of());
        List<Finding> f = findings(t, "observability-gap");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("traces"), f.get(0).message());
    }

    @Test
    void knowledgeSiloIsAOnePersonTeamOwningSomethingCritical() {
        Topology t = topology().team("solo", "dee").team("pair", "a", "b").entry("web").node("pay").node("other")
                .owned("pay", "solo").owned("other", "solo").owned("web", "pair").sync("web", "pay").build();
        List<Finding> f = findings(t, "knowledge-silo");
        assertEquals(1, f.size());
        assertEquals(List.of("pay"), f.get(0).nodes());
    }

    @Test
    void unknownMembersAreNoKnowledgeSiloButADeclaredEmptyTeamIs() {
        Topology t = topology().teamWithUnknownMembers("catalog").team("ghosts").entry("web").node("pay")
                .owned("web", "catalog").owned("pay", "ghosts").sync("web", "pay").build();
        List<Finding> f = findings(t, "knowledge-silo");
        assertEquals(List.of(List.of("pay")), f.stream().map(Finding::nodes).toList());
        assertTrue(f.get(0).message().contains("no listed members") && f.get(0).message().contains("bus factor 0"));
        AnalysisReport report = analyzer.analyze(t);
        assertEquals(java.util.Arrays.asList(null, 0), report.teams().stream().map(TeamFigures::members).toList());
    }

    @Test
    void unownedCriticalNode() {
        Topology t = topology().team("a", "x").entry("web").node("db").node("spare").owned("web", "a")
                .sync("web", "db").build();
        assertEquals(List.of(List.of("db")), findings(t, "unowned-critical").stream().map(Finding::nodes).toList());
    }
}
