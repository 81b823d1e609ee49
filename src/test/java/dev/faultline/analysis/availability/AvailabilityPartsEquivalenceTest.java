package dev.faultline.analysis.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import dev.faultline.BundledSamples;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.simulation.CompiledTopology;

/**
 * The availability analysis split into parts that run on different threads (issue #18) gives exactly the list of
 * the one-pass analysis, {@link AvailabilityAnalysis#of}, kept as the oracle: whatever the number of parts, the order
 * in which they run and the threads they run on, and with flows the exact evaluation leaves to sampling.
 */
class AvailabilityPartsEquivalenceTest {

    @Test
    void everySampleGivesTheSameListInParts() throws Exception {
        for (Path sample : BundledSamples.paths()) {
            CompiledTopology c = CompiledTopology.of(BundledSamples.load(sample));
            for (int parts : new int[] {1, 2, 3, 6}) assertSame(sample + "/" + parts, c, parts, new Random(parts));
        }
    }

    @Test
    void generatedTopologiesGiveTheSameListInPartsOnThreads() throws Exception {
        for (int size : new int[] {150, 1_500}) {
            CompiledTopology c = CompiledTopology.of(TopologyGenerator.generate(size, 7));
            assertEquals(AvailabilityAnalysis.of(c, CancellationToken.NONE),
                    onThreads(new AvailabilityParts(c, 6), 3), "size " + size);
        }
    }

    /**
     * Parts on two threads hand their workspaces across threads (a workspace a part on one thread ended with is
     * taken by the next part on the other), twice over: the second round starts again on new workspaces.
     */
    @Property(tries = 60)
    void partsOnTwoThreadsHandWorkspacesOnAndGiveTheSameList(@ForAll long seed,
                                                             @ForAll @IntRange(min = 1, max = 60) int size,
                                                             @ForAll @IntRange(min = 3, max = 8) int parts)
            throws Exception {
        CompiledTopology c = CompiledTopology.of(RandomTopologies.tiny(new Random(seed), size, 200));
        List<FlowAvailability> expected = AvailabilityAnalysis.of(c, CancellationToken.NONE);
        AvailabilityParts split = new AvailabilityParts(c, parts);
        assertEquals(expected, onThreads(split, 2), "first round, seed " + seed);
        assertEquals(expected, onThreads(split, 2), "second round, seed " + seed);
    }

    /** Budgets small enough that some flows are sampled: the parts hand them to one Monte Carlo run, in flow order. */
    @Test
    void flowsLeftToSamplingAreEstimatedAsInOnePass() {
        CompiledTopology c = CompiledTopology.of(TopologyGenerator.generate(1_500, 3));
        List<FlowAvailability> expected = AvailabilityAnalysis.of(c, CancellationToken.NONE, 100, 25_000, 2_000);
        assertTrue(expected.stream().anyMatch(f -> f.method() == Method.MONTE_CARLO), "some flows sampled");
        assertTrue(expected.stream().anyMatch(f -> f.method() == Method.EXACT), "some flows exact");
        for (int parts : new int[] {1, 4, 7}) {
            AvailabilityParts split = new AvailabilityParts(c, parts, 100, 25_000, 2_000);
            assertEquals(expected, inShuffledOrder(split, new Random(parts)), "parts " + parts);
        }
    }

    @Property(tries = 200)
    void randomTopologiesGiveTheSameListInParts(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int size,
                                               @ForAll @IntRange(min = 1, max = 8) int parts) {
        Topology t = RandomTopologies.tiny(new Random(seed), size, 200);
        assertSame("seed " + seed, CompiledTopology.of(t), parts, new Random(seed));
    }

    /**
     * A part hands its workspace (model caches, diagram manager, scratch arrays) to the next part, which then holds
     * the flows of the parts before it, larger and smaller; once every part has ended they are dropped, and a second
     * round of every part, on new workspaces handed on again, gives the same list.
     */
    @Property(tries = 100)
    void partsRunAgainOnHandedOnWorkspacesGiveTheSameList(@ForAll long seed,
                                                         @ForAll @IntRange(min = 1, max = 60) int size,
                                                         @ForAll @IntRange(min = 1, max = 5) int parts) {
        CompiledTopology c = CompiledTopology.of(RandomTopologies.tiny(new Random(seed), size, 200));
        List<FlowAvailability> expected = AvailabilityAnalysis.of(c, CancellationToken.NONE);
        AvailabilityParts split = new AvailabilityParts(c, parts);
        Random order = new Random(seed);
        assertEquals(expected, inShuffledOrder(split, order), "first round, seed " + seed);
        assertEquals(expected, inShuffledOrder(split, order), "second round, seed " + seed);
    }

    /** The same on a generated topology whose flows' diagrams differ in size by orders of magnitude. */
    @Test
    void generatedPartsRunAgainGiveTheSameList() {
        CompiledTopology c = CompiledTopology.of(TopologyGenerator.generate(1_500, 5));
        List<FlowAvailability> expected = AvailabilityAnalysis.of(c, CancellationToken.NONE);
        AvailabilityParts split = new AvailabilityParts(c, 3);
        for (int round = 0; round < 3; round++) {
            assertEquals(expected, inShuffledOrder(split, new Random(round)), "round " + round);
        }
    }

    private static void assertSame(String what, CompiledTopology c, int parts, Random order) {
        assertEquals(AvailabilityAnalysis.of(c, CancellationToken.NONE),
                inShuffledOrder(new AvailabilityParts(c, parts), order), what);
    }

    /** Runs the parts on a pool of {@code threads}, and combines them in part order. */
    private static List<FlowAvailability> onThreads(AvailabilityParts split, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<AvailabilityParts.Part>> futures = new ArrayList<>();
            for (int i = 0; i < split.count(); i++) {
                int index = i;
                futures.add(pool.submit(() -> split.part(index, CancellationToken.NONE)));
            }
            List<AvailabilityParts.Part> done = new ArrayList<>();
            for (Future<AvailabilityParts.Part> f : futures) done.add(f.get());
            return split.combine(done, CancellationToken.NONE);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs the parts one after the other in a random order, and combines them in that order. */
    private static List<FlowAvailability> inShuffledOrder(AvailabilityParts split, Random order) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < split.count(); i++) indexes.add(i);
        Collections.shuffle(indexes, order);
        List<AvailabilityParts.Part> done = new ArrayList<>();
        for (int i : indexes) done.add(split.part(i, CancellationToken.NONE));
        return split.combine(done, CancellationToken.NONE);
    }
}
