package dev.faultline.simulation;

import java.util.Arrays;

/**
 * For every node, how many nodes reach it along {@code to} edges (itself included) and which flows have a member
 * among them, computed once for the whole topology. In a whole-node-loss scenario exactly those nodes end up not UP
 * (see {@link Propagation#runWholeNodeLoss()}), so this replaces one graph walk per node with bitset unions over the
 * strongly connected components, processed callers first. A component's bitset is freed as soon as the last
 * component below it has used it, which keeps the peak memory well under the n²/8 bytes of a full closure.
 */
public final class AncestorSets {
    final int[] componentOf;
    final int[] affectedCount;
    /** Per component: the flows with a member among the nodes that reach it, as bits by rank in flow id order. */
    final long[][] flowBits;
    /** What each loss takes DOWN, when its bitsets fit the budget too; else the sweep walks the DOWN fixpoint. */
    final DownSets down;

    private AncestorSets(int[] componentOf, int[] affectedCount, long[][] flowBits, DownSets down) {
        this.componentOf = componentOf;
        this.affectedCount = affectedCount;
        this.flowBits = flowBits;
        this.down = down;
    }

    /**
     * The sets, or empty when their bitsets would at some point take more than {@code budgetBytes}: a dry run of
     * the same walk counts how many are alive at once, so the check is exact and costs O(nodes + dependencies).
     */
    static java.util.Optional<AncestorSets> compute(CompiledTopology t, long budgetBytes,
                                                   dev.faultline.progress.CancellationToken cancel) {
        int n = t.nodeCount;
        int[][] calleesOf = callees(t);
        // The int-array Tarjan on purpose, not JGraphT (as analysis.rules.CallGraph): this runs over the whole
        // compiled topology on the sweep's hot path, where boxed vertices and subgraph objects would cost.
        StrongComponents comps = StrongComponents.of(calleesOf);
        int[][] members = comps.members();
        int words = (n + 63) / 64;
        int peak = peakLiveSets(t, comps, members, references(comps, calleesOf));
        if ((long) peak * (words + 1) * 8 > budgetBytes) return java.util.Optional.empty();
        AncestorSets up = compute(t, comps, members, references(comps, calleesOf), cancel);
        DownSets down = DownSets.compute(t, budgetBytes, cancel).orElse(null);
        return java.util.Optional.of(new AncestorSets(up.componentOf, up.affectedCount, up.flowBits, down));
    }

    /** The same sets without the DOWN ones: the sweep then walks the DOWN fixpoint per node (the tests compare). */
    AncestorSets withoutDownSets() {
        return new AncestorSets(componentOf, affectedCount, flowBits, null);
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

    /**
     * Components callers first, each set the union of its callers' sets and its own bits, built in a full-width
     * scratch array and kept as {@link WordRuns} until its last reader is done (issue #18: the windows of the
     * earlier flat layout were 2.5 times the sets' non-zero words at 50,000 nodes, and every union read them whole).
     * The caller with the widest set is or-ed first, and a caller whose own node is already in the set is skipped: its set
     * and flows are a subset. The earlier computations are the oracles of AncestorSetsEquivalenceTest.
     */
    private static AncestorSets compute(CompiledTopology t, StrongComponents comps, int[][] members, int[] refs,
                                        dev.faultline.progress.CancellationToken cancel) {
        int k = comps.count;
        int flowWords = (t.flowMembers.length + 63) / 64;
        int[] bitOf = BitOrder.callersPostOrder(t).position;
        int[] compOf = comps.of;
        int[] depFrom = t.depFrom;
        int[][] callersOf = t.callersOf;
        int[][] flowsOfNode = t.flowsOfNode;
        int[] flowRank = t.flowRank;
        int fullWidth = (t.nodeCount + 63) / 64;
        long[] set = new long[fullWidth];
        long[] runs = new long[fullWidth + 1];
        // The live sets as runs, and each one's window: index of the first word, one past the last (per component).
        long[][] setRuns = new long[k][];
        int[] setLo = new int[k];
        int[] setHi = new int[k];
        // The flow bits of component c are flowFlat[c * flowWords ..]: one array, read by every caller edge.
        long[] flowFlat = new long[k * flowWords];
        boolean[] reachesFlow = new boolean[k];
        int[] affected = new int[k];
        // Tarjan numbers components callees first; walk them backwards so every caller is done before its callees.
        for (int c = k - 1; c >= 0; c--) {
            if ((c & 255) == 0) cancel.throwIfCancelled();
            int[] mine = members[c];
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            boolean anyFlow = false;
            int first = -1;
            for (int v : mine) {
                int w = bitOf[v] >>> 6;
                if (w < lo) lo = w;
                if (w + 1 > hi) hi = w + 1;
                anyFlow |= flowsOfNode[v].length > 0;
                for (int d : callersOf[v]) {
                    int cu = compOf[depFrom[d]];
                    if (cu == c) continue;
                    if (setLo[cu] < lo) lo = setLo[cu];
                    if (setHi[cu] > hi) hi = setHi[cu];
                    anyFlow |= reachesFlow[cu];
                    if (first < 0 || setHi[cu] - setLo[cu] > setHi[first] - setLo[first]) first = cu;
                }
            }
            if (first >= 0) WordRuns.orInto(setRuns[first], set);
            int at = c * flowWords;
            for (int v : mine) {
                int bit = bitOf[v];
                set[bit >>> 6] |= 1L << bit;
                for (int f : flowsOfNode[v]) flowFlat[at + (flowRank[f] >>> 6)] |= 1L << flowRank[f];
                for (int d : callersOf[v]) {
                    int cu = compOf[depFrom[d]];
                    if (cu == c) continue;
                    // A caller that reaches one already or-ed in (its node is in the set) has a subset of that
                    // one's set and flows: nothing to add (the caller or-ed first is never skipped).
                    int probe = bitOf[members[cu][0]];
                    if (cu == first) {
                        first = -1; // its words are in already; its flow bits are taken below
                    } else if ((set[probe >>> 6] & (1L << probe)) != 0) {
                        if (--refs[cu] == 0) setRuns[cu] = null;
                        continue;
                    } else {
                        WordRuns.orInto(setRuns[cu], set);
                    }
                    if (reachesFlow[cu]) {
                        for (int j = 0, theirs = cu * flowWords; j < flowWords; j++) flowFlat[at + j] |= flowFlat[theirs + j];
                    }
                    if (--refs[cu] == 0) setRuns[cu] = null;
                }
            }
            int length = WordRuns.encode(set, lo, hi, runs);
            affected[c] = WordRuns.cardinality(runs, length);
            reachesFlow[c] = anyFlow;
            if (refs[c] > 0) {
                setRuns[c] = java.util.Arrays.copyOf(runs, length);
                setLo[c] = lo;
                setHi[c] = hi;
            }
        }
        // Per component its own array, as the sweep reads them; components no flow member reaches share one.
        long[][] flowBits = new long[k][];
        long[] noFlows = new long[flowWords];
        for (int c = 0; c < k; c++) {
            flowBits[c] = reachesFlow[c] ? Arrays.copyOfRange(flowFlat, c * flowWords, (c + 1) * flowWords) : noFlows;
        }
        return new AncestorSets(comps.of, affected, flowBits, null);
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

}
