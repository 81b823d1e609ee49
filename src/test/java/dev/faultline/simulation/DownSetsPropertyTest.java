package dev.faultline.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import dev.faultline.model.Flow;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;

/**
 * {@link DownSets} give every node loss the outcome of its own walk: DOWN count and flows DOWN (and with them the
 * DEGRADED ones). Sizes go past 64 nodes so that the bitsets span several words; flows have via members, and
 * fallbacks make dependencies with several providers and cycles through them.
 */
class DownSetsPropertyTest {

    @Property(tries = 150)
    void everyLossTakesDownWhatItsOwnWalkDoes(@ForAll long seed, @ForAll @IntRange(min = 1, max = 140) int size) {
        Random rnd = new Random(seed);
        Topology t = withFlows(rnd, FailureEnginePropertyTest.randomTopology(rnd, size));
        FailureEngine engine = new FailureEngine(t);
        AncestorSets shared = engine.shareSweepWork(Long.MAX_VALUE, CancellationToken.NONE).orElseThrow();
        assertNotNull(shared.down);
        FailureEngine.Sweeper sweeper = engine.sweeper();
        for (int v = 0; v < t.nodes().size(); v++) {
            NodeLossOutcome walked = sweeper.nodeLoss(v);
            assertEquals(walked, sweeper.nodeLoss(v, shared), t.nodes().get(v).id());
            assertEquals(walked, sweeper.nodeLoss(v, shared.withoutDownSets()), t.nodes().get(v).id());
        }
    }

    /** Generated topologies: many components, shared lists of DEGRADED flows, counters over many words. */
    @org.junit.jupiter.api.Test
    void generatedTopologiesGiveEveryLossTheOutcomeOfItsOwnWalk() {
        for (int size : new int[] {300, 1_500}) {
            Topology t = dev.faultline.generator.TopologyGenerator.generate(size, size);
            FailureEngine engine = new FailureEngine(t);
            AncestorSets shared = engine.shareSweepWork(Long.MAX_VALUE, CancellationToken.NONE).orElseThrow();
            FailureEngine.Sweeper sweeper = engine.sweeper();
            for (int v = 0; v < t.nodes().size(); v++) {
                assertEquals(sweeper.nodeLoss(v), sweeper.nodeLoss(v, shared), t.nodes().get(v).id());
            }
        }
    }

    @Property(tries = 30)
    void aBudgetTooSmallForTheDownSetsLeavesThemOut(@ForAll long seed) {
        Random rnd = new Random(seed);
        Topology t = withFlows(rnd, FailureEnginePropertyTest.randomTopology(rnd, 100));
        CompiledTopology c = new CompiledTopology(t);
        assertEquals(java.util.Optional.empty(), DownSets.compute(c, 8, CancellationToken.NONE).map(d -> "sets"));
    }

    static Topology withFlows(Random rnd, Topology t) {
        int size = t.nodes().size();
        List<Flow> flows = new ArrayList<>();
        int count = rnd.nextInt(80);
        for (int f = 0; f < count; f++) {
            String entry = "n" + rnd.nextInt(size);
            List<String> via = new ArrayList<>();
            for (int k = rnd.nextInt(3); k > 0; k--) {
                String id = "n" + rnd.nextInt(size);
                if (!id.equals(entry) && !via.contains(id)) via.add(id);
            }
            flows.add(new Flow("f" + rnd.nextInt(1000) + "-" + f, null, entry, via, null, null, null, false,
                    SourcePosition.UNKNOWN));
        }
        return new Topology(t.name(), null, t.teams(), t.zones(), t.nodes(), t.dependencies(), flows);
    }
}
