package dev.faultline.analysis;

import java.util.List;

import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * The nodes of a topology in the order of their ids ({@link String#compareTo}), made once per topology and shared:
 * the latency analysis tries hangs in this order, and the findings are sorted by rank rather than by comparing ids
 * (issue #18: at 50,000 nodes under C1 the latency analysis sorted boxed indices through a comparator lambda, and the
 * findings' sorts compared ids character by character, at the end of the run).
 */
public final class NodeIdOrder {
    /** Node indices by id; nodes with equal ids (never in a valid topology) in index order. */
    private final int[] byId;
    /** Per node index: the position of the first node with its id in {@link #byId}; equal ids, equal ranks. */
    private final int[] rank;
    /** Whether some node's id is "", which a finding without nodes also sorts as. */
    private final boolean emptyId;

    private static Topology lastTopology;
    private static NodeIdOrder last;

    private NodeIdOrder(Topology topology) {
        List<Node> nodes = topology.nodes();
        String[] ids = new String[nodes.size()];
        for (int v = 0; v < ids.length; v++) ids[v] = nodes.get(v).id();
        byId = sortedIndices(ids);
        rank = new int[ids.length];
        boolean empty = false;
        for (int r = 0; r < byId.length; r++) {
            int v = byId[r];
            boolean same = r > 0 && ids[byId[r - 1]].equals(ids[v]);
            rank[v] = same ? rank[byId[r - 1]] : r;
            empty |= ids[v].isEmpty();
        }
        emptyId = empty;
    }

    /** The order of {@code topology}'s nodes (made once for the last topology asked for; never changed). */
    public static synchronized NodeIdOrder of(Topology topology) {
        if (topology != lastTopology) {
            last = new NodeIdOrder(topology);
            lastTopology = topology;
        }
        return last;
    }

    /** Node indices sorted by id, as a stable sort of the indices by id would give them. A copy. */
    public int[] byId() {
        return byId.clone();
    }

    /** The rank of node {@code v}: ranks compare as the ids do (equal ids, equal ranks). */
    int rank(int v) {
        return rank[v];
    }

    boolean hasEmptyId() {
        return emptyId;
    }

    /**
     * Indices 0..n-1 sorted by {@code keys}, stably: the result of {@code Arrays.sort(Integer[], comparing(keys))}
     * (equal keys keep index order, so the sort is fully determined), by a merge sort on ints.
     */
    static int[] sortedIndices(String[] keys) {
        int n = keys.length;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        int[] b = new int[n];
        // Runs of 8 by insertion, then bottom-up merges; ties take the left run's element first (stable).
        for (int lo = 0; lo < n; lo += 8) {
            int hi = Math.min(n, lo + 8);
            for (int i = lo + 1; i < hi; i++) {
                int x = a[i];
                int j = i - 1;
                while (j >= lo && keys[a[j]].compareTo(keys[x]) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
        }
        for (int width = 8; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(n, lo + width);
                int hi = Math.min(n, lo + 2 * width);
                int i = lo;
                int j = mid;
                int k = lo;
                if (mid >= hi || keys[a[mid - 1]].compareTo(keys[a[mid]]) <= 0) {
                    System.arraycopy(a, lo, b, lo, hi - lo); // already in order
                    continue;
                }
                while (i < mid && j < hi) b[k++] = keys[a[j]].compareTo(keys[a[i]]) < 0 ? a[j++] : a[i++];
                while (i < mid) b[k++] = a[i++];
                while (j < hi) b[k++] = a[j++];
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }
}
