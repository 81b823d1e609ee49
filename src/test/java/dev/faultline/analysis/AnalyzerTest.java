package dev.faultline.analysis;

import static dev.faultline.simulation.TopologyFixtures.topology;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.model.Kind;
import dev.faultline.model.Topology;
import dev.faultline.simulation.NodeLossOutcome;

class AnalyzerTest {
    private final Analyzer analyzer = new Analyzer();

    @Test
    void singleInstanceNodeThatTakesAFlowDownIsASpof() {
        Topology t = topology().entry("web").node("db").sync("web", "db").build();
        AnalysisReport r = analyzer.analyze(t);
        assertEquals(List.of(new Spof("db", SpofCause.NO_SPARE_INSTANCE, List.of("web")),
                new Spof("web", SpofCause.NO_SPARE_INSTANCE, List.of("web"))), r.spofs());
    }

    @Test
    void replicatedNodeIsNotASpofEvenIfItsWholeLossTakesFlowsDown() {
        Topology t = topology().entry("web").node("db", 2, 1).sync("web", "db").owned("web", null).build();
        AnalysisReport r = analyzer.analyze(t);
        assertFalse(r.isSpof("db"));
        assertEquals(List.of("web"), r.blastRadiusOf("db").orElseThrow().flowsDown());
    }

    @Test
    void quorumWithoutSpareIsASpof() {
        Topology t = topology().entry("web").node("etcd", 3, 3).sync("web", "etcd").build();
        assertEquals("no-spare-instance", analyzer.analyze(t).spof("etcd").orElseThrow().cause().id());
    }

    @Test
    void nodeWhoseLossTakesNoFlowDownIsNotASpof() {
        Topology t = topology().entry("web").node("recs").soft("web", "recs").build();
        assertFalse(analyzer.analyze(t).isSpof("recs"));
    }

    @Test
    void singleZoneCauseNamesTheFirstZoneInSortedOrder() {
        Topology t = topology().zone("zb", null).zone("za", null).entry("web")
                .node("api", 2, 1, "zb", "zb").node("db", 4, 3, "zb", "za")
                .sync("web", "api").sync("web", "db").build();
        AnalysisReport r = analyzer.analyze(t);
        assertEquals("single-zone:zb", r.spof("api").orElseThrow().cause().id());
        // db: za holds 2 of 4 and zb holds 2 of 4; both leave 2 < 3. The first in sorted order is za.
        assertEquals("single-zone:za", r.spof("db").orElseThrow().cause().id());
    }

    @Test
    void noSpareInstanceWinsOverSingleZone() {
        Topology t = topology().zone("za", null).entry("web").node("db", 1, 1, "za").sync("web", "db").build();
        assertEquals("no-spare-instance", analyzer.analyze(t).spof("db").orElseThrow().cause().id());
    }

    @Test
    void zonesThatTakeFlowsDownAreFailureDomainSpofsAndSoAreRegions() {
        Topology t = topology().zone("za", "eu").zone("zb", "eu").zone("zc", "us").entry("web")
                .node("api", 2, 1, "za", "zb").node("db", 2, 1, "za", "zc").sync("web", "api").sync("web", "db")
                .build();
        AnalysisReport r = analyzer.analyze(t);
        // No single zone takes api or db down; region eu takes api down.
        assertEquals(List.of(DomainSpof.region("eu", List.of("web"))), r.domainSpofs());
    }

    @Test
    void fallbacksInTheSameZoneMakeAZoneAFailureDomainSpof() {
        Topology t = topology().zone("za", null).zone("zb", null).entry("web").node("web2", 1, 1, "zb")
                .node("a", 1, 1, "za").node("b", 1, 1, "za").sync("web", "a", "b").build();
        AnalysisReport r = analyzer.analyze(t);
        assertEquals(List.of(DomainSpof.zone("za", List.of("web"))), r.domainSpofs());
    }

    @Test
    void blastRadiusIsRankedByFlowsDownThenDegradedThenNodes() {
        Topology t = topology().entry("a").entry("b").node("shared", 2, 1).node("leaf").node("q", 2, 1)
                .sync("a", "shared").sync("b", "shared").sync("a", "leaf").async("b", "q").build();
        List<String> order = analyzer.analyze(t).blastRadius().stream().map(NodeLossOutcome::node).toList();
        // shared: 2 flows down; a, b, leaf: 1 flow down each (a: nodesDown 1, leaf: nodesDown 2 (leaf, a));
        // q: 0 flows down, 1 degraded.
        assertEquals(List.of("shared", "leaf", "a", "b", "q"), order);
    }

    @Test
    void blastRadiusCountsTheFailedNodeItself() {
        Topology t = topology().entry("web").node("db").sync("web", "db").build();
        NodeLossOutcome o = analyzer.analyze(t).blastRadiusOf("db").orElseThrow();
        assertEquals(2, o.nodesDown());
        assertEquals(0, o.nodesDegraded());
    }

    @Test
    void teamFiguresCountOwnershipSpofsAndCrossTeamEdges() {
        Topology t = topology().team("shop", "ana", "bo").team("pay", "dee").entry("web").node("api")
                .node("pay-api").node("ledger").node("orphan")
                .owned("web", "shop").owned("api", "shop").owned("pay-api", "pay").owned("ledger", "pay")
                .sync("web", "api").sync("api", "pay-api").async("api", "ledger").sync("pay-api", "ledger")
                .sync("web", "orphan").build();
        AnalysisReport r = analyzer.analyze(t);
        TeamFigures shop = r.teams().get(0);
        assertEquals(new TeamFigures("shop", 2, 2, 2, 0, 3, 2, 1), shop);
        TeamFigures pay = r.teams().get(1);
        assertEquals(new TeamFigures("pay", 1, 2, 2, 2, 0, 0, 0), pay);
        assertEquals(List.of("shop", "pay", "(unowned)"), r.coupling().teams());
        assertEquals(2, r.coupling().count("shop", "pay"));
        assertEquals(1, r.coupling().count("shop", "(unowned)"));
        assertEquals(1, r.coupling().count("pay", "pay"));
    }

    @Test
    void findingsAreSortedBySeverityThenRule() {
        Topology t = topology().entry("web").node("db", Kind.DATABASE, 1, 1, List.of(), null, false)
                .sync("web", "db").build();
        List<Finding> f = analyzer.analyze(t).findings();
        for (int i = 1; i < f.size(); i++) {
            assertTrue(f.get(i - 1).severity().compareTo(f.get(i).severity()) <= 0);
        }
        assertEquals("spof", f.get(0).rule());
    }
}
