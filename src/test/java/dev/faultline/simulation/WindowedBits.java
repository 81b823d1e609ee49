package dev.faultline.simulation;

/**
 * The oracles' bitset ({@link PreviousAncestorSets}, {@link PreviousDownSets}; the sweep's own sets were these until
 * issue #18 stored them as {@link WordRuns}): it stores only the words from its first to its last non-zero one,
 * {@code words[i]} being word {@code lo + i} of the full set.
 * <p>
 * Invariant after {@link #trim()}: empty, or the first and last stored words are non-zero. Unions may leave zero
 * words only inside the window.
 */
final class WindowedBits {
    /** Index of the first stored word in the full set. */
    int lo;
    long[] words;

    WindowedBits(int lo, long[] words) {
        this.lo = lo;
        this.words = words;
    }

    /** The set {bit}. */
    static WindowedBits of(int bit) {
        return new WindowedBits(bit >>> 6, new long[] {1L << bit});
    }

    /** Index one past the last stored word. */
    int hi() {
        return lo + words.length;
    }

    /** Widens the window to cover words [from, to) (no-op when it already does). */
    void cover(int from, int to) {
        if (words.length == 0) {
            lo = from;
            words = new long[to - from];
            return;
        }
        int newLo = Math.min(lo, from);
        int newHi = Math.max(hi(), to);
        if (newLo == lo && newHi == hi()) return;
        long[] grown = new long[newHi - newLo];
        System.arraycopy(words, 0, grown, lo - newLo, words.length);
        lo = newLo;
        words = grown;
    }

    void set(int bit) {
        int w = bit >>> 6;
        cover(w, w + 1);
        words[w - lo] |= 1L << bit;
    }

    /** this |= other; true when a bit was added. */
    boolean or(WindowedBits other) {
        if (other.words.length == 0) return false;
        cover(other.lo, other.hi());
        long[] from = other.words;
        int off = other.lo - lo;
        boolean changed = false;
        for (int i = 0; i < from.length; i++) {
            long merged = words[off + i] | from[i];
            if (merged != words[off + i]) {
                words[off + i] = merged;
                changed = true;
            }
        }
        return changed;
    }

    /**
     * this |= other, for callers that do not ask whether a bit was added (the ancestor sets, a component of one
     * node): no compare per word, which made {@link #or} the sweep's largest cost at 50,000 nodes.
     */
    void orAll(WindowedBits other) {
        if (other.words.length == 0) return;
        cover(other.lo, other.hi());
        long[] from = other.words;
        long[] into = words;
        int off = other.lo - lo;
        for (int i = 0; i < from.length; i++) into[off + i] |= from[i];
    }

    /** Drops zero words at both ends of the window. */
    void trim() {
        int a = 0;
        int b = words.length;
        while (a < b && words[a] == 0) a++;
        while (b > a && words[b - 1] == 0) b--;
        if (a == 0 && b == words.length) return;
        words = java.util.Arrays.copyOfRange(words, a, b);
        lo = a == b ? 0 : lo + a;
    }

    int cardinality() {
        int c = 0;
        for (long w : words) c += Long.bitCount(w);
        return c;
    }

    /** into[lo ..] |= the stored words: an or into a full-width bitset. */
    void orInto(long[] into) {
        for (int i = 0; i < words.length; i++) into[lo + i] |= words[i];
    }
}
