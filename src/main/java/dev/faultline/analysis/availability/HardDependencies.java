package dev.faultline.analysis.availability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;

/**
 * The only edges that can take a node DOWN: for each node, its sync+required dependencies, each as its distinct
 * providers ({@code to}, then fallbacks). A dependency with one provider is a <em>series</em> edge (the caller is DOWN
 * whenever the provider is); one with several is a <em>gate</em> (DOWN only when all of them are).
 */
final class HardDependencies {
    final Map<String, Integer> index;
    /** Per node: its hard dependencies' provider sets. */
    final int[][][] providers;

    HardDependencies(Topology topology) {
        index = new HashMap<>();
        for (int v = 0; v < topology.nodes().size(); v++) index.put(topology.nodes().get(v).id(), v);
        List<List<int[]>> lists = new ArrayList<>();
        for (int v = 0; v < topology.nodes().size(); v++) lists.add(new ArrayList<>());
        for (Dependency d : topology.dependencies()) {
            if (!d.isHard()) continue;
            int[] ps = new LinkedHashSet<>(d.providers()).stream().mapToInt(index::get).toArray();
            lists.get(index.get(d.from())).add(ps);
        }
        providers = new int[lists.size()][][];
        for (int v = 0; v < providers.length; v++) providers[v] = lists.get(v).toArray(new int[0][]);
    }

    int nodeCount() {
        return providers.length;
    }
}
