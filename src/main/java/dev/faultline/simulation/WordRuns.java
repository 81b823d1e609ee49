package dev.faultline.simulation;

/**
 * A bitset stored as its runs of non-zero words only, for the sweep's shared sets ({@link AncestorSets},
 * {@link DownSets}): one {@code long[]} holding, per run, a header ({@code first word << 32 | length}) and then the
 * run's words. Issue #18: at 50,000 nodes the sets' windows (first to last non-zero word) were 2.5 (ancestors) to
 * 3.3 (DOWN) times their non-zero words, and every union read the whole window; the sets are now built in a
 * full-width scratch array (kilobytes, cache-resident) and stored as runs: a union reads the non-zero words only.
 * <p>
 * Size: a set of m non-zero words in r runs takes m + r words, and r is at most one more than the zero words
 * between them: never more than one word over the full width, which the budgets' dry runs count for each live set.
 */
final class WordRuns {
    private WordRuns() {
    }

    /**
     * Writes the runs of {@code dense[lo, hi)} to {@code into} (at least hi - lo + 1 words) and returns their length;
     * clears those words of {@code dense}, so a scratch array is ready for the next set.
     */
    static int encode(long[] dense, int lo, int hi, long[] into) {
        int out = 0;
        int i = lo;
        while (i < hi) {
            if (dense[i] == 0) {
                i++;
                continue;
            }
            int header = out++;
            int start = i;
            for (long w; i < hi && (w = dense[i]) != 0; i++) {
                into[out++] = w;
                dense[i] = 0;
            }
            into[header] = (long) start << 32 | (i - start);
        }
        return out;
    }

    /** dense |= the set. */
    static void orInto(long[] runs, long[] dense) {
        orInto(runs, runs.length, dense);
    }

    /** dense |= the set in runs[0, length). */
    static void orInto(long[] runs, int length, long[] dense) {
        int p = 0;
        while (p < length) {
            long header = runs[p++];
            int at = (int) (header >>> 32);
            int end = p + (int) header;
            while (p < end) dense[at++] |= runs[p++];
        }
    }

    /** How many bits the set in runs[0, length) holds. */
    static int cardinality(long[] runs, int length) {
        int count = 0;
        for (int p = 0; p < length; ) {
            int words = (int) runs[p++];
            for (int end = p + words; p < end; p++) count += Long.bitCount(runs[p]);
        }
        return count;
    }
}
