package dev.faultline.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * edges), on random layered ones (many callers inside other callers' sets, sets over many words) and on generated
 * ones; and both leave the sets out under the same budgets.
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
        assertSameSets(DownSetsPropertyTest.withFlows(rnd, layered(rnd, size)));
    }

    @Test
    void generatedTopologiesGiveThePreviousSets() {
        for (int size : new int[] {50, 300, 2_000, 6_000}) {
            for (long seed = 1; seed <= 2; seed++) assertSameSets(TopologyGenerator.generate(size, seed));
        }
    }

    @Property(tries = 40)
    void theSetsAreLeftOutUnderTheSameBudgets(@ForAll long seed) {
        Random rnd = new Random(seed);
        Topology t = DownSetsPropertyTest.withFlows(rnd, layered(rnd, 50 + rnd.nextInt(400)));
        CompiledTopology c = new CompiledTopology(t);
        for (long budget = 8; budget < 4_000_000; budget = budget * 3 / 2) {
            var now = AncestorSets.compute(c, budget, CancellationToken.NONE);
            var before = PreviousAncestorSets.compute(c, budget, CancellationToken.NONE);
            assertEquals(before.isPresent(), now.isPresent(), "budget " + budget);
            if (now.isPresent()) {
                assertEquals(before.get().down != null, now.get().down != null, "down sets at budget " + budget);
                assertSame(before.get(), now.get());
            }
        }
    }

    private static void assertSameSets(Topology t) {
        CompiledTopology c = new CompiledTopology(t);
        AncestorSets now = AncestorSets.compute(c, Long.MAX_VALUE, CancellationToken.NONE).orElseThrow();
        PreviousAncestorSets before = PreviousAncestorSets.compute(c, Long.MAX_VALUE, CancellationToken.NONE)
                .orElseThrow();
        assertSame(before, now);
    }

    private static void assertSame(PreviousAncestorSets before, AncestorSets now) {
        assertArrayEquals(before.componentOf, now.componentOf);
        assertArrayEquals(before.affectedCount, now.affectedCount);
        assertArrayEquals(before.flowBits, now.flowBits);
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
     * and then a fallback, a soft or async edge, a duplicate edge or an edge back up (a cycle).
     */
    static Topology layered(Random rnd, int size) {
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
                if (rnd.nextInt(10) == 0) d.fallback("n" + rnd.nextInt(size));
                if (rnd.nextInt(8) == 0) d.mode(Mode.ASYNC);
                if (rnd.nextInt(8) == 0) d.required(false);
                deps.add(d.build());
                if (rnd.nextInt(30) == 0) deps.add(d.build());
            }
        }
        return Topology.of("layered", nodes, deps);
    }
}
