package dev.faultline.io;

import static dev.faultline.io.LoaderAssertions.assertError;
import static dev.faultline.io.LoaderAssertions.assertLoads;
import static dev.faultline.io.LoaderAssertions.assertWarning;
import static dev.faultline.io.LoaderAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.faultline.model.CallOrder;
import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.io.v1.TopologyWriter;

/** The optional keys of the risk model (docs/topology-format.md, "Risk model keys"): read, defaulted, checked. */
class RiskModelKeysTest {
    private static final String FILE = """
            faultline: 1
            name: shop
            zones:
              - {id: za, jurisdiction: EU, availability: 0.999}
            nodes:
              - id: web
                entrypoint: true
                slo: 0.999
                latencyBudgetMs: 250
                rps: 120.5
                latencyMs: 12.5
                p99Ms: 80
                callOrder: sequential
                capacityRps: 300
                monthlyCost: 420
                data: [pii, pci]
                residency: [EU]
                zones: [za]
              - id: psp
                kind: external
                jurisdiction: US
                tags: {monthly-cost: 99}
            dependencies:
              - {from: web, to: psp, calls: 2.5, retries: 3, timeoutMs: 800.5}
            """;

    @Test
    void everyKeyReachesTheModel() {
        LoadResult r = parse(FILE);
        assertLoads(r);
        Topology t = r.topology().orElseThrow();
        Node web = t.requireNode("web");
        assertEquals(12.5, web.latencyMs());
        assertEquals(80.0, web.effectiveP99Ms());
        assertEquals(CallOrder.SEQUENTIAL, web.callOrder());
        assertEquals(300.0, web.capacityRps());
        assertEquals(Optional.of(420.0), web.effectiveMonthlyCost());
        assertEquals(List.of("pii", "pci"), web.data());
        assertEquals(List.of("EU"), web.residency());
        assertEquals("EU", t.zone("za").orElseThrow().jurisdiction());
        assertEquals(0.999, t.zone("za").orElseThrow().effectiveAvailability());
        Node psp = t.requireNode("psp");
        assertEquals("US", psp.jurisdiction());
        assertEquals(Optional.of(99.0), psp.effectiveMonthlyCost(), "a numeric monthly-cost tag is the default");
        Dependency d = t.dependencies().get(0);
        assertEquals(2.5, d.effectiveCalls());
        assertEquals(3, d.effectiveRetries());
        assertEquals(800.5, d.timeoutMs());
    }

    @Test
    void anImplicitFlowTakesItsEntrysObjectives() {
        Flow web = parse(FILE).topology().orElseThrow().flows().get(0);
        assertTrue(web.implicit());
        assertEquals(0.999, web.slo());
        assertEquals(250.0, web.latencyBudgetMs());
        assertEquals(120.5, web.rps());
    }

    @Test
    void defaultsWhenNothingIsGiven() {
        Topology t = parse("faultline: 1\nname: s\nnodes:\n  - id: a\n  - {id: b, kind: external}\n"
                + "dependencies:\n  - {from: a, to: b}\n").topology().orElseThrow();
        Node a = t.requireNode("a");
        assertEquals(0.0, a.effectiveLatencyMs());
        assertEquals(0.0, a.effectiveP99Ms());
        assertEquals(CallOrder.PARALLEL, a.callOrder());
        assertEquals(0.9995, a.effectiveAvailability());
        assertEquals(0.999, t.requireNode("b").effectiveAvailability());
        assertNull(a.capacityRps());
        assertEquals(Optional.empty(), a.effectiveMonthlyCost());
        assertEquals(1.0, t.dependencies().get(0).effectiveCalls());
        assertEquals(0, t.dependencies().get(0).effectiveRetries());
        assertNull(t.dependencies().get(0).timeoutMs());
    }

    @Test
    void outOfRangeValuesArePointedAt() {
        LoadResult r = parse("""
                faultline: 1
                name: s
                nodes:
                  - {id: a, callOrder: random, capacityRps: 0, p99Ms: -3, monthlyCost: -1, rps: -2}
                  - {id: b, jurisdiction: EU}
                dependencies:
                  - {from: a, to: b, calls: 0}
                flows:
                  - {id: f, entry: a, rps: -1}
                """);
        assertError(r, 4, 24, "callOrder must be parallel or sequential, got 'random'");
        assertError(r, 4, 45, "capacityRps must be more than 0, got 0");
        assertError(r, 4, 55, "p99Ms must be 0 or more, got -3");
        assertError(r, 4, 72, "monthlyCost must be 0 or more, got -1");
        assertError(r, 7, 29, "calls must be more than 0, got 0");
        assertError(r, 9, 28, "rps must be 0 or more, got -1");
        assertWarning(r, 5, 27, "jurisdiction is read on external nodes only");
    }

    @Test
    void theWriterKeepsEveryKey() {
        Topology t = parse(FILE).topology().orElseThrow();
        Topology back = parse(new TopologyWriter().write(t)).topology().orElseThrow();
        assertEquals(t.requireNode("web").toBuilder().position(null).build(),
                back.requireNode("web").toBuilder().position(null).build());
        assertEquals(t.dependencies().get(0).toBuilder().position(null).build(),
                back.dependencies().get(0).toBuilder().position(null).build());
        assertEquals("EU", back.zone("za").orElseThrow().jurisdiction());
    }
}
