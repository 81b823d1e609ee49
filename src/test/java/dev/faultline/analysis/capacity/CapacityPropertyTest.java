package dev.faultline.analysis.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import dev.faultline.analysis.latency.RandomRiskTopologies;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.Scenario;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.State;

/** Load, utilisation and the headroom rehearsal agree with {@link ReferenceCapacity} on random topologies. */
class CapacityPropertyTest {

    @Property(tries = 400)
    void everythingUpAgreesWithTheReference(@ForAll long seed, @ForAll @IntRange(min = 1, max = 10) int size) {
        Topology t = RandomRiskTopologies.generate(new Random(seed), size);
        CapacityReport report = CapacityAnalysis.compute(new FailureEngine(t));
        if (!ReferenceCapacity.hasDemand(t)) {
            assertTrue(report.nodes().isEmpty() && report.overloads().isEmpty());
            return;
        }
        ReferenceCapacity ref = new ReferenceCapacity(t, Set.of());
        assertEquals(t.nodes().size(), report.nodes().size());
        for (Node n : t.nodes()) {
            NodeLoad l = report.node(n.id()).orElseThrow();
            assertEquals(ref.load(n.id()), l.loadRps(), n.id());
            assertEquals(ref.utilization(n.id(), n.replicas()), l.utilization(), n.id());
        }
        assertEquals(referenceOverloads(t), report.overloads());
    }

    @Property(tries = 300)
    void aScenarioAgreesWithTheReference(@ForAll long seed, @ForAll @IntRange(min = 1, max = 10) int size) {
        Random rnd = new Random(seed);
        Topology t = RandomRiskTopologies.generate(rnd, size);
        List<FailureEvent> events = new ArrayList<>();
        for (int k = 0; k < 1 + rnd.nextInt(2); k++) {
            String id = t.nodes().get(rnd.nextInt(size)).id();
            events.add(switch (rnd.nextInt(3)) {
                case 0 -> FailureEvent.node(id);
                case 1 -> FailureEvent.instance(id);
                default -> FailureEvent.zone(t.zones().get(rnd.nextInt(t.zones().size())).id());
            });
        }
        SimulationResult r = new FailureEngine(t).simulate(new Scenario(events));
        ScenarioLoad load = CapacityAnalysis.under(t, r);
        if (!ReferenceCapacity.hasDemand(t)) {
            assertTrue(load.nodes().isEmpty());
            return;
        }
        ReferenceCapacity ref = new ReferenceCapacity(t, new HashSet<>(r.nodesIn(State.DOWN)));
        List<String> overloaded = new ArrayList<>();
        for (Node n : t.nodes()) {
            int healthy = n.replicas() - r.lostInstances().getOrDefault(n.id(), 0);
            NodeLoad l = load.node(n.id()).orElseThrow();
            assertEquals(ref.load(n.id()), l.loadRps(), n.id());
            Double u = ref.utilization(n.id(), healthy);
            assertEquals(u, l.utilization(), n.id());
            if (u != null && u > 1) overloaded.add(n.id());
        }
        overloaded.sort(Comparator.naturalOrder());
        assertEquals(overloaded, load.overloaded());
    }

    /**
     * Every instance and zone event of the definition, each simulated on its own (the failure engine is itself
     * checked against a reference engine), with the instances lost counted from the placement formula.
     */
    private static List<Overload> referenceOverloads(Topology t) {
        ReferenceCapacity up = new ReferenceCapacity(t, Set.of());
        List<FailureEvent> events = new ArrayList<>();
        t.nodes().stream().filter(n -> n.capacityRps() != null && n.replicas() >= 2).map(Node::id).sorted()
                .forEach(id -> events.add(FailureEvent.instance(id)));
        t.zones().stream().map(Zone::id).sorted().forEach(z -> events.add(FailureEvent.zone(z)));
        List<Overload> out = new ArrayList<>();
        for (FailureEvent e : events) {
            Scenario s = Scenario.of(e);
            Map<String, State> states = new FailureEngine(t).simulate(s).nodes();
            Set<String> down = new HashSet<>();
            states.forEach((id, st) -> { if (st == State.DOWN) down.add(id); });
            ReferenceCapacity after = new ReferenceCapacity(t, down);
            for (Node n : t.nodes().stream().sorted(Comparator.comparing(Node::id)).toList()) {
                int lost = e.type() == FailureEvent.Type.INSTANCE ? (e.target().equals(n.id()) ? 1 : 0)
                        : n.instancesIn(e.target());
                Double before = up.utilization(n.id(), n.replicas());
                Double now = after.utilization(n.id(), n.replicas() - lost);
                if (before != null && before <= 1 && now != null && now > 1) out.add(new Overload(e.toString(), n.id(), now));
            }
        }
        return out;
    }
}
