package dev.faultline.analysis.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import dev.faultline.generator.TopologyGenerator;
import dev.faultline.BundledSamples;
import dev.faultline.model.Topology;

/**
 * The fast exact evaluation (issue #18: self-down tables by zone state and node class, structures built on scratch
 * arrays, contributors ranked among the few that can make the first five) gives bit for bit what the
 * straightforward one gave: records compare their doubles exactly.
 */
class FastAvailabilityEquivalenceTest {

    @Test
    void everySampleGivesTheSameFigures() throws Exception {
        for (Path sample : BundledSamples.paths()) {
            Topology t = BundledSamples.load(sample);
            assertSame(sample.toString(), t);
        }
    }

    @Test
    void generatedTopologiesGiveTheSameFigures() {
        for (int size : new int[] {40, 150, 600, 1_500}) {
            for (long seed = 1; seed <= 3; seed++) {
                assertSame(size + "/" + seed, TopologyGenerator.generate(size, seed));
            }
        }
    }

    /** Random fallbacks between any nodes, cycles and zones certainly up or down: gates with deep diagrams. */
    @Property(tries = 400)
    void randomTopologiesGiveTheSameFigures(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int size) {
        assertSame("seed " + seed, RandomTopologies.tiny(new Random(seed), size, 200));
    }

    private static void assertSame(String what, Topology t) {
        List<FlowAvailability> expected = StraightforwardAvailability.of(t);
        List<FlowAvailability> actual = AvailabilityAnalysis.of(t);
        assertEquals(expected.size(), actual.size(), what);
        for (int f = 0; f < expected.size(); f++) {
            if (expected.get(f) != null) assertEquals(expected.get(f), actual.get(f), what);
        }
    }
}
