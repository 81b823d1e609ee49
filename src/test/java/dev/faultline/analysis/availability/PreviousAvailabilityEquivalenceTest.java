package dev.faultline.analysis.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

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
 * The exact evaluation made faster on branch bdd18 (issue #18: the diagram manager's tables sized per flow) gives bit for bit the
 * figures of the code at 91051e5, {@link PreviousAvailability}, kept as the oracle: the records compare every double
 * by its bits ({@code Double.compare}), contributors and their order included; flows the budgets leave to sampling
 * are the same ones.
 */
class PreviousAvailabilityEquivalenceTest {

    @Test
    void everySampleGivesTheSameFigures() throws Exception {
        for (Path sample : BundledSamples.paths()) assertSame(sample.toString(), BundledSamples.load(sample));
    }

    @Test
    void generatedTopologiesGiveTheSameFigures() {
        for (int size : new int[] {40, 150, 600, 1_500, 4_000}) {
            for (long seed = 1; seed <= 3; seed++) assertSame(size + "/" + seed, TopologyGenerator.generate(size, seed));
        }
    }

    /** Small budgets: the same flows run out of diagram nodes or of work and are sampled. */
    @Test
    void theBudgetsLeaveTheSameFlowsToSampling() {
        CompiledTopology c = CompiledTopology.of(TopologyGenerator.generate(1_500, 3));
        for (int maxNodes : new int[] {3, 100, 1_000}) {
            for (long maxWork : new long[] {25_000, 400_000, AvailabilityAnalysis.MAX_EXACT_WORK}) {
                List<FlowAvailability> expected = PreviousAvailability.of(c, maxNodes, maxWork);
                List<FlowAvailability> actual = AvailabilityAnalysis.of(c, CancellationToken.NONE, maxNodes, maxWork, 2_000);
                assertSameExact(maxNodes + "/" + maxWork, expected, actual);
            }
        }
    }

    /** Random fallbacks between any nodes, cycles and zones certainly up or down: gates with deep diagrams. */
    @Property(tries = 400)
    void randomTopologiesGiveTheSameFigures(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int size) {
        assertSame("seed " + seed, RandomTopologies.tiny(new Random(seed), size, 200));
    }

    /**
     * Larger random topologies: many gates per flow, diagrams of up to tens of thousands of nodes, several flows per
     * manager. A smaller diagram budget and few samples keep the flows that outgrow it quick.
     */
    @Property(tries = 60)
    void largerRandomTopologiesGiveTheSameFigures(@ForAll long seed, @ForAll @IntRange(min = 60, max = 300) int size) {
        Topology t = RandomTopologies.tiny(new Random(seed), size, 100_000);
        CompiledTopology c = CompiledTopology.of(t);
        assertSameExact("seed " + seed, PreviousAvailability.of(c, 50_000, AvailabilityAnalysis.MAX_EXACT_WORK),
                AvailabilityAnalysis.of(c, CancellationToken.NONE, 50_000, AvailabilityAnalysis.MAX_EXACT_WORK, 100));
    }

    private static void assertSame(String what, Topology t) {
        CompiledTopology c = CompiledTopology.of(t);
        assertSameExact(what, PreviousAvailability.of(c, AvailabilityAnalysis.MAX_DIAGRAM_NODES,
                AvailabilityAnalysis.MAX_EXACT_WORK), AvailabilityAnalysis.of(c, CancellationToken.NONE,
                AvailabilityAnalysis.MAX_DIAGRAM_NODES, AvailabilityAnalysis.MAX_EXACT_WORK, 100));
    }

    private static void assertSameExact(String what, List<FlowAvailability> expected, List<FlowAvailability> actual) {
        assertEquals(expected.size(), actual.size(), what);
        for (int f = 0; f < expected.size(); f++) {
            if (expected.get(f) == null) {
                assertEquals(Method.MONTE_CARLO, actual.get(f).method(), what + " flow " + f);
            } else {
                assertEquals(expected.get(f), actual.get(f), what + " flow " + f);
                assertBitsEqual(expected.get(f), actual.get(f), what);
            }
        }
        assertTrue(expected.stream().allMatch(e -> e == null || e.method() == Method.EXACT));
    }

    /** Records compare doubles with Double.compare already; this says so where a reader would look. */
    private static void assertBitsEqual(FlowAvailability e, FlowAvailability a, String what) {
        assertEquals(Double.doubleToLongBits(e.availability()), Double.doubleToLongBits(a.availability()), what);
        for (int i = 0; i < e.contributors().size(); i++) {
            assertEquals(Double.doubleToLongBits(e.contributors().get(i).improvement()),
                    Double.doubleToLongBits(a.contributors().get(i).improvement()), what);
            assertEquals(Double.doubleToLongBits(e.contributors().get(i).share()),
                    Double.doubleToLongBits(a.contributors().get(i).share()), what);
        }
    }
}
