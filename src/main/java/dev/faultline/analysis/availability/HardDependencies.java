package dev.faultline.analysis.availability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;
import dev.faultline.simulation.CompiledTopology;

/**
 * The only edges that can take a node DOWN: for each node, its sync+required dependencies, each as its distinct
 * providers ({@code to}, then fallbacks). A dependency with one provider is a <em>series</em> edge (the caller is DOWN
 * whenever the provider is); one with several is a <em>gate</em> (DOWN only when all of them are).
 */
final class HardDependencies {
    /** Node index by id. */
    final ToIntFunction<String> index;
    /** Per node: its hard dependencies' provider sets. */
    final int[][][] providers;
    /**
     * The providers of series edges in one flat array, node v's at {@code seriesTo[seriesStart[v] ..
     * seriesStart[v + 1])} in dependency order: the series-set search walks ~2 million of them at 50,000 nodes, and
     * flat arrays spare it a pointer per edge.
     */
    final int[] seriesStart;
    final int[] seriesTo;
    /** Per node: the provider sets of its gates (hard dependencies with several providers), in dependency order. */
    final int[][][] gatesOf;

    HardDependencies(Topology topology) {
        this(topology, indexOf(topology));
    }

    /**
     * The same, from the compiled topology's dependency ends (its providers are the same distinct lists, {@code to}
     * first): no id is looked up again, and the provider arrays are shared, not copied.
     */
    HardDependencies(CompiledTopology compiled) {
        this.index = compiled::indexOf;
        int n = compiled.nodeCount();
        int[] count = new int[n];
        for (int d = 0; d < compiled.dependencyCount(); d++) if (compiled.dependencyHard(d)) count[compiled.dependencyFrom(d)]++;
        providers = new int[n][][];
        for (int v = 0; v < n; v++) providers[v] = new int[count[v]][];
        Arrays.fill(count, 0);
        for (int d = 0; d < compiled.dependencyCount(); d++) {
            if (!compiled.dependencyHard(d)) continue;
            int v = compiled.dependencyFrom(d);
            providers[v][count[v]++] = compiled.dependencyProviders(d);
        }
        seriesStart = new int[n + 1];
        gatesOf = new int[n][][];
        seriesTo = index();
    }

    private HardDependencies(Topology topology, ToIntFunction<String> index) {
        this.index = index;
        int n = topology.nodes().size();
        List<List<int[]>> lists = new ArrayList<>(n);
        for (int v = 0; v < n; v++) lists.add(new ArrayList<>(2));
        for (Dependency d : topology.dependencies()) {
            if (d.isHard()) lists.get(index.applyAsInt(d.from())).add(distinctProviders(d, index));
        }
        providers = new int[n][][];
        for (int v = 0; v < n; v++) providers[v] = lists.get(v).toArray(new int[0][]);
        seriesStart = new int[n + 1];
        gatesOf = new int[n][][];
        seriesTo = index();
    }

    /** Fills {@link #seriesStart} and {@link #gatesOf} from {@link #providers}; returns the series providers. */
    private int[] index() {
        int n = providers.length;
        for (int v = 0; v < n; v++) {
            int series = 0;
            for (int[] ps : providers[v]) if (ps.length == 1) series++;
            seriesStart[v + 1] = seriesStart[v] + series;
            int gates = providers[v].length - series;
            gatesOf[v] = gates == 0 ? NO_GATES : new int[gates][];
            int g = 0;
            for (int[] ps : providers[v]) if (ps.length > 1) gatesOf[v][g++] = ps;
        }
        int[] seriesTo = new int[seriesStart[n]];
        for (int v = 0; v < n; v++) {
            int k = seriesStart[v];
            for (int[] ps : providers[v]) if (ps.length == 1) seriesTo[k++] = ps[0];
        }
        return seriesTo;
    }

    private static final int[][] NO_GATES = new int[0][];

    /** {@code to} then the fallbacks, each once, in that order (a pairwise check: there are few of them). */
    private static int[] distinctProviders(Dependency d, ToIntFunction<String> index) {
        List<String> ids = d.providers();
        if (ids.size() > 16) ids = List.copyOf(new java.util.LinkedHashSet<>(ids));
        int[] out = new int[ids.size()];
        int count = 0;
        for (String id : ids) {
            int p = index.applyAsInt(id);
            boolean seen = false;
            for (int k = 0; k < count && !seen; k++) seen = out[k] == p;
            if (!seen) out[count++] = p;
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    private static ToIntFunction<String> indexOf(Topology topology) {
        Map<String, Integer> index = new HashMap<>();
        for (int v = 0; v < topology.nodes().size(); v++) index.put(topology.nodes().get(v).id(), v);
        return index::get;
    }

    int nodeCount() {
        return providers.length;
    }
}
