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
        if ((long) peak * words * 8 > budgetBytes) return java.util.Optional.empty();
        AncestorSets up = compute(t, comps, members, references(comps, calleesOf), peak, cancel);
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
     * Components callers first, each set the union of its callers' sets and its own bits. Issue #18 (C1 inlines
     * little, and this ran 55 million word ors at 50,000 nodes): the sets live in flat arrays (words, first word,
     * end) rather than objects, so the window of a component reads two ints per caller instead of two objects; the or
     * loops are written out here with everything in locals; the words come from a {@link WordPool} (fewer
     * collections). The previous version is the oracle of AncestorSetsEquivalenceTest.
     */
    private static AncestorSets compute(CompiledTopology t, StrongComponents comps, int[][] members, int[] refs,
                                        long peakLiveSets, dev.faultline.progress.CancellationToken cancel) {
        int k = comps.count;
        int flowWords = (t.flowMembers.length + 63) / 64;
        int[] bitOf = BitOrder.callersPostOrder(t).position;
        int[] compOf = comps.of;
        int[] depFrom = t.depFrom;
        int[][] callersOf = t.callersOf;
        int[][] flowsOfNode = t.flowsOfNode;
        int[] flowRank = t.flowRank;
        int fullWidth = (t.nodeCount + 63) / 64;
        WordPool pool = new WordPool(fullWidth, peakLiveSets * fullWidth);
        // The live sets: words, index of the first word, index one past the last word (per component).
        long[][] setWords = new long[k][];
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
            // The window: the component's own bits and its callers' sets (the ors never regrow it).
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            boolean anyFlow = false;
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
                }
            }
            int length = hi - lo;
            // A caller read here for the last time whose array can hold the window lends it: its words are moved into
            // place instead of or-ed into fresh ones (the largest such, to spare the most ors).
            int lender = -1;
            for (int v : mine) {
                for (int d : callersOf[v]) {
                    int cu = compOf[depFrom[d]];
                    if (cu != c && refs[cu] == 1 && setWords[cu].length >= length
                            && (lender < 0 || setHi[cu] - setLo[cu] > setHi[lender] - setLo[lender])) {
                        lender = cu;
                    }
                }
            }
            long[] words;
            if (lender >= 0) {
                words = setWords[lender];
                int shift = setLo[lender] - lo;
                int used = setHi[lender] - setLo[lender];
                if (shift > 0) {
                    System.arraycopy(words, 0, words, shift, used);
                    Arrays.fill(words, 0, Math.min(shift, used), 0L);
                }
            } else {
                words = pool.take(length);
            }
            // The largest caller set first (unless lent): the callers inside it are then skipped below.
            int first = lender;
            if (first < 0) {
                for (int v : mine) {
                    for (int d : callersOf[v]) {
                        int cu = compOf[depFrom[d]];
                        if (cu != c && (first < 0 || setHi[cu] - setLo[cu] > setHi[first] - setLo[first])) first = cu;
                    }
                }
                if (first >= 0) orInto(words, setWords[first], setLo[first] - lo, setHi[first] - setLo[first]);
            }
            int at = c * flowWords;
            for (int v : mine) {
                int bit = bitOf[v];
                words[(bit >>> 6) - lo] |= 1L << bit;
                for (int f : flowsOfNode[v]) flowFlat[at + (flowRank[f] >>> 6)] |= 1L << flowRank[f];
                for (int d : callersOf[v]) {
                    int cu = compOf[depFrom[d]];
                    if (cu == c) continue;
                    // A caller that reaches one already or-ed in (its node is in the set) has a subset of that
                    // one's set and flows: nothing to add (the caller first or-ed, or lent, is never skipped).
                    int probe = bitOf[members[cu][0]];
                    if (cu == first) {
                        first = -1; // its words are in already; its flow bits are taken below
                    } else if ((words[(probe >>> 6) - lo] & (1L << probe)) != 0) {
                        if (--refs[cu] == 0) release(pool, setWords, setLo, setHi, cu, words);
                        continue;
                    } else {
                        orInto(words, setWords[cu], setLo[cu] - lo, setHi[cu] - setLo[cu]);
                    }
                    if (reachesFlow[cu]) {
                        for (int j = 0, theirs = cu * flowWords; j < flowWords; j++) flowFlat[at + j] |= flowFlat[theirs + j];
                    }
                    if (--refs[cu] == 0) release(pool, setWords, setLo, setHi, cu, words);
                }
            }
            int count = 0;
            for (int i = 0; i < length; i++) count += Long.bitCount(words[i]);
            affected[c] = count;
            reachesFlow[c] = anyFlow;
            if (refs[c] > 0) {
                setWords[c] = words;
                setLo[c] = lo;
                setHi[c] = hi;
            } else {
                pool.give(words, length);
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

    /** words[base ..] |= from[0 .. length), by four words a step: C1 does not unroll loops. */
    private static void orInto(long[] words, long[] from, int base, int length) {
        int i = 0;
        for (; i + 3 < length; i += 4) {
            words[base + i] |= from[i];
            words[base + i + 1] |= from[i + 1];
            words[base + i + 2] |= from[i + 2];
            words[base + i + 3] |= from[i + 3];
        }
        for (; i < length; i++) words[base + i] |= from[i];
    }

    /** Component cu's set has been read for the last time: its words go back to the pool (unless lent to words). */
    private static void release(WordPool pool, long[][] setWords, int[] setLo, int[] setHi, int cu, long[] words) {
        if (setWords[cu] != words) pool.give(setWords[cu], setHi[cu] - setLo[cu]);
        setWords[cu] = null;
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
