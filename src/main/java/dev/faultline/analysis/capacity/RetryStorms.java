package dev.faultline.analysis.capacity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import dev.faultline.model.Flow;
import dev.faultline.model.Topology;
import dev.faultline.simulation.CompiledTopology;
import dev.faultline.simulation.StrongComponents;
import dev.faultline.analysis.latency.SyncCalls;

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
        CompiledTopology compiled = CompiledTopology.of(topology);
        int n = compiled.nodeCount();
        // Sync edges as flat arrays per caller (dependency order), with their components: the graph the latency
        // analysis has already built for this topology (issue #18: building it again was most of this search at
        // 50,000 nodes, where no entry reaches the threshold). The arrays are shared: only read here.
        SyncCalls sync = SyncCalls.of(topology);
        int[][] out = sync.callees();
        int[][] retries = sync.retries();
        StrongComponents scc = sync.components();
        int[] order = callersFirst(scc);
        int[] position = new int[n];
        for (int i = 0; i < n; i++) position[order[i]] = i;
        double[] most = largestFrom(scc, order, out, retries);
        LinkedHashSet<Integer> entries = new LinkedHashSet<>();
        for (Flow f : topology.flows()) {
            int e = compiled.indexOf(f.entry());
            // No path from this entry multiplies attempts to the threshold: its search would find nothing.
            if (most == null || most[e] >= THRESHOLD) entries.add(e);
        }
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

    /**
     * Per node v: the largest amplification of any path from v over edges between components (1 for none), computed
     * callees first. Every amplification an entry's search finds is at most this bound of the entry (factors are at
     * least 1, and rounding is monotone), so an entry whose bound is below the threshold has no storm; at 50,000
     * nodes without retries that spares the whole search. Null when some factor is below 1 (no bound then).
     */
    private static double[] largestFrom(StrongComponents scc, int[] callersFirst, int[][] out, int[][] retries) {
        int n = out.length;
        double[] most = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            int v = callersFirst[i];
            double m = 1;
            for (int k = 0; k < out[v].length; k++) {
                if (retries[v][k] < 0) return null;
                int w = out[v][k];
                if (scc.of[w] != scc.of[v]) m = Math.max(m, most[w] * (1 + retries[v][k]));
            }
            most[v] = m;
        }
        return most;
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
