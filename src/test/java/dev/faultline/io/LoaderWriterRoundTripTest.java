package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.generator.TopologyGenerator;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Topology;

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

    private static List<Node> withoutPositions(List<Node> nodes) {
        return nodes.stream().map(n -> new Node(n.id(), n.name(), n.kind(), n.team(), n.replicas(), n.minHealthy(),
                n.zones(), n.entrypoint(), n.slo(), n.availability(), n.latencyMs(), n.observability(), n.tags(),
                n.description(), SourcePosition.UNKNOWN)).toList();
    }

    private static List<Dependency> withoutDependencyPositions(List<Dependency> dependencies) {
        return dependencies.stream().map(d -> new Dependency(d.from(), d.to(), d.mode(), d.required(), d.fallback(),
                d.timeoutMs(), d.circuitBreaker(), d.retries(), d.description(), SourcePosition.UNKNOWN)).toList();
    }
}
