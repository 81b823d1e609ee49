package dev.faultline.analysis.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/** Hand-computed examples of risk-model.md §1. */
class AvailabilityAnalysisTest {

    private static Node node(String id, double availability) {
        return Node.builder(id).availability(availability).build();
    }

    private static Topology topology(List<Zone> zones, List<Node> nodes, List<Dependency> deps, Flow... flows) {
        return new Topology("t", null, List.of(), zones, nodes, deps, List.of(flows));
    }

    @Test
    void seriesMultipliesAndFallbackMultipliesTheOutages() {
        Topology t = topology(List.of(), List.of(node("web", 0.99), node("a", 0.9), node("b", 0.8)),
                List.of(Dependency.builder("web", "a").fallback("b").build()),
                Flow.of("f", "web").withObjectives(0.99, null, null));
        FlowAvailability a = AvailabilityAnalysis.of(t).get(0);
        double expected = 0.99 * (1 - 0.1 * 0.2);
        assertEquals(expected, a.availability(), 1e-12);
        assertEquals((1 - expected) * 525600, a.downtimeMinutesPerYear(), 1e-6);
        assertEquals(Verdict.INFEASIBLE, a.verdict());
        assertEquals(Method.EXACT, a.method());
        assertNull(a.ci95());
        // IP(a) = IP(b) = 0.99 - A = 0.0198 (either perfect makes the gate perfect); IP(web) = 0.98 - A = 0.0098.
        assertEquals(List.of("a", "b", "web"), a.contributors().stream().map(Contributor::node).toList());
        assertEquals(0.99 * 0.02 / (1 - expected), a.contributors().get(0).share(), 1e-12);
        assertEquals(0.01 * 0.98 / (1 - expected), a.contributors().get(2).share(), 1e-12);
    }

    @Test
    void quorumCountsOnlyInstancesInZonesThatAreUp() {
        Zone za = new Zone("za", "r").withAvailability(0.9);
        Zone zb = new Zone("zb", "r").withAvailability(0.8);
        Node db = Node.builder("db").replicas(2).minHealthy(1).zones("za", "zb").availability(0.5).build();
        Topology t = topology(List.of(za, zb), List.of(db), List.of(), Flow.of("f", "db"));
        // Instance 0 counts with 0.9*0.5, instance 1 with 0.8*0.5, independently: down = (1-.45)(1-.4).
        assertEquals(1 - 0.55 * 0.6, AvailabilityAnalysis.of(t).get(0).availability(), 1e-12);
        assertEquals(Verdict.NO_SLO, AvailabilityAnalysis.of(t).get(0).verdict());
    }

    @Test
    void aCycleGoesDownOnlyWhenSomethingInItFails() {
        Topology t = topology(List.of(), List.of(node("a", 0.9), node("b", 0.8)),
                List.of(Dependency.sync("a", "b"), Dependency.sync("b", "a")), Flow.of("f", "a"));
        assertEquals(0.9 * 0.8, AvailabilityAnalysis.of(t).get(0).availability(), 1e-12);
    }

    @Test
    void softAndAsyncDependenciesNeverTakeTheFlowDown() {
        Topology t = topology(List.of(), List.of(node("web", 0.99), node("recs", 0.5), node("mail", 0.5)),
                List.of(Dependency.builder("web", "recs").required(false).build(), Dependency.async("web", "mail")),
                Flow.of("f", "web").withObjectives(0.99, null, null));
        FlowAvailability a = AvailabilityAnalysis.of(t).get(0);
        assertEquals(0.99, a.availability(), 1e-12);
        assertEquals(Verdict.MEETS, a.verdict());
        assertEquals(List.of("web"), a.contributors().stream().map(Contributor::node).toList());
        assertEquals(1.0, a.contributors().get(0).share(), 1e-12);
    }

    @Test
    void equalContributorsAreOrderedById() {
        Topology t = topology(List.of(), List.of(node("web", 1.0), node("z", 0.9), node("m", 0.9), node("a", 0.9)),
                List.of(Dependency.sync("web", "z"), Dependency.sync("web", "m"), Dependency.sync("web", "a")),
                Flow.of("f", "web"));
        assertEquals(List.of("a", "m", "z"),
                AvailabilityAnalysis.of(t).get(0).contributors().stream().map(Contributor::node).toList());
    }

    @Test
    void aFlowUnderThirtyZonesIsStillExact() {
        List<Zone> zones = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        for (int z = 0; z < 30; z++) {
            zones.add(new Zone("z" + z, "r"));
            ids.add("z" + z);
        }
        // Every instance is needed, one per zone: the flow is up only when all 30 zones and instances are.
        Node all = Node.builder("all").replicas(30).minHealthy(30).zones(ids).availability(0.9999).build();
        FlowAvailability a = AvailabilityAnalysis.of(topology(zones, List.of(all), List.of(), Flow.of("f", "all"))).get(0);
        assertEquals(Method.EXACT, a.method());
        assertEquals(Math.pow(0.9999 * 0.9999, 30), a.availability(), 1e-9);
    }
}
