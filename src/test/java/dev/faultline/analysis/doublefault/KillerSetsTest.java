package dev.faultline.analysis.doublefault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import dev.faultline.analysis.availability.RandomTopologies;
import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;
import dev.faultline.simulation.CompiledTopology;
import dev.faultline.simulation.ScenarioProbe;

/** K(t) from the graph equals, for every node t, the nodes whose loss alone takes t DOWN under the failure rules. */
class KillerSetsTest {

    @Property(tries = 1500)
    void killerSetsAreWhatScenariosSay(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int size) {
        Topology t = RandomTopologies.tiny(new Random(seed), size, 100);
        CompiledTopology compiled = new CompiledTopology(t);
        int n = t.nodes().size();
        List<int[]> series = new ArrayList<>();
        List<int[]> gates = new ArrayList<>();
        List<List<Integer>> gatesOf = new ArrayList<>();
        for (int v = 0; v < n; v++) gatesOf.add(new ArrayList<>());
        for (Dependency d : t.dependencies()) {
            if (!d.isHard()) continue;
            int from = compiled.indexOf(d.from());
            int[] ps = new LinkedHashSet<>(d.providers()).stream().mapToInt(compiled::indexOf).toArray();
            if (ps.length == 1) {
                series.add(new int[] {from, ps[0]});
            } else {
                gatesOf.get(from).add(gates.size());
                gates.add(ps);
            }
        }
        int[] seriesStart = new int[n + 1];
        for (int[] e : series) seriesStart[e[0] + 1]++;
        for (int v = 0; v < n; v++) seriesStart[v + 1] += seriesStart[v];
        int[] seriesTo = new int[series.size()];
        int[] fill = Arrays.copyOf(seriesStart, n);
        for (int[] e : series) seriesTo[fill[e[0]]++] = e[1];
        // Every node a target (a superset of the gate providers is allowed), so every K is checked.
        int[] targets = IntStream.range(0, n).toArray();
        int[][] killers = KillerSets.of(targets, seriesStart, seriesTo,
                gatesOf.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new),
                gates.toArray(new int[0][]), n);
        ScenarioProbe probe = new ScenarioProbe(compiled);
        List<List<Integer>> expected = new ArrayList<>();
        for (int v = 0; v < n; v++) expected.add(new ArrayList<>());
        for (int w = 0; w < n; w++) {
            probe.failNode(w);
            probe.run();
            for (int v = 0; v < n; v++) if (probe.nodeDown(v)) expected.get(v).add(w);
            probe.reset();
        }
        for (int v = 0; v < n; v++) {
            assertArrayEquals(expected.get(v).stream().mapToInt(Integer::intValue).toArray(), killers[v], "K of n" + v);
        }
    }
}
