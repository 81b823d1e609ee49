package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.faultline.generator.TopologyGenerator;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.CompiledTopology;

/**
 * {@link NodeIdOrder} (issue #18, rules18) against the code it replaced: the latency analysis's stable sort of boxed
 * indices by id through a comparator, and the findings' sort comparing first nodes by id ({@link FindingOrder#sort(List)}).
 */
class NodeIdOrderTest {

    /** The latency analysis's previous id order: the oracle. */
    private static int[] previousIdOrder(String[] ids) {
        Integer[] order = new Integer[ids.length];
        for (int v = 0; v < ids.length; v++) order[v] = v;
        Arrays.sort(order, Comparator.comparing(v -> ids[v]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void indicesSortAsTheBoxedStableSort() {
        Random rnd = new Random(18);
        String[] alphabet = {"a", "b", "ab", "", "é", "\u4e2d", "a-1", "a-10", "a-2", "Z"};
        for (int round = 0; round < 400; round++) {
            int n = round < 100 ? rnd.nextInt(20) : rnd.nextInt(3000);
            String[] keys = new String[n];
            for (int i = 0; i < n; i++) {
                StringBuilder b = new StringBuilder();
                for (int k = rnd.nextInt(4); k >= 0; k--) b.append(alphabet[rnd.nextInt(round % 2 == 0 ? 3 : alphabet.length)]);
                keys[i] = round % 3 == 0 ? b.toString() : b + "-" + rnd.nextInt(n + 1);
            }
            assertArrayEquals(previousIdOrder(keys), NodeIdOrder.sortedIndices(keys), "round " + round);
        }
    }

    @Test
    void generatedTopologiesOrderAsBefore() {
        for (int size : new int[] {1, 60, 2_000}) {
            Topology t = TopologyGenerator.generate(size, 3);
            String[] ids = t.nodes().stream().map(Node::id).toArray(String[]::new);
            assertArrayEquals(previousIdOrder(ids), NodeIdOrder.of(t).byId(), "generated " + size);
        }
    }

    /**
     * The findings sorted by ranks against {@link FindingOrder#sort(List)}: first nodes that are node ids, "" (no
     * nodes), or not nodes of the topology (the fallback), several rules per list, every severity.
     */
    @Test
    void rankedFindingSortIsTheSortById() {
        Random rnd = new Random(1818);
        Topology t = TopologyGenerator.generate(400, 9);
        CompiledTopology compiled = new CompiledTopology(t);
        NodeIdOrder ids = NodeIdOrder.of(t);
        List<Node> nodes = t.nodes();
        for (int round = 0; round < 300; round++) {
            int n = rnd.nextInt(round < 50 ? 10 : 2_000);
            int rules = 1 + rnd.nextInt(round % 5 == 0 ? 40 : 3);
            boolean strangers = round % 4 == 0;
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<String> named = rnd.nextInt(20) == 0 ? List.of()
                        : strangers && rnd.nextInt(50) == 0 ? List.of("zone-x")
                        : List.of(new String(nodes.get(rnd.nextInt(round < 100 ? 30 : nodes.size())).id()), "x");
                findings.add(new Finding(new String("rule-" + rnd.nextInt(rules)),
                        Severity.values()[rnd.nextInt(Severity.values().length)], named, "f" + i, ""));
            }
            List<Finding> expected = FindingOrder.sort(findings);
            List<Finding> actual = FindingOrder.sort(findings, compiled, ids);
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), actual.get(i), "round " + round + " at " + i);
            }
        }
    }
}
