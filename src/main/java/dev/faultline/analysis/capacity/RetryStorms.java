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
 * Retry amplification along sync paths from flow entries (risk-model.md section 4). For each entry, the largest
 * amplification reaching each node is found by dynamic programming over the components of the sync graph (a path
 * enters a sync cycle but does not go round it: sync-cycle reports cycles). A storm is reported at every node whose
 * largest amplification reaches the threshold on a call that itself retries, i.e. where attempts multiply; nodes
 * further down reached only by calls without retries are covered by that finding. O(entries × (N + E)).
 */
public final class RetryStorms {
    public static final double THRESHOLD = 10;

    private RetryStorms() {
    }

    /** Storms per distinct flow entry (in flow order), each entry's by end node id. */
    public static List<RetryStorm> find(Topology topology) {
        int n = topology.nodes().size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) index.put(topology.nodes().get(i).id(), i);
        // Sync edges as flat arrays per caller (dependency order): 200 entries × the whole graph at 50,000 nodes
        // made boxed edge lists the cost of this analysis.
        int[] count = new int[n];
        List<Dependency> sync = topology.dependencies().stream().filter(Dependency::isSync).toList();
        int[] from = new int[sync.size()];
        for (int k = 0; k < from.length; k++) count[from[k] = index.get(sync.get(k).from())]++;
        int[][] out = new int[n][];
        int[][] retries = new int[n][];
        for (int v = 0; v < n; v++) {
            out[v] = new int[count[v]];
            retries[v] = new int[count[v]];
        }
        Arrays.fill(count, 0);
        for (int k = 0; k < from.length; k++) {
            int v = from[k];
            out[v][count[v]] = index.get(sync.get(k).to());
            retries[v][count[v]++] = sync.get(k).effectiveRetries();
        }
        StrongComponents scc = StrongComponents.of(out);
        int[] order = callersFirst(scc);
        int[] position = new int[n];
        for (int i = 0; i < n; i++) position[order[i]] = i;
        LinkedHashSet<Integer> entries = new LinkedHashSet<>();
        for (Flow f : topology.flows()) entries.add(index.get(f.entry()));
        double[] amp = new double[n];
        int[] pred = new int[n];
        int[] lastRetries = new int[n];
        int[] reached = new int[n];
        Arrays.fill(pred, -1);
        List<RetryStorm> storms = new ArrayList<>();
        for (int entry : entries) {
            int reachedCount = 0;
            amp[entry] = 1;
            reached[reachedCount++] = entry;
            // Components from the entry's down, callers first, members by index: the order the largest
            // amplification has always been found in, so ties keep the same predecessor.
            for (int i = position[entry]; i < n; i++) {
                int v = order[i];
                if (amp[v] == 0) continue;
                int c = scc.of[v];
                for (int k = 0; k < out[v].length; k++) {
                    int w = out[v][k];
                    if (scc.of[w] == c) continue;
                    double a = amp[v] * (1 + retries[v][k]);
                    if (a > amp[w]) {
                        if (amp[w] == 0) reached[reachedCount++] = w;
                        amp[w] = a;
                        pred[w] = v;
                        lastRetries[w] = retries[v][k];
                    }
                }
            }
            List<RetryStorm> found = new ArrayList<>();
            for (int k = 0; k < reachedCount; k++) {
                int w = reached[k];
                if (w != entry && amp[w] >= THRESHOLD && lastRetries[w] > 0) {
                    found.add(new RetryStorm(path(topology, pred, w), amp[w]));
                }
            }
            for (int k = 0; k < reachedCount; k++) {
                int w = reached[k];
                amp[w] = 0;
                pred[w] = -1;
                lastRetries[w] = 0;
            }
            found.sort(Comparator.comparing(RetryStorm::end));
            storms.addAll(found);
        }
        return storms;
    }

    /** Nodes by descending component, ascending index within one: every caller in another component comes first. */
    private static int[] callersFirst(StrongComponents scc) {
        int[][] members = scc.members();
        int[] order = new int[scc.of.length];
        int i = 0;
        for (int c = members.length - 1; c >= 0; c--) for (int v : members[c]) order[i++] = v;
        return order;
    }

    private static List<String> path(Topology topology, int[] pred, int end) {
        List<String> path = new ArrayList<>();
        for (int v = end; v >= 0; v = pred[v]) path.add(0, topology.nodes().get(v).id());
        return path;
    }
}
