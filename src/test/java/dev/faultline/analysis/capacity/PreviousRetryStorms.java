package dev.faultline.analysis.capacity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Topology;
import dev.faultline.simulation.StrongComponents;

/**
 * The retry-storm search as it was before the flat-array rewrite (#18), kept as the tests' reference.
 * Retry amplification along sync paths from flow entries (risk-model.md section 4). For each entry, the largest
 * amplification reaching each node is found by dynamic programming over the components of the sync graph (a path
 * enters a sync cycle but does not go round it: sync-cycle reports cycles). A storm is reported at every node whose
 * largest amplification reaches the threshold on a call that itself retries, i.e. where attempts multiply; nodes
 * further down reached only by calls without retries are covered by that finding. O(entries × (N + E)).
 */
final class PreviousRetryStorms {
    public static final double THRESHOLD = 10;

    private PreviousRetryStorms() {
    }

    /** Storms per distinct flow entry (in flow order), each entry's by end node id. */
    public static List<RetryStorm> find(Topology topology) {
        int n = topology.nodes().size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) index.put(topology.nodes().get(i).id(), i);
        List<List<int[]>> edges = new ArrayList<>(n);
        for (int i = 0; i < n; i++) edges.add(new ArrayList<>());
        for (Dependency d : topology.dependencies()) {
            if (d.isSync()) edges.get(index.get(d.from())).add(new int[] {index.get(d.to()), d.effectiveRetries()});
        }
        int[][] out = edges.stream().map(l -> l.stream().mapToInt(e -> e[0]).toArray()).toArray(int[][]::new);
        StrongComponents scc = StrongComponents.of(out);
        int[][] members = scc.members();
        LinkedHashSet<Integer> entries = new LinkedHashSet<>();
        for (Flow f : topology.flows()) entries.add(index.get(f.entry()));
        List<RetryStorm> storms = new ArrayList<>();
        for (int entry : entries) {
            double[] amp = new double[n];
            int[] pred = new int[n];
            int[] lastRetries = new int[n];
            Arrays.fill(pred, -1);
            amp[entry] = 1;
            for (int c = scc.of[entry]; c >= 0; c--) {
                for (int v : members[c]) {
                    if (amp[v] == 0) continue;
                    for (int[] e : edges.get(v)) {
                        int w = e[0];
                        if (scc.of[w] == c) continue;
                        double a = amp[v] * (1 + e[1]);
                        if (a > amp[w]) {
                            amp[w] = a;
                            pred[w] = v;
                            lastRetries[w] = e[1];
                        }
                    }
                }
            }
            List<RetryStorm> found = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                if (w != entry && amp[w] >= THRESHOLD && lastRetries[w] > 0) found.add(new RetryStorm(path(topology, pred, w), amp[w]));
            }
            found.sort(Comparator.comparing(RetryStorm::end));
            storms.addAll(found);
        }
        return storms;
    }

    private static List<String> path(Topology topology, int[] pred, int end) {
        List<String> path = new ArrayList<>();
        for (int v = end; v >= 0; v = pred[v]) path.add(0, topology.nodes().get(v).id());
        return path;
    }
}
