package dev.faultline.simulation;

import java.util.Arrays;
import java.util.Optional;

import dev.faultline.progress.CancellationToken;

/**
 * For every node X: how many nodes and which flows the scenario {@code node X} takes DOWN, for all X at once.
 * <p>
 * Why: a sweep that runs the DOWN fixpoint once per node visits the sum of all DOWN sets (26 million nodes at 50,000,
 * each with its dependencies). Instead, per node u, the set Kill(u) of nodes whose loss takes u DOWN satisfies the
 * failure rules read backwards: Kill(u) = {u} ∪ the union over u's hard dependencies d of the intersection over
 * d's providers p of Kill(p) (a dependency is unsatisfied when every provider is DOWN). These are bitsets, computed
 * callees first over the strongly connected components of the hard-dependency graph; inside a cycle they are
 * iterated up from {u}, which gives the least fixpoint, as the worklist does. Unions and intersections act on each X
 * separately, so bit X of Kill(u) is exactly "u is DOWN when X is lost". Each finished Kill(u) is counted into X's
 * total and or-ed into the sets of u's flows, kept as {@link WordRuns} (its non-zero words only) while a caller
 * still has to read it. Cost O(E × N / 64) word operations; memory bounded by a dry run, like {@link AncestorSets}.
 */
final class DownSets {
    final int[] downCount;
    /** Per node X, the flows X's loss takes DOWN, in flow id order: flowsDown[flowStart[X] .. flowStart[X + 1]). */
    final int[] flowStart;
    final int[] flowsDown;

    private DownSets(int[] downCount, int[] flowStart, int[] flowsDown) {
        this.downCount = downCount;
        this.flowStart = flowStart;
        this.flowsDown = flowsDown;
    }

    /** The sets, or empty when the bitsets alive at once would take more than {@code budgetBytes}. */
    static Optional<DownSets> compute(CompiledTopology t, long budgetBytes, CancellationToken cancel) {
        int n = t.nodeCount;
        int[][] hardOut = hardProviders(t);
        StrongComponents comps = StrongComponents.of(hardOut);
        int[][] members = comps.members();
        int words = (n + 63) / 64;
        long flowSets = t.flowMembers.length;
        // Live Kill sets as runs (each at most words + 1 long), the flows' sets, the builder's four scratch arrays
        // (runs one word longer) and its counter planes.
        long longs = peakLiveSets(t, comps, members, hardOut) * (words + 1) + (flowSets + 4 + planeCount(n)) * words
                + 1;
        if (longs * 8 > budgetBytes) return Optional.empty();
        return Optional.of(new Builder(t, comps, members, words).run(cancel));
    }

    /** Enough bit planes for any DOWN total: at most n sets hold a bit. */
    private static int planeCount(int n) {
        return 32 - Integer.numberOfLeadingZeros(n);
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
        /** Per node: its finished Kill set as {@link WordRuns}, while a later component still reads it. */
        private final long[][] kill;
        /** Per node of the component in progress when it is a cycle: its Kill set so far, full width. */
        private final long[][] open;
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
        /**
         * Full-width scratch, all zero between uses: the Kill set of a node alone in its component is built in
         * {@code set} (then stored as runs), an intersection in {@code meet}, a provider's runs spread in
         * {@code spread} to be and-ed; {@code runs} takes the encoding.
         */
        private final long[] set;
        private final long[] meet;
        private final long[] spread;
        private final long[] runs;
        /** Per node: its hard dependencies. */
        private final int[][] hardDeps;
        /** Per finished node: its Kill set's first word and one past its last. */
        private final int[] killLo;
        private final int[] killHi;

        Builder(CompiledTopology t, StrongComponents comps, int[][] members, int words) {
            this.t = t;
            this.comps = comps;
            this.members = members;
            this.words = words;
            this.refs = references(comps, hardProviders(t));
            kill = new long[t.nodeCount][];
            open = new long[t.nodeCount][];
            order = BitOrder.callersPostOrder(t);
            flowKill = new long[t.flowMembers.length][words];
            downCount = new int[t.nodeCount];
            planeCount = planeCount(t.nodeCount);
            planes = new long[words * planeCount];
            set = new long[words];
            meet = new long[words];
            spread = new long[words];
            runs = new long[words + 1];
            int n = t.nodeCount;
            int[] count = new int[n];
            for (int d = 0; d < t.depFrom.length; d++) if (t.depHard[d]) count[t.depFrom[d]]++;
            killLo = new int[n];
            killHi = new int[n];
            hardDeps = new int[n][];
            for (int v = 0; v < n; v++) hardDeps[v] = new int[count[v]];
            Arrays.fill(count, 0);
            for (int d = 0; d < t.depFrom.length; d++) if (t.depHard[d]) hardDeps[t.depFrom[d]][count[t.depFrom[d]]++] = d;
        }

        DownSets run(CancellationToken cancel) {
            // Tarjan numbers components callees first: every provider outside a component is done before it.
            for (int c = 0; c < comps.count; c++) {
                if ((c & 255) == 0) cancel.throwIfCancelled();
                int[] comp = members[c];
                if (comp.length == 1) alone(comp[0]);
                else cycle(c, comp);
                release(c);
            }
            for (int b = 0; b < t.nodeCount; b++) {
                int at = (b >>> 6) * planeCount;
                int count = 0;
                for (int k = 0; k < planeCount; k++) count |= (int) ((planes[at + k] >>> b) & 1) << k;
                downCount[order.nodeAt[b]] = count;
            }
            return new DownSets(downCount, transpose());
        }

        /**
         * Kill(u) of a node alone in its component, in one pass: every provider's set is final (a dependency on u
         * itself implies nothing new: the intersection is inside Kill(u)). Built in {@link #set}, within the window
         * of the sets its dependencies imply. The widest single provider's set goes in first; a single provider
         * already in the set is then skipped, its set being a subset (what takes it DOWN takes DOWN a node that
         * needs it).
         */
        private void alone(int u) {
            int position = order.position[u];
            int lo = position >>> 6;
            int hi = lo + 1;
            set[lo] |= 1L << position;
            int[][] depProviders = t.depProviders;
            int[] bit = order.position;
            int widest = -1;
            for (int d : hardDeps[u]) {
                int[] providers = depProviders[d];
                int p = providers[0];
                if (providers.length == 1 && p != u && (widest < 0 || killHi[p] - killLo[p] > killHi[widest] - killLo[widest])) {
                    widest = p;
                }
            }
            if (widest >= 0) {
                WordRuns.orInto(kill[widest], set);
                lo = Math.min(lo, killLo[widest]);
                hi = Math.max(hi, killHi[widest]);
            }
            deps:
            for (int d : hardDeps[u]) {
                int[] providers = depProviders[d];
                for (int p : providers) if (p == u) continue deps;
                int p = providers[0];
                if (providers.length == 1) {
                    if ((set[bit[p] >>> 6] & (1L << bit[p])) != 0) continue;
                    WordRuns.orInto(kill[p], set);
                    lo = Math.min(lo, killLo[p]);
                    hi = Math.max(hi, killHi[p]);
                } else if (orMeet(providers, set, -1)) {
                    lo = Math.min(lo, meetFrom);
                    hi = Math.max(hi, meetTo);
                }
            }
            finish(u, set, lo, hi);
        }

        /**
         * The Kill sets of a cycle's members, iterated up from {u} each (the least fixpoint, as the worklist finds
         * it) in full-width arrays until no set grows; the rare case, so plain loops.
         */
        private void cycle(int c, int[] comp) {
            for (int u : comp) {
                open[u] = new long[words];
                int bit = order.position[u];
                open[u][bit >>> 6] |= 1L << bit;
            }
            long before = -1;
            long total = comp.length;
            while (total != before) {
                for (int u : comp) {
                    for (int d : hardDeps[u]) {
                        int[] providers = t.depProviders[d];
                        if (providers.length > 1) orMeet(providers, open[u], c);
                        else if (comps.of[providers[0]] == c) orAll(open[providers[0]], open[u]);
                        else WordRuns.orInto(kill[providers[0]], open[u]);
                    }
                }
                before = total;
                total = 0;
                for (int u : comp) for (long w : open[u]) total += Long.bitCount(w);
            }
            for (int u : comp) {
                finish(u, open[u], 0, words);
                open[u] = null;
            }
        }

        private static void orAll(long[] from, long[] into) {
            for (int i = 0; i < from.length; i++) into[i] |= from[i];
        }

        /** The words [meetFrom, meetTo) that {@link #orMeet} last or-ed in. */
        private int meetFrom;
        private int meetTo;

        /**
         * into |= the intersection of the providers' Kill sets (members of component c, a cycle in progress, read
         * from {@link #open}); false when their windows do not overlap, which leaves nothing to add. The provider
         * with the narrowest window is spread into {@link #meet} first, so clearing it after costs that window only,
         * not the full width; the others are and-ed in over the overlap.
         */
        private boolean orMeet(int[] providers, long[] into, int c) {
            int from = Integer.MIN_VALUE;
            int to = Integer.MAX_VALUE;
            int first = 0;
            for (int k = 0; k < providers.length; k++) {
                int p = providers[k];
                from = Math.max(from, windowLo(p, c));
                to = Math.min(to, windowHi(p, c));
                int q = providers[first];
                if (windowHi(p, c) - windowLo(p, c) < windowHi(q, c) - windowLo(q, c)) first = k;
            }
            if (from >= to) return false;
            int p0 = providers[first];
            if (comps.of[p0] == c) System.arraycopy(open[p0], from, meet, from, to - from);
            else WordRuns.orInto(kill[p0], meet);
            for (int k = 0; k < providers.length; k++) {
                if (k == first) continue;
                int p = providers[k];
                long[] other;
                if (comps.of[p] == c) other = open[p];
                else WordRuns.orInto(kill[p], other = spread);
                for (int i = from; i < to; i++) meet[i] &= other[i];
                if (other == spread) Arrays.fill(spread, killLo[p], killHi[p], 0L);
            }
            for (int i = from; i < to; i++) into[i] |= meet[i];
            Arrays.fill(meet, windowLo(p0, c), windowHi(p0, c), 0L);
            meetFrom = from;
            meetTo = to;
            return true;
        }

        /** The words that may hold p's Kill set: its window once finished, the full width while its cycle is open. */
        private int windowLo(int p, int c) {
            return comps.of[p] == c ? 0 : killLo[p];
        }

        private int windowHi(int p, int c) {
            return comps.of[p] == c ? words : killHi[p];
        }

        /**
         * Counts u into the DOWN total of every X in Kill(u) (the words [lo, hi) of {@code bits}), and into the flows
         * u is a member of; keeps the set as runs when a later component reads it. Clears the words.
         */
        private void finish(int u, long[] bits, int lo, int hi) {
            long[] r = runs;
            int length = WordRuns.encode(bits, lo, hi, r);
            long[] counters = planes;
            int stride = planeCount;
            int end = 0;
            for (int p = 0; p < length; ) {
                long header = r[p++];
                int at = (int) (header >>> 32);
                end = at + (int) header;
                for (int k0 = at * stride, last = p + (int) header; p < last; k0 += stride) {
                    // Adds the word to its 64 counters at once: a binary increment over the bit planes, carry by carry.
                    long carry = r[p++];
                    for (int k = k0; carry != 0; k++) {
                        long plane = counters[k];
                        counters[k] = plane ^ carry;
                        carry &= plane;
                    }
                }
            }
            killLo[u] = (int) (r[0] >>> 32); // u is in its own set: never empty
            killHi[u] = end;
            for (int f : t.flowsOfNode[u]) WordRuns.orInto(r, length, flowKill[f]);
            if (refs[comps.of[u]] > 0) kill[u] = Arrays.copyOf(r, length);
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

    private DownSets(int[] downCount, int[][] startAndList) {
        this(downCount, startAndList[0], startAndList[1]);
    }
}
