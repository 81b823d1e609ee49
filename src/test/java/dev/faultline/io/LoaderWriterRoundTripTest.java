package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.generator.TopologyGenerator;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Topology;
import dev.faultline.io.v1.TopologyWriter;
import dev.faultline.io.yaml.Positions;

/**
 * A generated 10,000-node topology, written by {@link TopologyWriter} and read back by {@link TopologyLoader}, is
 * the same model: the loader handles everything the writer produces, at a realistic size (about 3 MB of YAML).
 */
class LoaderWriterRoundTripTest {
    @Test
    void generatedTopologySurvivesWriteAndLoad() {
        Topology original = TopologyGenerator.generate(10_000, 6);
        String yaml = new TopologyWriter().write(original);

        LoadResult loaded = new TopologyLoader().parse(yaml, null);

        assertTrue(loaded.errors().isEmpty(), () -> LoaderAssertions.describe(loaded));
        Topology back = loaded.topology().orElseThrow();
        assertSameItems(withoutPositions(original.nodes()), withoutPositions(back.nodes()));
        assertSameItems(withoutDependencyPositions(original.dependencies()), withoutDependencyPositions(back.dependencies()));
        assertEquals(original.teams().size(), back.teams().size());
        assertEquals(original.flows().stream().map(f -> f.id()).toList(), back.flows().stream().map(f -> f.id()).toList());
        assertTrue(back.nodes().get(0).position().isKnown(), "loaded nodes carry their line");
    }

    /** Names the first differing item instead of printing two lists of 10,000. */
    private static <T> void assertSameItems(List<T> expected, List<T> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "item " + i);
        }
        assertEquals(expected.size(), actual.size(), "size");
    }

    /** Positions differ by nature; whole-number tags are compared as Long (the generator makes Integers). */
    private static List<Node> withoutPositions(List<Node> nodes) {
        return nodes.stream().map(n -> n.toBuilder().tags(longTags(n.tags())).position(SourcePosition.UNKNOWN).build())
                .toList();
    }

    private static Map<String, Object> longTags(Map<String, Object> tags) {
        Map<String, Object> out = new HashMap<>();
        tags.forEach((k, v) -> out.put(k, v instanceof Integer i ? (Object) i.longValue() : v));
        return out;
    }

    private static List<Dependency> withoutDependencyPositions(List<Dependency> dependencies) {
        return dependencies.stream().map(d -> d.toBuilder().position(SourcePosition.UNKNOWN).build()).toList();
    }
}
