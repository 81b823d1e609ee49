package dev.faultline.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link IdIndex} answers as the {@code HashMap<String, Integer>} it replaced: for the ids' own instances, for other
 * instances equal to them (remembered or not), for ids whose hash codes collide, and for unknown ids.
 */
class IdIndexTest {

    @Property(tries = 200)
    void answersAsAMap(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3_000) int size) {
        Random rnd = new Random(seed);
        List<String> ids = new ArrayList<>();
        Map<String, Integer> map = new HashMap<>();
        while (ids.size() < size) {
            String id = randomId(rnd);
            if (map.putIfAbsent(id, ids.size()) == null) ids.add(id);
        }
        IdIndex index = new IdIndex(ids);
        for (int round = 0; round < 3; round++) {
            for (String id : ids) {
                assertEquals(map.get(id), index.indexOf(id));
                String other = new String(id.toCharArray()); // equal, not the same instance
                int expected = map.get(id);
                assertEquals(expected, rnd.nextBoolean() ? index.resolve(other) : index.indexOf(other), id);
                assertEquals(expected, index.resolve(id));
            }
            for (int k = 0; k < 200; k++) {
                String unknown = randomId(rnd);
                int expected = map.getOrDefault(unknown, -1);
                assertEquals(expected, index.indexOf(unknown), unknown);
                assertEquals(expected, index.resolve(unknown), unknown);
            }
        }
    }

    /** Short ids over a tiny alphabet, where "Aa" and "BB" have the same hash code: many full collisions. */
    private static String randomId(Random rnd) {
        StringBuilder b = new StringBuilder();
        int pairs = 1 + rnd.nextInt(4);
        for (int i = 0; i < pairs; i++) b.append(rnd.nextBoolean() ? "Aa" : "BB");
        if (rnd.nextInt(3) == 0) b.append("-").append(rnd.nextInt(2_000));
        return b.toString();
    }
}
