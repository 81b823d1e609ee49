package dev.faultline.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import dev.faultline.generator.TopologyGenerator;
import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;

/**
 * The compiled topology built with counting arrays (issue #18) holds exactly the arrays of the previous construction
 * with sets and boxed lists, kept here as the oracle; and {@link CompiledTopology#of} hands the same one to every
 * analysis of a topology while it is in use.
 */
class CompiledTopologyEquivalenceTest {

    @Property(tries = 300)
    void randomTopologiesCompileAsBefore(@ForAll long seed, @ForAll @IntRange(min = 1, max = 90) int size) {
        assertAsBefore(FailureEnginePropertyTest.randomTopology(new Random(seed), size));
    }

    @Test
    void generatedTopologiesCompileAsBefore() {
        for (int size : new int[] {30, 400, 2_000}) {
            for (long seed = 1; seed <= 3; seed++) assertAsBefore(TopologyGenerator.generate(size, seed));
        }
    }

    @Test
    void oneTopologyIsCompiledOnceWhileInUse() {
        Topology t = TopologyGenerator.generate(50, 1);
        CompiledTopology first = CompiledTopology.of(t);
        assertSame(first, CompiledTopology.of(t));
        assertSame(first, new FailureEngine(t).compiled());
    }

    /**
     * Threads asking for the same topology at once all get one compilation (issue #18: latency, beside the failure
     * engine, compiled a copy of its own): the first compiles, the others wait for it.
     */
    @Test
    void threadsAskingAtOnceShareOneCompilation() throws Exception {
        for (int round = 0; round < 5; round++) {
            Topology t = TopologyGenerator.generate(3_000, round + 1);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                java.util.List<java.util.concurrent.Future<CompiledTopology>> asked = new java.util.ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    asked.add(pool.submit(() -> {
                        start.await();
                        return CompiledTopology.of(t);
                    }));
                }
                start.countDown();
                CompiledTopology first = asked.get(0).get();
                for (java.util.concurrent.Future<CompiledTopology> f : asked) assertSame(first, f.get());
                assertSame(first, CompiledTopology.of(t));
                assertAsBefore(t);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static void assertAsBefore(Topology t) {
        CompiledTopology c = new CompiledTopology(t);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < t.nodes().size(); i++) index.put(t.nodes().get(i).id(), i);
        List<Dependency> deps = t.dependencies();
        int[] depFrom = new int[deps.size()];
        int[][] depProviders = new int[deps.size()][];
        boolean[] depHard = new boolean[deps.size()];
        List<List<Integer>> servesIn = lists(t.nodes().size());
        for (int d = 0; d < deps.size(); d++) {
            depFrom[d] = index.get(deps.get(d).from());
            depHard[d] = deps.get(d).isHard();
            depProviders[d] = new LinkedHashSet<>(deps.get(d).providers()).stream().mapToInt(index::get).toArray();
            for (int p : depProviders[d]) servesIn.get(p).add(d);
        }
        List<List<Integer>> toIn = lists(t.nodes().size());
        for (int d = 0; d < deps.size(); d++) toIn.get(depProviders[d][0]).add(d);
        int[][] flowMembers = new int[t.flows().size()][];
        List<List<Integer>> flowsOf = lists(t.nodes().size());
        for (int f = 0; f < flowMembers.length; f++) {
            flowMembers[f] = new LinkedHashSet<>(t.flows().get(f).members()).stream().mapToInt(index::get).toArray();
            for (int m : flowMembers[f]) flowsOf.get(m).add(f);
        }
        assertArrayEquals(depFrom, c.depFrom);
        assertArrayEquals(depProviders, c.depProviders);
        assertArrayEquals(depHard, c.depHard);
        assertArrayEquals(arrays(servesIn), c.providerOf);
        // The same rows flattened for the propagation (issue #18).
        for (int v = 0; v < c.nodeCount; v++) {
            assertArrayEquals(c.providerOf[v], java.util.Arrays.copyOfRange(c.providerList, c.providerStart[v],
                    c.providerStart[v + 1]), "flat row of node " + v);
        }
        assertEquals(c.providerList.length, c.providerStart[c.nodeCount]);
        assertArrayEquals(arrays(toIn), c.callersOf);
        assertArrayEquals(flowMembers, c.flowMembers);
        assertArrayEquals(arrays(flowsOf), c.flowsOfNode);
        int[] byId = IntStream.range(0, flowMembers.length).boxed()
                .sorted(Comparator.comparing(f -> t.flows().get(f).id())).mapToInt(Integer::intValue).toArray();
        assertArrayEquals(byId, c.flowsByIdOrder);
        for (int r = 0; r < byId.length; r++) assertEquals(r, c.flowRank[byId[r]]);
        for (int d = 0; d < deps.size(); d++) assertEquals(index.get(deps.get(d).to()), c.dependencyTo(d));
    }

    private static List<List<Integer>> lists(int n) {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        return out;
    }

    private static int[][] arrays(List<List<Integer>> lists) {
        return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }
}
