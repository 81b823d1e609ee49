package dev.faultline.io.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** A record's positions kept for its present keys only give back, key by key, what one slot per key held. */
class KeyPositionsTest {
    @Test
    void everyKeyGivesItsPositionOrZeroWhenAbsent() {
        Random random = new Random(18);
        for (int round = 0; round < 2_000; round++) {
            long[] byKey = new long[1 + random.nextInt(KeyPositions.MAX_KEYS)];
            int present = 0;
            for (int i = 0; i < byKey.length; i++) {
                if (random.nextInt(3) == 0) {
                    byKey[i] = ((long) (1 + random.nextInt(1 << 20)) << 32) | (1 + random.nextInt(5_000));
                    present++;
                }
            }
            long[] packed = KeyPositions.of(byKey);
            assertEquals(1 + present, packed.length, "only the present keys are kept");
            for (int i = 0; i < byKey.length; i++) assertEquals(byKey[i], KeyPositions.of(packed, i), "key " + i);
        }
    }

    @Test
    void moreKeysThanTheMaskHoldsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> KeyPositions.of(new long[KeyPositions.MAX_KEYS + 1]));
    }
}
