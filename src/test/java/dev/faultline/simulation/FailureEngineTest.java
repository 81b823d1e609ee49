package dev.faultline.simulation;

import static dev.faultline.simulation.State.DEGRADED;
import static dev.faultline.simulation.State.DOWN;
import static dev.faultline.simulation.State.UP;
import static dev.faultline.simulation.TopologyFixtures.topology;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.Topology;

/** One test per rule of the contract's failure semantics. */
class FailureEngineTest {

    private static SimulationResult run(Topology t, String... events) {
        return new FailureEngine(t).simulate(Scenario.parse(List.of(events)));
    }

    @Nested
    class Instances {
        @Test
        void losingTheOnlyInstanceTakesTheNodeDown() {
            Topology t = topology().entry("web").build();
            assertEquals(DOWN, run(t, "instance:web").node("web"));
        }

        @Test
        void losingAnInstanceAboveTheQuorumDegrades() {
            Topology t = topology().node("api", 3, 2).build();
            SimulationResult r = run(t, "instance:api");
            assertEquals(DEGRADED, r.node("api"));
            assertEquals(1, r.lostInstances().get("api"));
        }

        @Test
        void losingBelowTheQuorumTakesItDown() {
            Topology t = topology().node("etcd", 3, 2).build();
            assertEquals(DOWN, run(t, "instance:etcd", "instance:etcd").node("etcd"));
        }

        @Test
        void moreInstanceEventsThanReplicasAreCapped() {
            Topology t = topology().node("api", 2, 1).build();
            SimulationResult r = run(t, "instance:api", "instance:api", "instance:api");
            assertEquals(DOWN, r.node("api"));
            assertEquals(2, r.lostInstances().get("api"));
        }

        @Test
        void nodeEventTakesEveryReplicaDown() {
            Topology t = topology().node("api", 5, 1).build();
            assertEquals(DOWN, run(t, "node:api").node("api"));
            assertEquals(DOWN, run(t, "api").node("api"));
        }
    }

    @Nested
    class Dependencies {
        @Test
        void requiredSyncDependencyDownTakesCallerDown() {
            Topology t = topology().entry("web").node("db").sync("web", "db").build();
            SimulationResult r = run(t, "db");
            assertEquals(DOWN, r.node("web"));
            assertEquals(DOWN, r.flow("web"));
        }

        @Test
        void downPropagatesTransitively() {
            Topology t = topology().entry("a").node("b").node("c").sync("a", "b").sync("b", "c").build();
            assertEquals(DOWN, run(t, "c").node("a"));
        }

        @Test
        void asyncDependencyDownOnlyDegrades() {
            Topology t = topology().entry("web").node("queue").async("web", "queue").build();
            assertEquals(DEGRADED, run(t, "queue").node("web"));
        }

        @Test
        void softDependencyDownOnlyDegrades() {
            Topology t = topology().entry("web").node("recs").soft("web", "recs").build();
            assertEquals(DEGRADED, run(t, "recs").node("web"));
        }

        @Test
        void asyncButNotRequiredDownDegrades() {
            Topology t = topology().entry("web").node("q").dep("web", "q", Mode.ASYNC, false).build();
            assertEquals(DEGRADED, run(t, "q").node("web"));
        }

        @Test
        void degradedServingNodeWeakensTheDependency() {
            Topology t = topology().entry("web").node("api", 3, 1).sync("web", "api").build();
            SimulationResult r = run(t, "instance:api");
            assertEquals(DEGRADED, r.node("api"));
            assertEquals(DEGRADED, r.node("web"));
            assertEquals(DEGRADED, r.flow("web"));
        }

        @Test
        void degradedSpreadsThroughAsyncEdgesToo() {
            Topology t = topology().entry("web").node("q", 3, 1).async("web", "q").build();
            assertEquals(DEGRADED, run(t, "instance:q").node("web"));
        }

        @Test
        void unaffectedNodesStayUp() {
            Topology t = topology().entry("web").node("db").node("other").sync("web", "db").build();
            assertEquals(UP, run(t, "db").node("other"));
        }

        @Test
        void emptyScenarioLeavesEverythingUp() {
            Topology t = topology().entry("web").node("db").sync("web", "db").build();
            SimulationResult r = run(t);
            assertTrue(r.nodes().values().stream().allMatch(s -> s == UP));
        }
    }

    @Nested
    class Fallbacks {
        private final Topology t = topology().entry("web").node("stripe").node("adyen").node("braintree")
                .sync("web", "stripe", "adyen", "braintree").build();

        @Test
        void fallbackServingInsteadDegradesTheCaller() {
            assertEquals(DEGRADED, run(t, "stripe").node("web"));
        }

        @Test
        void satisfiedWhileAnyProviderIsUp() {
            assertEquals(DEGRADED, run(t, "stripe", "adyen").node("web"));
        }

        @Test
        void unsatisfiedWhenAllProvidersAreDown() {
            assertEquals(DOWN, run(t, "stripe", "adyen", "braintree").node("web"));
        }

        @Test
        void losingOnlyAFallbackChangesNothing() {
            assertEquals(UP, run(t, "adyen").node("web"));
        }

        @Test
        void degradedFallbackServingWeakens() {
            Topology t2 = topology().entry("web").node("a").node("b", 2, 1).sync("web", "a", "b").build();
            assertEquals(DEGRADED, run(t2, "a", "instance:b").node("web"));
        }

        @Test
        void degradedFallbackNotServingDoesNotWeaken() {
            Topology t2 = topology().entry("web").node("a").node("b", 2, 1).sync("web", "a", "b").build();
            assertEquals(UP, run(t2, "instance:b").node("web"));
        }
    }

    @Nested
    class Cycles {
        @Test
        void aCycleNeverTakesItselfDown() {
            Topology t = topology().entry("a").node("b").sync("a", "b").sync("b", "a").build();
            SimulationResult r = run(t);
            assertEquals(UP, r.node("a"));
            assertEquals(UP, r.node("b"));
        }

        @Test
        void aCycleGoesDownWhenSomethingUnderItFails() {
            Topology t = topology().entry("a").node("b").node("db").sync("a", "b").sync("b", "a").sync("b", "db")
                    .build();
            SimulationResult r = run(t, "db");
            assertEquals(DOWN, r.node("a"));
            assertEquals(DOWN, r.node("b"));
        }

        @Test
        void aCycleGoesDownWhenAMemberFails() {
            Topology t = topology().entry("a").node("b").node("c").sync("a", "b").sync("b", "c").sync("c", "a")
                    .build();
            SimulationResult r = run(t, "c");
            assertEquals(DOWN, r.node("a"));
            assertEquals(DOWN, r.node("b"));
        }

        @Test
        void fallbackIntoACycleIsResolvedAsLeastFixpoint() {
            // a needs b or c; b needs a. Failing c alone must not make a and b hold each other down.
            Topology t = topology().entry("a").node("b").node("c").sync("a", "b", "c").sync("b", "a").build();
            SimulationResult r = run(t, "c");
            assertEquals(UP, r.node("a"));
            assertEquals(UP, r.node("b"));
        }
    }

    @Nested
    class Zones {
        private final Topology t = topology().zone("za", "r1").zone("zb", "r1").zone("zc", "r2")
                .entry("web").node("api", 3, 2, "za", "zb").node("db", 1, 1, "zc").node("noplace", 1, 1)
                .sync("web", "api").sync("web", "db").sync("web", "noplace").build();

        @Test
        void instancesArePlacedRoundRobin() {
            // api: instance 0 in za, 1 in zb, 2 in za: losing za loses 2 of 3, below minHealthy 2.
            assertEquals(DOWN, run(t, "zone:za").node("api"));
            assertEquals(DEGRADED, run(t, "zone:zb").node("api"));
        }

        @Test
        void regionFailsAllItsZones() {
            SimulationResult r = run(t, "region:r1");
            assertEquals(DOWN, r.node("api"));
            assertEquals(UP, r.node("db"));
            assertEquals(DOWN, run(t, "region:r2").node("db"));
        }

        @Test
        void nodeWithoutZonesIsUntouchedByZoneEvents() {
            assertEquals(UP, run(t, "zone:za", "zone:zb", "zone:zc").node("noplace"));
        }

        @Test
        void zoneAndInstanceEventsAdd() {
            // zb holds one instance; one more instance event leaves 1 < 2.
            assertEquals(DOWN, run(t, "zone:zb", "instance:api").node("api"));
        }
    }

    @Nested
    class Teams {
        @Test
        void teamEventTakesEveryOwnedNodeDown() {
            Topology t = topology().team("pay", "dee").team("web-team", "ana").entry("web").node("pay-api", 3, 1)
                    .node("ledger", 2, 1).owned("pay-api", "pay").owned("ledger", "pay").owned("web", "web-team")
                    .sync("web", "pay-api").build();
            SimulationResult r = run(t, "team:pay");
            assertEquals(DOWN, r.node("pay-api"));
            assertEquals(DOWN, r.node("ledger"));
            assertEquals(DOWN, r.node("web"));
            assertTrue(r.failedDirectly().contains("ledger"));
        }
    }

    @Nested
    class Flows {
        @Test
        void flowIsDownWhenAViaNodeIsDown() {
            Topology t = topology().node("web").node("pay").node("search").flow("checkout", "web", "pay")
                    .flow("browse", "web", "search").build();
            SimulationResult r = run(t, "pay");
            assertEquals(DOWN, r.flow("checkout"));
            assertEquals(UP, r.flow("browse"));
            assertEquals(UP, r.node("web"));
        }

        @Test
        void flowIsDegradedWhenAMemberIsDegraded() {
            Topology t = topology().node("web").node("pay", 2, 1).flow("checkout", "web", "pay").build();
            assertEquals(DEGRADED, run(t, "instance:pay").flow("checkout"));
        }

        @Test
        void entrypointsAreFlowsWhenNoFlowsAreDeclared() {
            Topology t = topology().entry("web").entry("admin").node("db").sync("web", "db").build();
            assertEquals(List.of("web", "admin"), t.flows().stream().map(f -> f.id()).toList());
        }

        @Test
        void withoutFlowsOrEntrypointsRootNodesAreEntrypoints() {
            Topology t = topology().node("web").node("api").node("db").node("fb").node("batch")
                    .sync("web", "api", "fb").sync("api", "db").sync("batch", "db").build();
            assertEquals(List.of("web", "batch"), t.flows().stream().map(f -> f.id()).toList());
            SimulationResult r = run(t, "db");
            assertEquals(DEGRADED, r.flow("web"), "api is down but fallback fb serves web");
            assertEquals(DOWN, r.flow("batch"));
        }
    }

    @Test
    void unknownTargetsAreRejectedWithASuggestion() {
        Topology t = topology().team("payments", "dee").node("orders-db", Kind.DATABASE, 1, 1, List.of(), null, true)
                .build();
        UnknownTargetException e = assertThrows(UnknownTargetException.class, () -> run(t, "ordres-db"));
        assertTrue(e.getMessage().contains("did you mean 'orders-db'"), e.getMessage());
        assertThrows(UnknownTargetException.class, () -> run(t, "team:paymnts"));
        assertThrows(UnknownTargetException.class, () -> run(t, "zone:nowhere"));
        assertThrows(UnknownTargetException.class, () -> run(t, "region:nowhere"));
    }

    @Test
    void nodeIdsWithColonsParseAsNodes() {
        assertEquals(FailureEvent.node("k8s:default/cart"), FailureEvent.parse("k8s:default/cart"));
        assertEquals(FailureEvent.node("k8s:default/cart"), FailureEvent.parse("node:k8s:default/cart"));
        assertEquals(FailureEvent.zone("eu-1a"), FailureEvent.parse("zone:eu-1a"));
    }

    @Test
    void reasonsNameSoftAndAsyncDependencies() {
        Topology t = topology().entry("web").node("recs").node("q").soft("web", "recs").async("web", "q").build();
        assertEquals("soft dependency recs is DOWN", run(t, "recs").reason("web"));
        assertEquals("async dependency q is DOWN", run(t, "q").reason("web"));
    }

    @Test
    void reasonsExplainWhyANodeIsDown() {
        Topology t = topology().entry("web").node("db").sync("web", "db").build();
        SimulationResult r = run(t, "db");
        assertEquals("failed by the scenario", r.reason("db"));
        assertTrue(r.reason("web").contains("needs db"), r.reason("web"));
    }
}
