package dev.faultline.analysis.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import dev.faultline.analysis.latency.RandomRiskTopologies;
import dev.faultline.model.Topology;

/** The flat-array retry-storm search finds the same paths and factors as the previous one, in the same order. */
class RetryStormsPropertyTest {

    @Property(tries = 500)
    void stormsAreThoseOfThePreviousSearch(@ForAll long seed, @ForAll @IntRange(min = 1, max = 14) int size) {
        Topology t = RandomRiskTopologies.generate(new Random(seed), size);
        assertEquals(PreviousRetryStorms.find(t), RetryStorms.find(t));
    }

    /** Generated topologies with retries on some calls: entries with and without storms (the bound prunes some). */
    @Property(tries = 12)
    void generatedTopologiesWithRetriesGiveThePreviousStorms(@ForAll long seed) {
        Random rnd = new Random(seed);
        Topology g = dev.faultline.generator.TopologyGenerator.generate(300 + rnd.nextInt(600), seed);
        java.util.List<dev.faultline.model.Dependency> deps = g.dependencies().stream()
                .map(d -> rnd.nextInt(3) == 0 ? d.toBuilder().retries(rnd.nextInt(4)).build() : d).toList();
        Topology t = new Topology(g.name(), null, g.teams(), g.zones(), g.nodes(), deps, g.declaredFlows());
        assertEquals(PreviousRetryStorms.find(g), RetryStorms.find(g));
        assertEquals(PreviousRetryStorms.find(t), RetryStorms.find(t));
    }
}
