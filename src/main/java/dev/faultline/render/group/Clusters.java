package dev.faultline.render.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.AsUndirectedGraph;

import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * Groups for a file with neither teams nor zones: communities of the dependency graph (edges taken both ways).
 *
 * <p>Why label propagation (JGraphT's {@link LabelPropagationClustering}): each round is linear in the graph, so it is
 * the one JGraphT algorithm that scales: measured 0.6 s at 2,000 nodes and 3-6 s at 20,000 (10 rounds, on a loaded
 * 2-core machine; docs/performance-history.md, "#13 semantic zoom"). It runs once per opened file, and only for
 * files with neither teams nor zones.
 * {@code GirvanNewmanClustering} recomputes edge betweenness after every removal (O(m²n)): minutes at 2,000 nodes.
 * {@code KSpanningTreeClustering} cuts the k-1 heaviest edges of a spanning tree; on an unweighted graph every
 * edge weighs the same, so it returns one giant cluster and k-1 single nodes. Label propagation leaves clusters of
 * every size, so the result is evened out: clusters above {@link #MAX} are cut into pieces of consecutive members
 * and clusters below {@link #MIN} join the neighbouring cluster they share most dependencies with. A fixed seed
 * keeps the groups the same from one opening to the next.
 */
final class Clusters {
    static final int MAX = 40;
    static final int MIN = 3;
    /** Labels hardly move after a few rounds; the cap bounds the time on 20,000 nodes (docs/performance-history.md). */
    private static final int ITERATIONS = 10;
    private static final long SEED = 13;

    private Clusters() {
    }

    /** Clusters of node ids, each in file order, ordered by their first member's position in the file. */
    static List<List<String>> of(Topology t) {
        Map<String, Integer> order = new HashMap<>();
        for (Node n : t.nodes()) order.put(n.id(), order.size());
        Graph<String, Dependency> undirected = new AsUndirectedGraph<>(t.graph());
        List<Set<String>> raw = new LabelPropagationClustering<>(undirected, ITERATIONS, new Random(SEED)).getClustering()
                .getClusters();
        Map<String, Integer> clusterOf = new HashMap<>();
        List<List<String>> clusters = new ArrayList<>();
        for (Set<String> c : raw) {
            List<String> members = new ArrayList<>(c);
            members.sort(Comparator.comparing(order::get));
            for (int from = 0; from < members.size(); from += MAX) {
                List<String> piece = members.subList(from, Math.min(members.size(), from + MAX));
                piece.forEach(id -> clusterOf.put(id, clusters.size()));
                clusters.add(new ArrayList<>(piece));
            }
        }
        mergeSmall(t, clusters, clusterOf);
        List<List<String>> out = new ArrayList<>();
        for (List<String> c : clusters) {
            if (c.isEmpty()) continue;
            c.sort(Comparator.comparing(order::get));
            out.add(List.copyOf(c));
        }
        out.sort(Comparator.comparing(c -> order.get(c.get(0))));
        return out;
    }

    private static void mergeSmall(Topology t, List<List<String>> clusters, Map<String, Integer> clusterOf) {
        for (int i = 0; i < clusters.size(); i++) {
            List<String> c = clusters.get(i);
            if (c.isEmpty() || c.size() >= MIN) continue;
            Map<Integer, Integer> shared = new LinkedHashMap<>();
            for (String id : c) {
                for (Dependency d : t.dependenciesOf(id)) shared.merge(clusterOf.get(d.to()), 1, Integer::sum);
                for (Dependency d : t.dependentsOf(id)) shared.merge(clusterOf.get(d.from()), 1, Integer::sum);
            }
            shared.remove(i);
            Integer target = shared.entrySet().stream()
                    .filter(e -> e.getKey() != null && clusters.get(e.getKey()).size() + c.size() <= MAX)
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (target == null) continue; // isolated: stays a small group of its own
            for (String id : c) clusterOf.put(id, target);
            clusters.get(target).addAll(c);
            c.clear();
        }
    }
}
