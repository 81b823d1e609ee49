package dev.faultline.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import dev.faultline.generator.TopologyGenerator;
import dev.faultline.model.Dependency;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;

/**
 * The sweep's shared sets as issue #18 computes them (built in full-width scratch words, kept as {@link WordRuns},
 * callers inside an earlier caller's set skipped, cycles of the DOWN sets iterated in full-width arrays) hold exactly
 * the arrays of the windowed computation, kept as the oracle ({@link PreviousAncestorSets},
 * {@link PreviousDownSets}): on random topologies (cycles, fallbacks, duplicate
 * edges), on random layered ones (many callers inside other callers' sets, sets over many words), on layered ones
 * full of fallbacks and on generated ones; and the sets are left out under every budget that left them out before
 * (the budgets now also count the runs' extra word, the builder's scratch arrays and its counter planes).
 */
class AncestorSetsEquivalenceTest {

    @Property(tries = 200)
    void randomTopologiesGiveThePreviousSets(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int size) {
        Random rnd = new Random(seed);
        assertSameSets(DownSetsPropertyTest.withFlows(rnd, FailureEnginePropertyTest.randomTopology(rnd, size)));
    }

    @Property(tries = 150)
    void layeredTopologiesGiveThePreviousSets(@ForAll long seed, @ForAll @IntRange(min = 2, max = 700) int size) {
        Random rnd = new Random(seed);
        assertSameSets(DownSetsPropertyTest.withFlows(rnd, layered(rnd, size, 10)));
    }

    /**
     * Half the dependencies with one to three fallbacks, most a little or far further down, some anywhere (cycles):
     * DownSets intersects the providers' sets on almost every node, over windows of very different widths.
     */
    @Property(tries = 150)
    void topologiesFullOfFallbacksGiveThePreviousSets(@ForAll long seed,
                                                      @ForAll @IntRange(min = 2, max = 700) int size) {
        Random rnd = new Random(seed);
        assertSameSets(DownSetsPropertyTest.withFlows(rnd, layered(rnd, size, 2)));
    }

    @Test
    void generatedTopologiesGiveThePreviousSets() {
        for (int size : new int[] {50, 300, 2_000, 6_000}) {
            for (long seed = 1; seed <= 2; seed++) assertSameSets(TopologyGenerator.generate(size, seed));
        }
    }

    @Property(tries = 40)
    void theSetsAreLeftOutUnderAnyBudgetThatLeftThemOutBefore(@ForAll long seed) {
        Random rnd = new Random(seed);
        Topology t = DownSetsPropertyTest.withFlows(rnd, layered(rnd, 50 + rnd.nextInt(400), 1 + rnd.nextInt(10)));
        CompiledTopology c = new CompiledTopology(t);
        boolean wholeFound = false;
        for (long budget = 8; budget < 4_000_000; budget = budget * 3 / 2) {
            var now = AncestorSets.compute(c, budget, CancellationToken.NONE);
            var before = PreviousAncestorSets.compute(c, budget, CancellationToken.NONE);
            assertTrue(before.isPresent() || now.isEmpty(), "budget " + budget);
            if (now.isPresent()) {
                assertTrue(before.get().down != null || now.get().down == null, "down sets at budget " + budget);
                wholeFound |= now.get().down != null;
                assertSameUpSets(before.get(), now.get());
                if (now.get().down != null) assertSame(before.get(), now.get());
            }
        }
        assertTrue(wholeFound, "no budget fitted the down sets");
    }

    private static void assertSameSets(Topology t) {
        CompiledTopology c = new CompiledTopology(t);
        AncestorSets now = AncestorSets.compute(c, Long.MAX_VALUE, CancellationToken.NONE).orElseThrow();
        PreviousAncestorSets before = PreviousAncestorSets.compute(c, Long.MAX_VALUE, CancellationToken.NONE)
                .orElseThrow();
        assertSame(before, now);
    }

    private static void assertSameUpSets(PreviousAncestorSets before, AncestorSets now) {
        assertArrayEquals(before.componentOf, now.componentOf);
        assertArrayEquals(before.affectedCount, now.affectedCount);
        assertArrayEquals(before.flowBits, now.flowBits);
    }

    private static void assertSame(PreviousAncestorSets before, AncestorSets now) {
        assertSameUpSets(before, now);
        if (before.down == null) {
            assertEquals(null, now.down);
            return;
        }
        assertArrayEquals(before.down.downCount, now.down.downCount);
        assertArrayEquals(before.down.flowStart, now.down.flowStart);
        assertArrayEquals(before.down.flowsDown, now.down.flowsDown);
    }

    /**
     * Nodes in layers, each calling a few nodes further down (so most callers of a node reach one another), now
     * and then a soft or async edge, a duplicate edge or an edge back up (a cycle); one dependency in
     * {@code fallbackOneIn} has fallbacks.
     */
    static Topology layered(Random rnd, int size, int fallbackOneIn) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            nodes.add(Node.builder("n" + i).entrypoint(i < 3 || rnd.nextInt(40) == 0).build());
        }
        List<Dependency> deps = new ArrayList<>();
        for (int from = 0; from < size - 1; from++) {
            int calls = rnd.nextInt(5);
            for (int k = 0; k < calls; k++) {
                int span = 1 + rnd.nextInt(Math.min(size - 1 - from, rnd.nextBoolean() ? 8 : 200));
                int to = rnd.nextInt(60) == 0 && from > 0 ? rnd.nextInt(from) : from + span;
                if (to == from) continue;
                Dependency.Builder d = Dependency.builder("n" + from, "n" + to);
                if (rnd.nextInt(fallbackOneIn) == 0) d.fallback(fallbacks(rnd, size, from));
                if (rnd.nextInt(8) == 0) d.mode(Mode.ASYNC);
                if (rnd.nextInt(8) == 0) d.required(false);
                deps.add(d.build());
                if (rnd.nextInt(30) == 0) deps.add(d.build());
            }
        }
        return Topology.of("layered", nodes, deps);
    }

    /** One to three fallbacks, each a little or far below {@code from}, or anywhere (one in five). */
    private static List<String> fallbacks(Random rnd, int size, int from) {
        List<String> ids = new ArrayList<>();
        for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
            int below = size - 1 - from;
            int span = 1 + rnd.nextInt(Math.max(1, Math.min(below, rnd.nextBoolean() ? 8 : 400)));
            int at = rnd.nextInt(5) == 0 || below == 0 ? rnd.nextInt(size) : Math.min(size - 1, from + span);
            ids.add("n" + at);
        }
        return ids;
    }
}
