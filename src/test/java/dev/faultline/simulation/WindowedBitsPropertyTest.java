package dev.faultline.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.BitSet;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link WindowedBits} behaves as a plain bitset ({@link BitSet}) under the operations the sweep uses, with bits
 * spread over many words, windows that overlap, nest or are disjoint, and ors that add nothing; and
 * {@link BitOrder} numbers every node exactly once.
 */
class WindowedBitsPropertyTest {

    @Property(tries = 300)
    void unionsCountsAndTrimsAgreeWithABitSet(@ForAll long seed) {
        Random rnd = new Random(seed);
        int universe = 1 + rnd.nextInt(1000);
        BitSet expected = new BitSet();
        int first = rnd.nextInt(universe);
        WindowedBits bits = WindowedBits.of(first);
        expected.set(first);
        for (int step = rnd.nextInt(12); step > 0; step--) {
            BitSet other = new BitSet();
            int b0 = rnd.nextInt(universe);
            WindowedBits w = WindowedBits.of(b0);
            other.set(b0);
            int from = rnd.nextInt(universe);
            int span = 1 + rnd.nextInt(Math.max(1, universe / (1 + rnd.nextInt(8))));
            for (int k = rnd.nextInt(20); k > 0; k--) {
                int b = Math.min(universe - 1, from + rnd.nextInt(span));
                w.set(b);
                other.set(b);
            }
            BitSet before = (BitSet) expected.clone();
            expected.or(other);
            assertEquals(!before.equals(expected), bits.or(w));
            assertEquals(expected, toBitSet(bits));
        }
        assertEquals(expected.cardinality(), bits.cardinality());
        bits.trim();
        assertEquals(expected, toBitSet(bits));
        assertNotEquals(0L, bits.words[0]);
        assertNotEquals(0L, bits.words[bits.words.length - 1]);
        long[] full = new long[(universe + 63) / 64];
        bits.orInto(full);
        assertEquals(expected, BitSet.valueOf(full));
    }

    @Property(tries = 100)
    void coveringAWindowKeepsTheBits(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int from,
                                     @ForAll @IntRange(min = 1, max = 40) int length) {
        Random rnd = new Random(seed);
        int bit = rnd.nextInt(40 * 64);
        WindowedBits bits = WindowedBits.of(bit);
        bits.cover(from, from + length);
        assertEquals(Math.min(from, bit >>> 6), bits.lo);
        assertEquals(Math.max(from + length, (bit >>> 6) + 1), bits.hi());
        BitSet expected = new BitSet();
        expected.set(bit);
        assertEquals(expected, toBitSet(bits));
    }

    @Property(tries = 50)
    void theBitOrderIsAPermutation(@ForAll long seed, @ForAll @IntRange(min = 1, max = 140) int size) {
        CompiledTopology t = new CompiledTopology(FailureEnginePropertyTest.randomTopology(new Random(seed), size));
        BitOrder order = BitOrder.callersPostOrder(t);
        BitSet used = new BitSet();
        for (int v = 0; v < t.nodeCount; v++) {
            used.set(order.position[v]);
            assertEquals(v, order.nodeAt[order.position[v]]);
        }
        assertEquals(t.nodeCount, used.cardinality());
        assertEquals(t.nodeCount, used.length());
    }

    private static BitSet toBitSet(WindowedBits bits) {
        BitSet out = new BitSet();
        for (int i = 0; i < bits.words.length; i++) {
            for (long w = bits.words[i]; w != 0; w &= w - 1) out.set(((bits.lo + i) << 6) + Long.numberOfTrailingZeros(w));
        }
        return out;
    }
}
