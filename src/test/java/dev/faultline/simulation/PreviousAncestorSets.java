package dev.faultline.simulation;

import java.util.Arrays;

/**
 * The oracle: {@link AncestorSets} as it was at 91051e5, before issue #18's flat arrays, word pool and skipped
 * callers; AncestorSetsEquivalenceTest checks the two compute the same arrays. Not to be optimised.
 * <p>
 * For every node, how many nodes reach it along {@code to} edges (itself included) and which flows have a member
 * among them, computed once for the whole topology. In a whole-node-loss scenario exactly those nodes end up not UP
 * (see {@link Propagation#runWholeNodeLoss()}), so this replaces one graph walk per node with bitset unions over the
 * strongly connected components, processed callers first. A component's bitset is freed as soon as the last
 * component below it has used it, which keeps the peak memory well under the n²/8 bytes of a full closure.
 */
final class PreviousAncestorSets {
    final int[] componentOf;
    final int[] affectedCount;
    /** Per component: the flows with a member among the nodes that reach it, as bits by rank in flow id order. */
    final long[][] flowBits;
    /** What each loss takes DOWN, when its bitsets fit the budget too; else the sweep walks the DOWN fixpoint. */
    final PreviousDownSets down;

    private PreviousAncestorSets(int[] componentOf, int[] affectedCount, long[][] flowBits, PreviousDownSets down) {
        this.componentOf = componentOf;
        this.affectedCount = affectedCount;
        this.flowBits = flowBits;
        this.down = down;
    }

    /**
     * The sets, or empty when their bitsets would at some point take more than {@code budgetBytes}: a dry run of
     * the same walk counts how many are alive at once, so the check is exact and costs O(nodes + dependencies).
     */
    static java.util.Optional<PreviousAncestorSets> compute(CompiledTopology t, long budgetBytes,
                                                   dev.faultline.progress.CancellationToken cancel) {
        int n = t.nodeCount;
        int[][] calleesOf = callees(t);
        // The int-array Tarjan on purpose, not JGraphT (as analysis.rules.CallGraph): this runs over the whole
        // compiled topology on the sweep's hot path, where boxed vertices and subgraph objects would cost.
        StrongComponents comps = StrongComponents.of(calleesOf);
        int[][] members = comps.members();
        int words = (n + 63) / 64;
        if ((long) peakLiveSets(t, comps, members, references(comps, calleesOf)) * words * 8 > budgetBytes) {
            return java.util.Optional.empty();
        }
        PreviousAncestorSets up = compute(t, comps, members, references(comps, calleesOf), cancel);
        PreviousDownSets down = PreviousDownSets.compute(t, budgetBytes, cancel).orElse(null);
        return java.util.Optional.of(new PreviousAncestorSets(up.componentOf, up.affectedCount, up.flowBits, down));
    }

    /** The same sets without the DOWN ones: the sweep then walks the DOWN fixpoint per node (the tests compare). */
    PreviousAncestorSets withoutDownSets() {
        return new PreviousAncestorSets(componentOf, affectedCount, flowBits, null);
    }

    /** refs[c]: edges from component c into other components, i.e. how many times c's bitset will be read. */
    private static int[] references(StrongComponents comps, int[][] calleesOf) {
        int[] refs = new int[comps.count];
        for (int v = 0; v < calleesOf.length; v++) {
            for (int w : calleesOf[v]) if (comps.of[v] != comps.of[w]) refs[comps.of[v]]++;
        }
        return refs;
    }

    private static int peakLiveSets(CompiledTopology t, StrongComponents comps, int[][] members, int[] refs) {
        int live = 0;
        int peak = 0;
        for (int c = comps.count - 1; c >= 0; c--) {
            live++;
            peak = Math.max(peak, live);
            for (int v : members[c]) {
                for (int d : t.callersOf[v]) {
                    int cu = comps.of[t.depFrom[d]];
                    if (cu != c && --refs[cu] == 0) live--;
                }
            }
            if (refs[c] == 0) live--;
        }
        return peak;
    }

    private static PreviousAncestorSets compute(CompiledTopology t, StrongComponents comps, int[][] members, int[] refs,
                                        dev.faultline.progress.CancellationToken cancel) {
        int k = comps.count;
        int flowWords = (t.flowMembers.length + 63) / 64;
        int[] bitOf = BitOrder.callersPostOrder(t).position;
        WindowedBits[] nodeBits = new WindowedBits[k];
        long[][] flowBits = new long[k][];
        int[] affected = new int[k];
        // Tarjan numbers components callees first; walk them backwards so every caller is done before its callees.
        for (int c = k - 1; c >= 0; c--) {
            if ((c & 255) == 0) cancel.throwIfCancelled();
            WindowedBits bits = window(t, comps, members[c], c, nodeBits, bitOf);
            long[] fbits = new long[flowWords];
            for (int v : members[c]) {
                bits.words[(bitOf[v] >>> 6) - bits.lo] |= 1L << bitOf[v];
                for (int f : t.flowsOfNode[v]) fbits[t.flowRank[f] >>> 6] |= 1L << t.flowRank[f];
                for (int d : t.callersOf[v]) {
                    int u = t.depFrom[d];
                    int cu = comps.of[u];
                    if (cu == c) continue;
                    bits.orAll(nodeBits[cu]);
                    or(fbits, flowBits[cu]);
                    if (--refs[cu] == 0) nodeBits[cu] = null;
                }
            }
            affected[c] = bits.cardinality();
            flowBits[c] = fbits;
            if (refs[c] > 0) nodeBits[c] = bits;
        }
        return new PreviousAncestorSets(comps.of, affected, flowBits, null);
    }

    /** An empty set whose window covers component c's own bits and its callers' sets: the ors never regrow it. */
    private static WindowedBits window(CompiledTopology t, StrongComponents comps, int[] members, int c,
                                       WindowedBits[] nodeBits, int[] bitOf) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int v : members) {
            lo = Math.min(lo, bitOf[v] >>> 6);
            hi = Math.max(hi, (bitOf[v] >>> 6) + 1);
            for (int d : t.callersOf[v]) {
                int cu = comps.of[t.depFrom[d]];
                if (cu == c) continue;
                lo = Math.min(lo, nodeBits[cu].lo);
                hi = Math.max(hi, nodeBits[cu].hi());
            }
        }
        return new WindowedBits(lo, new long[hi - lo]);
    }

    private static int[][] callees(CompiledTopology t) {
        int n = t.nodeCount;
        int[] count = new int[n];
        for (int d = 0; d < t.depFrom.length; d++) count[t.depFrom[d]]++;
        int[][] out = new int[n][];
        for (int v = 0; v < n; v++) out[v] = new int[count[v]];
        Arrays.fill(count, 0);
        for (int d = 0; d < t.depFrom.length; d++) {
            int v = t.depFrom[d];
            out[v][count[v]++] = t.depProviders[d][0];
        }
        return out;
    }

    private static void or(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) into[i] |= from[i];
    }

}
