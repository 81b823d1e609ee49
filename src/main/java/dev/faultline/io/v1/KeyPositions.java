package dev.faultline.io.v1;

/**
 * Where the values of one mapping's keys are written, in one {@code long[]}: first a mask of the keys present (bit
 * {@code i} for the key of index {@code i} in its list of known keys), then the packed position of each present
 * key's value, in key order. A node names about 7 of its 23 keys and a dependency 4 of its 10: the array holds only
 * those (issue #18: a record's positions stay alive, and are copied by each young collection, until the model is
 * built).
 */
final class KeyPositions {
    /** Keys of a mapping fit in the mask. */
    static final int MAX_KEYS = 64;

    private KeyPositions() {
    }

    /** The positions of the values of {@code byKey}'s nonzero entries (0: the key is absent). */
    static long[] of(long[] byKey) {
        if (byKey.length > MAX_KEYS) throw new IllegalArgumentException("more than " + MAX_KEYS + " keys");
        long mask = 0;
        int present = 0;
        for (int i = 0; i < byKey.length; i++) {
            if (byKey[i] != 0) {
                mask |= 1L << i;
                present++;
            }
        }
        long[] out = new long[1 + present];
        out[0] = mask;
        for (int i = 0, j = 1; i < byKey.length; i++) {
            if (byKey[i] != 0) out[j++] = byKey[i];
        }
        return out;
    }

    /** The packed position of the value of key {@code key}, or 0 when it is absent. */
    static long of(long[] positions, int key) {
        long mask = positions[0];
        if ((mask >>> key & 1) == 0) return 0;
        return positions[1 + Long.bitCount(mask & ((1L << key) - 1))];
    }
}
