package dev.faultline.analysis.doublefault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import dev.faultline.analysis.availability.RandomTopologies;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.BundledSamples;
import dev.faultline.model.Topology;

/**
 * The search over relevant events only (issue #18) finds the same pairs as the search that computed C(e) for every
 * event: on every sample, on generated topologies, and on random ones whose fallbacks point anywhere (deep killer sets).
 */
class FastDoubleFaultEquivalenceTest {

    @Test
    void everySampleHasTheSamePairs() throws Exception {
        for (Path sample : BundledSamples.paths()) {
            Topology t = BundledSamples.load(sample);
            assertEquals(StraightforwardDoubleFaults.find(t).pairs(), DoubleFaultFinder.find(t).pairs(), sample.toString());
        }
    }

    @Test
    void generatedTopologiesHaveTheSamePairs() {
        int found = 0;
        for (int size : new int[] {60, 300, 1_500, 4_000}) {
            for (long seed = 1; seed <= 3; seed++) {
                Topology t = TopologyGenerator.generate(size, seed);
                List<DoubleFault> expected = StraightforwardDoubleFaults.find(t).pairs();
                assertEquals(expected, DoubleFaultFinder.find(t).pairs(), size + "/" + seed);
                found += expected.size();
            }
        }
        assertFalse(found == 0, "no generated topology has a double fault: the comparison shows nothing");
    }

    @Property(tries = 1500)
    void randomTopologiesHaveTheSamePairs(@ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int size) {
        Topology t = RandomTopologies.tiny(new Random(seed), size, 120);
        assertEquals(StraightforwardDoubleFaults.find(t).pairs(), DoubleFaultFinder.find(t).pairs());
    }
}
