package dev.faultline.analysis.doublefault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import dev.faultline.analysis.availability.RandomTopologies;
import dev.faultline.model.Topology;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.Scenario;
import dev.faultline.simulation.State;

/** The structural search finds exactly the pairs that the naive all-pairs loop over the failure engine finds. */
class DoubleFaultPropertyTest {

    @Property(tries = 3000)
    void structuralSearchEqualsAllPairs(@ForAll long seed, @ForAll @IntRange(min = 1, max = 9) int size) {
        Topology t = RandomTopologies.tiny(new Random(seed), size, 30);
        List<DoubleFault> expected = naive(t);
        Statistics.collect(expected.isEmpty() ? "no pairs" : "pairs");
        assertEquals(expected, DoubleFaultFinder.find(t).pairs());
        Statistics.coverage(c -> c.check("pairs").percentage(p -> p > 8));
    }

    /** The definition, read literally: every pair of candidate events through the failure engine. */
    static List<DoubleFault> naive(Topology t) {
        List<FailureEvent> events = new ArrayList<>();
        t.nodes().forEach(n -> events.add(FailureEvent.node(n.id())));
        t.zones().forEach(z -> events.add(FailureEvent.zone(z.id())));
        FailureEngine engine = new FailureEngine(t);
        List<Set<String>> alone = new ArrayList<>();
        for (FailureEvent e : events) alone.add(new HashSet<>(engine.simulate(Scenario.of(e)).flowsIn(State.DOWN)));
        List<DoubleFault> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < events.size(); j++) {
                List<String> flows = new ArrayList<>();
                for (String f : engine.simulate(new Scenario(List.of(events.get(i), events.get(j)))).flowsIn(State.DOWN)) {
                    if (!alone.get(i).contains(f) && !alone.get(j).contains(f)) flows.add(f);
                }
                if (flows.isEmpty()) continue;
                flows.sort(null);
                out.add(new DoubleFault(List.of(events.get(i), events.get(j)), flows));
            }
        }
        out.sort(DoubleFault.ORDER);
        return out;
    }
}
