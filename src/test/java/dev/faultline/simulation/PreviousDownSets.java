package dev.faultline.simulation;

import java.util.Arrays;
import java.util.Optional;

import dev.faultline.progress.CancellationToken;

/**
 * The oracle: {@link DownSets} as it was at 91051e5, before issue #18's flat arrays, word pool and skipped
 * callers; AncestorSetsEquivalenceTest checks the two compute the same arrays. Not to be optimised.
 * <p>
 * For every node X: how many nodes and which flows the scenario {@code node X} takes DOWN, for all X at once.
 * <p>
 * Why: a sweep that runs the DOWN fixpoint once per node visits the sum of all DOWN sets (26 million nodes at 50,000,
 * each with its dependencies). Instead, per node u, the set Kill(u) of nodes whose loss takes u DOWN satisfies the
 * failure rules read backwards: Kill(u) = {u} ∪ the union over u's hard dependencies d of the intersection over
 * d's providers p of Kill(p) (a dependency is unsatisfied when every provider is DOWN). These are bitsets, computed
 * callees first over the strongly connected components of the hard-dependency graph; inside a cycle they are
 * iterated up from {u}, which gives the least fixpoint, as the worklist does. Unions and intersections act on each X
 * separately, so bit X of Kill(u) is exactly "u is DOWN when X is lost". Each finished Kill(u) is counted into X's
 * total and or-ed into the sets of u's flows, and freed once the last caller has read it.
 * Cost O(E × N / 64) word operations; memory bounded by a dry run, like {@link PreviousAncestorSets}.
 */
final class PreviousDownSets {
    final int[] downCount;
    /** Per node X, the flows X's loss takes DOWN, in flow id order: flowsDown[flowStart[X] .. flowStart[X + 1]). */
    final int[] flowStart;
    final int[] flowsDown;

    private PreviousDownSets(int[] downCount, int[] flowStart, int[] flowsDown) {
        this.downCount = downCount;
        this.flowStart = flowStart;
        this.flowsDown = flowsDown;
    }

    /** The sets, or empty when the bitsets alive at once would take more than {@code budgetBytes}. */
    static Optional<PreviousDownSets> compute(CompiledTopology t, long budgetBytes, CancellationToken cancel) {
        int n = t.nodeCount;
        int[][] hardOut = hardProviders(t);
        StrongComponents comps = StrongComponents.of(hardOut);
        int[][] members = comps.members();
        int words = (n + 63) / 64;
        long flowSets = t.flowMembers.length;
        if ((peakLiveSets(t, comps, members, hardOut) + flowSets + 2) * words * 8L > budgetBytes) {
            return Optional.empty();
        }
        return Optional.of(new Builder(t, comps, members, words).run(cancel));
    }

    /** Per node, its hard dependencies' providers (for the component structure only). */
    private static int[][] hardProviders(CompiledTopology t) {
        int n = t.nodeCount;
        int[] count = new int[n];
        for (int d = 0; d < t.depFrom.length; d++) if (t.depHard[d]) count[t.depFrom[d]] += t.depProviders[d].length;
        int[][] out = new int[n][];
        for (int v = 0; v < n; v++) out[v] = new int[count[v]];
        Arrays.fill(count, 0);
        for (int d = 0; d < t.depFrom.length; d++) {
            if (!t.depHard[d]) continue;
            int v = t.depFrom[d];
            for (int p : t.depProviders[d]) out[v][count[v]++] = p;
        }
        return out;
    }

    /** refs[c]: how many times a node outside component c reads a Kill set of c. */
    private static int[] references(StrongComponents comps, int[][] hardOut) {
        int[] refs = new int[comps.count];
        for (int v = 0; v < hardOut.length; v++) {
            for (int p : hardOut[v]) if (comps.of[p] != comps.of[v]) refs[comps.of[p]]++;
        }
        return refs;
    }

    /** The most Kill sets alive at once, replaying the order in which {@link Builder} allocates and frees them. */
    private static long peakLiveSets(CompiledTopology t, StrongComponents comps, int[][] members, int[][] hardOut) {
        int[] refs = references(comps, hardOut);
        long live = 0;
        long peak = 0;
        for (int c = 0; c < comps.count; c++) {
            live += members[c].length;
            peak = Math.max(peak, live);
            for (int v : members[c]) {
                for (int p : hardOut[v]) {
                    int cp = comps.of[p];
                    if (cp != c && --refs[cp] == 0) live -= members[cp].length;
                }
            }
            if (refs[c] == 0) live -= members[c].length;
        }
        return peak;
    }

    /** One computation's scratch state. */
    private static final class Builder {
        private final CompiledTopology t;
        private final StrongComponents comps;
        private final int[][] members;
        private final int words;
        private final int[] refs;
        private final WindowedBits[] kill;
        /** The bit of each node in the sets. */
        private final BitOrder order;
        private final long[][] flowKill;
        private final int[] downCount;
        /**
         * DOWN totals by bit position as bit-sliced counters: per word of the sets, {@link #planeCount} words whose
         * bit b at plane k is bit k of bit b's total. A finished Kill set is added a word at a time (64 counters per
         * carry chain) instead of a bit at a time: 26 million bits at 50,000 nodes (issue #18). Read out at the end.
         */
        private final long[] planes;
        /** Enough planes for any total: at most n sets hold a bit. */
        private final int planeCount;
        private final long[] scratch;
        /** Per node: its hard dependencies. */
        private final int[][] hardDeps;

        Builder(CompiledTopology t, StrongComponents comps, int[][] members, int words) {
            this.t = t;
            this.comps = comps;
            this.members = members;
            this.words = words;
            this.refs = references(comps, hardProviders(t));
            kill = new WindowedBits[t.nodeCount];
            order = BitOrder.callersPostOrder(t);
            flowKill = new long[t.flowMembers.length][words];
            downCount = new int[t.nodeCount];
            planeCount = 32 - Integer.numberOfLeadingZeros(t.nodeCount);
            planes = new long[words * planeCount];
            scratch = new long[words];
            int n = t.nodeCount;
            int[] count = new int[n];
            for (int d = 0; d < t.depFrom.length; d++) if (t.depHard[d]) count[t.depFrom[d]]++;
            hardDeps = new int[n][];
            for (int v = 0; v < n; v++) hardDeps[v] = new int[count[v]];
            Arrays.fill(count, 0);
            for (int d = 0; d < t.depFrom.length; d++) if (t.depHard[d]) hardDeps[t.depFrom[d]][count[t.depFrom[d]]++] = d;
        }

        PreviousDownSets run(CancellationToken cancel) {
            // Tarjan numbers components callees first: every provider outside a component is done before it.
            for (int c = 0; c < comps.count; c++) {
                if ((c & 255) == 0) cancel.throwIfCancelled();
                int[] comp = members[c];
                for (int u : comp) kill[u] = comp.length == 1 ? sized(u) : WindowedBits.of(order.position[u]);
                if (comp.length == 1) {
                    update(comp[0], false); // no provider inside: one pass is the fixpoint
                } else {
                    boolean changed = true;
                    while (changed) {
                        changed = false;
                        for (int u : comp) changed |= update(u, true);
                    }
                }
                for (int u : comp) finish(u);
                release(c);
            }
            for (int b = 0; b < t.nodeCount; b++) {
                int at = (b >>> 6) * planeCount;
                int count = 0;
                for (int k = 0; k < planeCount; k++) count |= (int) ((planes[at + k] >>> b) & 1) << k;
                downCount[order.nodeAt[b]] = count;
            }
            return new PreviousDownSets(downCount, transpose());
        }

        /**
         * {u}, in a window wide enough for every set its dependencies imply, so that {@link #update} never regrows
         * it: for a node alone in its component, whose providers' sets are all final (a dependency on itself implies
         * nothing new: the intersection is inside Kill(u)).
         */
        private WindowedBits sized(int u) {
            int bit = order.position[u];
            int lo = bit >>> 6;
            int hi = lo + 1;
            deps:
            for (int d : hardDeps[u]) {
                int from = Integer.MIN_VALUE;
                int to = Integer.MAX_VALUE;
                for (int p : t.depProviders[d]) {
                    if (p == u) continue deps;
                    from = Math.max(from, kill[p].lo);
                    to = Math.min(to, kill[p].hi());
                }
                if (from < to) {
                    lo = Math.min(lo, from);
                    hi = Math.max(hi, to);
                }
            }
            WindowedBits bits = new WindowedBits(lo, new long[hi - lo]);
            bits.words[(bit >>> 6) - lo] |= 1L << bit;
            return bits;
        }

        /**
         * Kill(u) |= the Kill sets its hard dependencies imply; true when a bit was added ({@code track}; false when
         * the caller does not need to know, which spares a compare per word).
         */
        private boolean update(int u, boolean track) {
            WindowedBits into = kill[u];
            // Widen Kill(u) once to cover every implied set (an intersection lies inside its inputs' overlap).
            for (int d : hardDeps[u]) {
                int[] providers = t.depProviders[d];
                int from = Integer.MIN_VALUE;
                int to = Integer.MAX_VALUE;
                for (int p : providers) {
                    from = Math.max(from, kill[p].lo);
                    to = Math.min(to, kill[p].hi());
                }
                if (from < to) into.cover(from, to);
            }
            boolean changed = false;
            for (int d : hardDeps[u]) {
                int[] providers = t.depProviders[d];
                if (providers.length == 1) {
                    if (track) changed |= into.or(kill[providers[0]]);
                    else into.orAll(kill[providers[0]]);
                } else {
                    changed |= orIntersection(into, providers);
                }
            }
            return changed;
        }

        /** into |= the intersection of the providers' Kill sets, through the scratch words. */
        private boolean orIntersection(WindowedBits into, int[] providers) {
            int from = Integer.MIN_VALUE;
            int to = Integer.MAX_VALUE;
            for (int p : providers) {
                from = Math.max(from, kill[p].lo);
                to = Math.min(to, kill[p].hi());
            }
            if (from >= to) return false;
            WindowedBits first = kill[providers[0]];
            System.arraycopy(first.words, from - first.lo, scratch, 0, to - from);
            for (int k = 1; k < providers.length; k++) {
                WindowedBits other = kill[providers[k]];
                int off = from - other.lo;
                for (int i = 0; i < to - from; i++) scratch[i] &= other.words[off + i];
            }
            boolean changed = false;
            long[] words = into.words;
            int off = from - into.lo;
            for (int i = 0; i < to - from; i++) {
                long merged = words[off + i] | scratch[i];
                if (merged != words[off + i]) {
                    words[off + i] = merged;
                    changed = true;
                }
            }
            return changed;
        }

        /** Counts u into the DOWN total of every X in Kill(u), and into the flows u is a member of. */
        private void finish(int u) {
            WindowedBits bits = kill[u];
            bits.trim();
            long[] words = bits.words;
            long[] counters = planes;
            for (int i = 0; i < words.length; i++) {
                // Adds the word to its 64 counters at once: a binary increment over the bit planes, carry by carry.
                long carry = words[i];
                for (int k = (bits.lo + i) * planeCount; carry != 0; k++) {
                    long plane = counters[k];
                    counters[k] = plane ^ carry;
                    carry &= plane;
                }
            }
            for (int f : t.flowsOfNode[u]) bits.orInto(flowKill[f]);
        }

        /** Frees the Kill sets no later component will read: the providers' ones once read for the last time. */
        private void release(int c) {
            for (int u : members[c]) {
                for (int d : hardDeps[u]) {
                    for (int p : t.depProviders[d]) {
                        int cp = comps.of[p];
                        if (cp != c && --refs[cp] == 0) for (int v : members[cp]) kill[v] = null;
                    }
                }
            }
            if (refs[c] == 0) for (int v : members[c]) kill[v] = null;
        }

        /** Per node X, the flows whose Kill set holds X, listed in flow id order. */
        private int[][] transpose() {
            int n = t.nodeCount;
            Integer[] byId = new Integer[flowKill.length];
            for (int f = 0; f < byId.length; f++) byId[f] = f;
            java.util.List<dev.faultline.model.Flow> flows = t.topology.flows();
            Arrays.sort(byId, java.util.Comparator.comparing(f -> flows.get(f).id()));
            int[] start = new int[n + 1];
            for (long[] fk : flowKill) {
                for (int i = 0; i < words; i++) {
                    for (long w = fk[i]; w != 0; w &= w - 1) start[order.nodeAt[(i << 6) + Long.numberOfTrailingZeros(w)] + 1]++;
                }
            }
            for (int x = 0; x < n; x++) start[x + 1] += start[x];
            int[] fill = Arrays.copyOf(start, n);
            int[] list = new int[start[n]];
            for (int f : byId) {
                long[] fk = flowKill[f];
                for (int i = 0; i < words; i++) {
                    for (long w = fk[i]; w != 0; w &= w - 1) list[fill[order.nodeAt[(i << 6) + Long.numberOfTrailingZeros(w)]]++] = f;
                }
            }
            return new int[][] {start, list};
        }
    }

    private PreviousDownSets(int[] downCount, int[][] startAndList) {
        this(downCount, startAndList[0], startAndList[1]);
    }
}
