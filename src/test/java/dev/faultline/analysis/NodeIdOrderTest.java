package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import dev.faultline.analysis.capacity.CapacityAnalysis;
import dev.faultline.analysis.capacity.CapacityReport;
import dev.faultline.analysis.capacity.NodeLoad;
import dev.faultline.analysis.latency.RandomRiskTopologies;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.FailureEngine;

/**
 * {@link NodeIdOrder} (issue #18, rules18), one order of the nodes by id shared by latency and capacity, against the
 * sorts it replaced: capacity's node list sorted by id after it was built in node order (stable), and the latency
 * analysis's stable sort of node indices by id.
 */
class NodeIdOrderTest {

    @Test
    void generatedTopologiesGiveTheSortsOrder() {
        for (int size : new int[] {1, 60, 2_000}) assertSameOrder("generated " + size, TopologyGenerator.generate(size, 3));
    }

    @Property(tries = 200)
    void randomTopologiesGiveTheSortsOrder(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size) {
        Random rnd = new Random(seed);
        Topology t = RandomRiskTopologies.generate(rnd, size);
        // Ids whose order differs from the nodes' (n10 before n2), shuffled so the sort has work to do.
        List<Node> nodes = new ArrayList<>(t.nodes());
        java.util.Collections.shuffle(nodes, rnd);
        assertSameOrder("seed " + seed, new Topology(t.name(), null, t.teams(), t.zones(), nodes, t.dependencies(),
                t.declaredFlows()));
    }

    private static void assertSameOrder(String what, Topology t) {
        List<Node> nodes = t.nodes();
        List<Integer> previous = new ArrayList<>();
        for (int v = 0; v < nodes.size(); v++) previous.add(v);
        previous.sort(Comparator.comparing(v -> nodes.get(v).id()));
        assertArrayEquals(previous.stream().mapToInt(Integer::intValue).toArray(), NodeIdOrder.of(t).byId(), what);

        CapacityReport report = CapacityAnalysis.compute(new FailureEngine(t));
        List<NodeLoad> sorted = new ArrayList<>(report.nodes());
        sorted.sort(Comparator.comparing(NodeLoad::node));
        assertEquals(sorted, report.nodes(), what + ": capacity's nodes by id");
    }
}
