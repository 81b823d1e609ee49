package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/** The latency and capacity rules (risk-model.md sections 3 and 4): each fires where it should, and only there. */
class LatencyCapacityRulesTest {
    private final Analyzer analyzer = new Analyzer();

    private List<Finding> findings(Topology t, String rule) {
        return analyzer.analyze(t).findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static Node node(String id, double ms) {
        return Node.builder(id).replicas(2).latencyMs(ms).build();
    }

    private static Topology topology(List<Node> nodes, List<Dependency> deps, Flow... flows) {
        return new Topology("t", null, List.of(), List.of(new Zone("za", "r"), new Zone("zb", "r")), nodes, deps,
                List.of(flows));
    }

    /** The example: a soft sync call is waited for all the same. */
    private static Topology checkout(Mode mode, double budget) {
        return topology(List.of(node("gw", 10), node("checkout", 300), node("psp", 400)),
                List.of(Dependency.builder("gw", "checkout").mode(mode).required(false).build(),
                        Dependency.sync("checkout", "psp")),
                Flow.of("buy", "gw").withObjectives(null, budget, null));
    }

    @Test
    void latencyBudgetCountsSoftSyncCallsAndNamesTheSlowestChain() {
        List<Finding> f = findings(checkout(Mode.SYNC, 200), "latency-budget");
        assertEquals(1, f.size());
        assertEquals(List.of("gw", "checkout", "psp"), f.get(0).nodes());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("710 ms") && f.get(0).message().contains("budget of 200 ms")
                && f.get(0).message().contains("gw 10 ms → checkout 300 ms → psp 400 ms"), f.get(0).message());
        assertEquals(List.of(), findings(checkout(Mode.SYNC, 800), "latency-budget"), "within budget");
        assertEquals(List.of(), findings(checkout(Mode.ASYNC, 200), "latency-budget"), "async costs nothing");
        assertEquals(List.of(), findings(checkout(Mode.SYNC, 200), "deep-sync-chain"), "two hops only");
    }

    private static Topology hanging(Double timeout, double budget) {
        return topology(List.of(node("gw", 10), node("api", 50)),
                List.of(Dependency.builder("gw", "api").timeoutMs(timeout).retries(2).build()),
                Flow.of("f", "gw").withObjectives(null, budget, null));
    }

    @Test
    void hangExceedsBudgetCountsEveryAttemptAndFlagsUnboundedWaits() {
        List<Finding> f = findings(hanging(100.0, 250), "hang-exceeds-budget");
        assertEquals(1, f.size());
        assertEquals(List.of("gw", "api"), f.get(0).nodes());
        assertTrue(f.get(0).message().contains("310 ms when api hangs"), f.get(0).message());
        assertEquals(List.of(), findings(hanging(100.0, 400), "hang-exceeds-budget"));
        List<Finding> forever = findings(hanging(null, 10_000), "hang-exceeds-budget");
        assertEquals(1, forever.size());
        assertTrue(forever.get(0).message().contains("waits for ever when api hangs"), forever.get(0).message());
    }

    @Test
    void aFlowThatCallsNothingIsJudgedByItsExpectedLatency() {
        Topology t = topology(List.of(node("gw", 300)), List.of(), Flow.of("f", "gw").withObjectives(null, 200, null));
        List<Finding> f = findings(t, "hang-exceeds-budget");
        assertEquals(1, f.size(), "worstCaseMs = expectedMs = 300 > 200");
        assertEquals(List.of("gw"), f.get(0).nodes());
    }

    private static Topology inverted(double timeout) {
        return topology(List.of(node("a", 10), node("b", 30), node("c", 50)),
                List.of(Dependency.builder("a", "b").timeoutMs(timeout).build(), Dependency.sync("b", "c")));
    }

    @Test
    void timeoutInversionComparesWithTheCalleesWholeLatency() {
        List<Finding> f = findings(inverted(60), "timeout-inversion");
        assertEquals(1, f.size());
        assertEquals(List.of("a", "b"), f.get(0).nodes());
        assertTrue(f.get(0).message().contains("60 ms") && f.get(0).message().contains("b needs 80 ms"),
                f.get(0).message());
        assertEquals(List.of(), findings(inverted(80), "timeout-inversion"), "equal is not below");
    }

    private static Topology loaded(double capacity, int replicas) {
        return topology(List.of(Node.builder("gw").replicas(2).build(),
                        Node.builder("api").replicas(replicas).zones("za", "zb").capacityRps(capacity).build()),
                List.of(Dependency.builder("gw", "api").calls(3).build()),
                Flow.of("f", "gw").withObjectives(null, null, 50));
    }

    @Test
    void overCapacityWhenTheLoadExceedsEveryInstanceTogether() {
        List<Finding> f = findings(loaded(70, 2), "over-capacity");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("150 rps") && f.get(0).message().contains("1.07"), f.get(0).message());
        assertEquals(List.of(), findings(loaded(75, 2), "over-capacity"), "U = 1 is not over");
    }

    @Test
    void noCapacityHeadroomIsAnErrorForAnInstanceAndAWarningForAZone() {
        List<Finding> f = findings(loaded(100, 2), "no-capacity-headroom");
        assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.WARNING),
                f.stream().map(Finding::severity).toList(), "instance:api, zone:za, zone:zb");
        assertTrue(f.get(0).message().contains("instance:api") && f.get(0).message().contains("1.5"),
                f.get(0).message());
        assertTrue(f.get(1).message().contains("zone:za"), f.get(1).message());
        List<Finding> three = findings(loaded(100, 3), "no-capacity-headroom");
        assertEquals(1, three.size(), "one instance lost: 150 over two = 0.75; but za holds two of the three");
        assertTrue(three.get(0).message().contains("zone:za"), three.get(0).message());
        assertEquals(List.of(), findings(loaded(70, 2), "no-capacity-headroom"), "already over: over-capacity says so");
    }

    private static Topology retrying(int first, int second) {
        return topology(List.of(node("gw", 1), node("a", 1), node("b", 1), node("c", 1)),
                List.of(Dependency.builder("gw", "a").retries(first).build(),
                        Dependency.builder("a", "b").retries(second).build(), Dependency.sync("b", "c")),
                Flow.of("f", "gw"));
    }

    @Test
    void retryStormNamesThePathAndTheFactor() {
        List<Finding> f = findings(retrying(2, 3), "retry-storm");
        assertEquals(1, f.size());
        assertEquals(List.of("gw", "a", "b"), f.get(0).nodes());
        assertTrue(f.get(0).message().contains("to 12 attempts"), f.get(0).message());
        assertEquals(1, findings(retrying(1, 4), "retry-storm").size(), "exactly 10 reaches 10");
        assertEquals(List.of(), findings(retrying(1, 2), "retry-storm"), "6 attempts");
    }
}
