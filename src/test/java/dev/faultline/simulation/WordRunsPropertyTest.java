package dev.faultline.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link WordRuns} keeps exactly the words of a full-width set: encoding a window and or-ing the runs back gives the
 * same words, its count is the bit count, every run is a maximal run of non-zero words, the encoding never takes
 * more than one word over the window (what keeps the sweep's full-width memory budgets a bound), and the scratch
 * words come back zero. Sets from empty to full, with isolated words, long runs and bits at the window's edges.
 */
class WordRunsPropertyTest {

    @Property(tries = 500)
    void encodingKeepsTheWordsInMaximalRuns(@ForAll long seed) {
        Random rnd = new Random(seed);
        int width = 1 + rnd.nextInt(300);
        long[] dense = randomWords(rnd, width);
        int lo = rnd.nextInt(width);
        int hi = lo + rnd.nextInt(width - lo + 1);
        long[] original = dense.clone();
        long[] into = new long[hi - lo + 1];
        int length = WordRuns.encode(dense, lo, hi, into);

        long[] expected = new long[width];
        int bits = 0;
        for (int i = lo; i < hi; i++) {
            expected[i] = original[i];
            bits += Long.bitCount(original[i]);
        }
        long[] decoded = new long[width];
        WordRuns.orInto(into, length, decoded);
        assertArrayEquals(expected, decoded);
        assertEquals(bits, WordRuns.cardinality(into, length));
        assertTrue(length <= hi - lo + 1, "encoded " + length + " words for a window of " + (hi - lo));
        for (int i = 0; i < width; i++) assertEquals(i >= lo && i < hi ? 0 : original[i], dense[i], "word " + i);
        for (int p = 0; p < length; ) {
            int at = (int) (into[p] >>> 32);
            int words = (int) into[p++];
            assertTrue(words > 0);
            if (at > lo) assertEquals(0, original[at - 1], "a run starts after a zero word");
            if (at + words < hi) assertEquals(0, original[at + words], "a run ends before a zero word");
            for (int end = p + words; p < end; p++) assertNotEquals(0, into[p]);
        }
    }

    @Property(tries = 200)
    void orsAddToWhatIsThere(@ForAll long seed) {
        Random rnd = new Random(seed);
        int width = 1 + rnd.nextInt(200);
        long[] a = randomWords(rnd, width);
        long[] b = randomWords(rnd, width);
        long[] expected = new long[width];
        for (int i = 0; i < width; i++) expected[i] = a[i] | b[i];
        long[] runs = new long[width + 1];
        int length = WordRuns.encode(a.clone(), 0, width, runs);
        WordRuns.orInto(java.util.Arrays.copyOf(runs, length), b);
        assertArrayEquals(expected, b);
    }

    /** Words that are zero, full, a single bit or random, in stretches of random length. */
    private static long[] randomWords(Random rnd, int width) {
        long[] words = new long[width];
        for (int i = 0; i < width; ) {
            int kind = rnd.nextInt(4);
            for (int end = Math.min(width, i + 1 + rnd.nextInt(6)); i < end; i++) {
                words[i] = switch (kind) {
                    case 0 -> 0;
                    case 1 -> -1L;
                    case 2 -> 1L << rnd.nextInt(64);
                    default -> rnd.nextLong();
                };
            }
        }
        return words;
    }
}
