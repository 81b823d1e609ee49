package dev.faultline.analysis.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.model.CallOrder;
import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/** Hand-worked examples of risk-model.md section 3. */
class LatencyAnalysisTest {

    private static Node node(String id, double ms) {
        return Node.builder(id).latencyMs(ms).build();
    }

    private static FlowLatency flow(Topology t, String id) {
        return LatencyAnalysis.compute(t).flow(id).orElseThrow();
    }

    private static Topology of(List<Node> nodes, List<Dependency> deps, Flow... flows) {
        return new Topology("t", null, List.of(), List.of(), nodes, deps, List.of(flows));
    }

    @Test
    void parallelTakesTheSlowestCallSequentialAddsThemWithCallsAndTimeouts() {
        List<Dependency> deps = List.of(Dependency.builder("a", "b").calls(2).build(),
                Dependency.builder("a", "c").timeoutMs(40).build(), Dependency.async("a", "d"));
        List<Node> parallel = List.of(node("a", 10), node("b", 30), node("c", 100), node("d", 999));
        assertEquals(70.0, flow(of(parallel, deps, Flow.of("f", "a")), "f").expectedMs(), "10 + max(2 × 30, min(100, 40))");
        List<Node> sequential = List.of(Node.builder("a").latencyMs(10).callOrder(CallOrder.SEQUENTIAL).build(),
                node("b", 30), node("c", 100), node("d", 999));
        assertEquals(110.0, flow(of(sequential, deps, Flow.of("f", "a")), "f").expectedMs(), "10 + 60 + 40");
    }

    @Test
    void p99UsesP99MsAndFallsBackToLatencyMs() {
        Topology t = of(List.of(Node.builder("a").latencyMs(10).p99Ms(50).build(), node("b", 30)),
                List.of(Dependency.sync("a", "b")), Flow.of("f", "a"));
        assertEquals(80.0, flow(t, "f").p99Ms());
    }

    @Test
    void viaNodesTheEntryDoesNotReachAreAdded() {
        Topology t = of(List.of(node("a", 10), node("b", 20), node("c", 40)),
                List.of(Dependency.sync("a", "b")), Flow.of("f", "a", "b", "c"));
        FlowLatency f = flow(t, "f");
        assertEquals(70.0, f.expectedMs(), "L(a) = 30, plus L(c) = 40; b is reached");
        assertEquals(1 - Math.pow(0.99, 2), f.slowCallProbability(), 1e-12, "n = 1 (a->b) + 1 (c)");
    }

    @Test
    void aSyncCycleAndEverythingAboveItHaveNoLatency() {
        Topology t = of(List.of(node("a", 1), node("b", 1), node("c", 1), node("d", 1)),
                List.of(Dependency.sync("a", "b"), Dependency.sync("b", "c"), Dependency.sync("c", "b"),
                        Dependency.async("d", "a")), Flow.of("f", "a"), Flow.of("g", "d"));
        LatencyReport r = LatencyAnalysis.compute(t);
        assertNull(r.flow("f").orElseThrow().expectedMs());
        assertNull(r.flow("f").orElseThrow().worstCaseMs());
        assertNull(r.nodeMs().get("b"));
        assertEquals(1.0, r.flow("g").orElseThrow().expectedMs(), "async into the cycle costs nothing");
    }

    @Test
    void aHangCostsEveryAttemptAndIsBoundedByTimeoutsAbove() {
        // gw -(timeout 500)-> api -(no timeout)-> db: a hanging db stalls api for ever, gw cuts it at 500.
        Topology t = of(List.of(node("gw", 10), node("api", 20), node("db", 5), node("cache", 1)),
                List.of(Dependency.builder("gw", "api").timeoutMs(500).build(), Dependency.sync("api", "db"),
                        Dependency.builder("gw", "cache").timeoutMs(100).retries(3).build()),
                Flow.of("f", "gw"));
        FlowLatency f = flow(t, "f");
        assertEquals(35.0, f.expectedMs());
        assertEquals(510.0, f.worstCaseMs(), "api and db hangs both cost 500; cache costs 4 × 100 = 400");
        assertEquals("api", f.worstCaseNode(), "first by id on ties");
        assertFalse(f.unbounded());
    }

    @Test
    void anUnboundedHangNamesTheFirstSuchNode() {
        Topology t = of(List.of(node("gw", 10), node("z", 1), node("y", 1)),
                List.of(Dependency.sync("gw", "z"), Dependency.sync("gw", "y")), Flow.of("f", "gw"));
        FlowLatency f = flow(t, "f");
        assertTrue(f.unbounded());
        assertNull(f.worstCaseMs());
        assertEquals("y", f.worstCaseNode());
    }

    @Test
    void aFlowThatCallsNothingHasItsExpectedLatencyAsWorstCase() {
        Topology t = of(List.of(node("gw", 10), node("q", 1)), List.of(Dependency.async("gw", "q")), Flow.of("f", "gw"));
        FlowLatency f = flow(t, "f");
        assertEquals(10.0, f.worstCaseMs());
        assertNull(f.worstCaseNode());
        assertFalse(f.unbounded());
        assertEquals(0.0, f.slowCallProbability());
    }

    @Test
    void fallbacksAreNotCalledWhileToIsUp() {
        Topology t = of(List.of(node("gw", 10), node("a", 20), node("b", 500)),
                List.of(Dependency.builder("gw", "a").fallback("b").build()), Flow.of("f", "gw"));
        assertEquals(30.0, flow(t, "f").expectedMs());
        assertEquals("a", flow(t, "f").worstCaseNode(), "b is no hang candidate");
    }
}
