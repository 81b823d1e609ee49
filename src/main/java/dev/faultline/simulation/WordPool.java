package dev.faultline.simulation;

/**
 * Reusable zeroed {@code long[]} arrays for the sweep's per-component bitsets, by power-of-two capacity (at most the
 * full width). Issue #18: at 50,000 nodes the ancestor sets alone allocated 150 MB of short-lived words, about two
 * young collections (which stop both cores) of the sweep's own. A set whose last reader is done goes back here.
 * <p>
 * Memory stays within what the callers' dry runs checked: arrays in use plus arrays pooled never exceed
 * {@code limitWords}; a new array that would pass it first drops the pool. Not thread-safe.
 */
final class WordPool {
    private final int fullWidth;
    private final long limitWords;
    /** free[b]: pooled arrays of capacity min(2^b, fullWidth), all zero; counts in {@link #freeCount}. */
    private final long[][][] free;
    private final int[] freeCount;
    private long totalWords;

    /** {@code limitWords}: at least the most arrays in use at once times {@code fullWidth}. */
    WordPool(int fullWidth, long limitWords) {
        this.fullWidth = fullWidth;
        this.limitWords = limitWords;
        int buckets = 33 - Integer.numberOfLeadingZeros(Math.max(1, fullWidth));
        free = new long[buckets][][];
        freeCount = new int[buckets];
    }

    /** A zeroed array of at least {@code length} words (length at most the full width). */
    long[] take(int length) {
        int b = bucket(length);
        if (freeCount[b] > 0) {
            long[] a = free[b][--freeCount[b]];
            free[b][freeCount[b]] = null;
            return a;
        }
        int capacity = Math.min(1 << b, fullWidth);
        if (totalWords + capacity > limitWords) dropPooled();
        totalWords += capacity;
        return new long[Math.max(capacity, length)];
    }

    /** Takes back an array from {@link #take}, of which only words [0, used) may be non-zero. */
    void give(long[] a, int used) {
        java.util.Arrays.fill(a, 0, used, 0L);
        int b = bucket(a.length);
        if (free[b] == null) free[b] = new long[8][];
        else if (freeCount[b] == free[b].length) free[b] = java.util.Arrays.copyOf(free[b], freeCount[b] * 2);
        free[b][freeCount[b]++] = a;
    }

    private int bucket(int length) {
        return length <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(length - 1);
    }

    private void dropPooled() {
        for (int b = 0; b < free.length; b++) {
            for (int i = 0; i < freeCount[b]; i++) {
                totalWords -= free[b][i].length;
                free[b][i] = null;
            }
            freeCount[b] = 0;
        }
    }
}
