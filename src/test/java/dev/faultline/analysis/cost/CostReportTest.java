package dev.faultline.analysis.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.io.LoadResult;
import dev.faultline.io.TopologyLoader;
import dev.faultline.model.Topology;

/** Cost per team (risk-model.md §5): totals, redundancy premium, the unowned line and unpriced nodes. */
class CostReportTest {
    private static Topology load(String yaml) {
        LoadResult r = new TopologyLoader().parse(yaml, null);
        assertTrue(r.ok(), r.problems().toString());
        return r.topology().orElseThrow();
    }

    private static final String SHOP = """
            faultline: 1
            name: shop
            teams:
              - {id: web, members: [a]}
              - {id: pay, members: [b]}
              - {id: idle, members: [c]}
            nodes:
              - {id: front, team: web, replicas: 3, minHealthy: 1, monthlyCost: 100}
              - {id: api, team: pay, replicas: 3, minHealthy: 2, monthlyCost: 500}
              - {id: db, team: pay, replicas: 1, tags: {monthly-cost: 300}}
              - {id: mailer, team: pay, tags: {monthly-cost: "cheap"}}
              - {id: cron, replicas: 2, monthlyCost: 12.5}
              - {id: stripe, kind: external}
            """;

    @Test
    void teamLinesSumMonthlyCostTimesReplicasAndThePremiumBeyondMinHealthy() {
        CostReport c = CostReport.of(load(SHOP));
        assertEquals(List.of("web", "pay", "idle"), c.teams().subList(0, 3).stream().map(CostLine::team).toList());
        CostLine web = c.line("web").orElseThrow();
        assertEquals(300.0, web.monthly());
        assertEquals(200.0, web.redundancyPremium());
        CostLine pay = c.line("pay").orElseThrow();
        assertEquals(1500.0 + 300.0, pay.monthly());
        assertEquals(500.0, pay.redundancyPremium());
        assertEquals(List.of("mailer"), pay.unpriced());
        assertEquals(3, pay.nodes());
    }

    @Test
    void unownedNodesFormTheLastLineWithANullTeam() {
        CostReport c = CostReport.of(load(SHOP));
        CostLine last = c.teams().get(c.teams().size() - 1);
        assertNull(last.team());
        assertEquals(25.0, last.monthly());
        assertEquals(12.5, last.redundancyPremium());
        assertEquals(List.of("stripe"), last.unpriced());
        assertEquals(4, c.teams().size());
    }

    @Test
    void aLineWithoutAnyPricedNodeHasNullFiguresNotZero() {
        CostLine idle = CostReport.of(load(SHOP)).line("idle").orElseThrow();
        assertNull(idle.monthly());
        assertNull(idle.redundancyPremium());
        assertEquals(0, idle.nodes());
    }

    @Test
    void totalCoversEveryPricedNodeAndUnpricedNodesAreNamedSorted() {
        CostReport c = CostReport.of(load(SHOP));
        assertEquals(300.0 + 1800.0 + 25.0, c.total());
        assertEquals(200.0 + 500.0 + 12.5, c.redundancyPremium());
        assertEquals(List.of("mailer", "stripe"), c.unpriced());
    }

    @Test
    void nothingPricedGivesANullTotalAndNoUnownedLineWhenEveryNodeIsOwned() {
        CostReport c = CostReport.of(load("""
                faultline: 1
                name: free
                teams: [{id: t, members: [a]}]
                nodes:
                  - {id: a, team: t}
                  - {id: b, team: t, tags: {monthly-cost: "n/a"}}
                """));
        assertNull(c.total());
        assertTrue(!c.priced());
        assertEquals(1, c.teams().size());
        assertEquals(List.of("a", "b"), c.unpriced());
    }

    @Test
    void zeroIsAPriceNotAGap() {
        CostReport c = CostReport.of(load("""
                faultline: 1
                name: free tier
                nodes:
                  - {id: a, replicas: 2, monthlyCost: 0}
                """));
        assertEquals(0.0, c.total());
        assertEquals(List.of(), c.unpriced());
    }
}
