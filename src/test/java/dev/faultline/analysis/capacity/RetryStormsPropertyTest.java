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
}
