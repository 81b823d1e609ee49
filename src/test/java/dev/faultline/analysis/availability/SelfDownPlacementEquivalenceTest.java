package dev.faultline.analysis.availability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import dev.faultline.BundledSamples;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/**
 * {@link SelfDownModel}'s placement (instances per zone, merged by zone in order of first placement) and node classes
 * (numbered in order of first node) built from plain arrays (issue #18) are exactly those of the previous code,
 * {@link StraightforwardPlacement}: on the samples, generated topologies and random nodes with repeated zones, fewer
 * replicas than zones, no zones and two billion replicas.
 */
class SelfDownPlacementEquivalenceTest {

    @Test
    void samplesAndGeneratedTopologiesPlaceAndClassifyAsBefore() throws Exception {
        for (Path sample : BundledSamples.paths()) assertSame(sample.toString(), BundledSamples.load(sample));
        for (int size : new int[] {50, 1_500}) assertSame("generated " + size, TopologyGenerator.generate(size, 11));
    }

    @Property(tries = 300)
    void randomNodesPlaceAndClassifyAsBefore(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size) {
        Random rnd = new Random(seed);
        String[] ids = {"za", "zb", "zc", "zd"};
        List<Zone> zones = new ArrayList<>();
        int zoneCount = rnd.nextInt(ids.length + 1);
        for (int z = 0; z < zoneCount; z++) zones.add(new Zone(ids[z], "r" + (z % 2)));
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int replicas = switch (rnd.nextInt(6)) {
                case 0 -> Integer.MAX_VALUE - rnd.nextInt(3);
                case 1 -> 1;
                default -> 1 + rnd.nextInt(9);
            };
            List<String> nz = new ArrayList<>();
            int zc = zoneCount == 0 ? 0 : rnd.nextInt(6);
            for (int z = 0; z < zc; z++) nz.add(ids[rnd.nextInt(zoneCount)]);
            // Few distinct figures, so that classes are shared.
            nodes.add(Node.builder("n" + i).replicas(replicas).minHealthy(1 + rnd.nextInt(Math.min(replicas, 3)))
                    .zones(nz).availability(rnd.nextBoolean() ? 0.99 : 0.999).build());
        }
        assertSame("seed " + seed, new Topology("random", null, List.of(), zones, nodes, List.of(), List.of()));
    }

    @Property(tries = 100)
    void riskModelTopologiesPlaceAndClassifyAsBefore(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int size) {
        assertSame("seed " + seed, RandomTopologies.tiny(new Random(seed), size, 200));
    }

    private static void assertSame(String what, Topology topology) {
        StraightforwardPlacement expected = new StraightforwardPlacement(topology);
        SelfDownModel model = new SelfDownModel(topology);
        for (int v = 0; v < topology.nodes().size(); v++) {
            assertArrayEquals(expected.zonesOf[v], model.zonesOf[v], what + ": zones of node " + v);
            assertArrayEquals(expected.instancesIn[v], model.instancesIn[v], what + ": instances of node " + v);
        }
        assertArrayEquals(expected.classOf, model.classOf, what + ": classes");
        assertArrayEquals(expected.representative, model.representative, what + ": representatives");
        SelfDownModel other = model.forAnotherThread();
        assertArrayEquals(model.classOf, other.classOf, what + ": classes for another thread");
    }
}
