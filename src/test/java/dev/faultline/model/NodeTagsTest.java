package dev.faultline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A node's tags: none or one are kept in a small immutable map (issue #18) that behaves as the copied linked map
 * more tags get: the same entries, order, equality, hash and text, null lookups answered, changes refused.
 */
class NodeTagsTest {
    @Test
    void noneOrOneTagBehavesAsACopiedLinkedMap() {
        for (Map<String, Object> given : java.util.List.<Map<String, Object>>of(new LinkedHashMap<>(),
                new LinkedHashMap<>(Map.of("monthly-cost", 3)), new LinkedHashMap<>(Map.of("tier", "gold")),
                new LinkedHashMap<>(Map.of("ratio", 0.5f)))) {
            Map<String, Object> expected = new LinkedHashMap<>();
            given.forEach((k, v) -> expected.put(k, v instanceof Integer i ? (Object) i.longValue()
                    : v instanceof Float f ? (Object) f.doubleValue() : v));
            Node node = Node.builder("n").tags(given).build();
            Map<String, Object> tags = node.tags();
            assertEquals(expected, tags);
            assertEquals(tags, expected);
            assertEquals(expected.hashCode(), tags.hashCode());
            assertEquals(expected.toString(), tags.toString());
            assertNull(tags.get(null));
            assertNull(tags.get("absent"));
            assertThrows(UnsupportedOperationException.class, () -> tags.put("x", "y"));
            given.put("later", "change");
            assertEquals(expected, node.tags(), "a copy, not the caller's map");
        }
    }

    @Test
    void anImmutableSingleTagOfNormalizedValueIsKeptAsItIs() {
        Map<String, Object> one = Collections.singletonMap("monthly-cost", 414L);
        assertSame(one, Node.builder("n").tags(one).build().tags());
        Map<String, Object> integer = Collections.singletonMap("monthly-cost", 414);
        assertEquals(Map.of("monthly-cost", 414L), Node.builder("n").tags(integer).build().tags());
    }
}
