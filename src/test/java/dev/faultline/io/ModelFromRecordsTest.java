package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.generator.TopologyGenerator;
import dev.faultline.io.v1.TopologyWriter;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * A loaded file's model trusts the validator's resolution of its references ({@code Topology.ofResolvedReferences},
 * issue #18): it is the topology the checking constructor (the oracle) gives from the same parts, and its
 * dependencies name their ends with the nodes' own id strings.
 */
class ModelFromRecordsTest {
    @Test
    void aLoadedModelIsTheOneTheCheckingConstructorGives() {
        for (int size : new int[] {40, 700, 2_500}) {
            for (long seed : new long[] {1, 7}) {
                String text = new TopologyWriter().write(TopologyGenerator.generate(size, seed));
                for (boolean speculate : new boolean[] {false, true}) {
                    Topology loaded = new TopologyLoader(speculate).parse(text, Path.of("t.yaml")).topology()
                            .orElseThrow();
                    Topology checked = new Topology(loaded.name(), loaded.description().orElse(null),
                            loaded.teams(), loaded.zones(), loaded.nodes(), loaded.dependencies(),
                            loaded.declaredFlows());
                    assertSameTopology(checked, loaded);
                    assertEndsAreTheNodesOwnIds(loaded);
                }
            }
        }
    }

    @Test
    void theSampleWithDeclaredFlowsToo() throws Exception {
        Topology loaded = new TopologyLoader().load(Path.of("sample-topologies/online-shop.yaml")).topology()
                .orElseThrow();
        assertSameTopology(new Topology(loaded.name(), loaded.description().orElse(null), loaded.teams(),
                loaded.zones(), loaded.nodes(), loaded.dependencies(), loaded.declaredFlows()), loaded);
    }

    @Test
    void idsAreStillCheckedForUniqueness() {
        Node a = Node.builder("a").build();
        assertThrows(IllegalArgumentException.class, () -> Topology.ofResolvedReferences("t", null, List.of(),
                List.of(), List.of(a, Node.builder("a").build()), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> Topology.ofResolvedReferences("t", null, List.of(),
                List.of(), List.of(), List.of(), List.of()));
    }

    private static void assertSameTopology(Topology expected, Topology actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.description(), actual.description());
        assertEquals(expected.teams(), actual.teams());
        assertEquals(expected.zones(), actual.zones());
        assertEquals(expected.nodes(), actual.nodes());
        assertEquals(expected.dependencies(), actual.dependencies());
        assertEquals(expected.flows(), actual.flows());
        assertEquals(expected.flowSource(), actual.flowSource());
        assertEquals(expected.rootNodes(), actual.rootNodes());
        for (Node n : expected.nodes()) {
            assertEquals(expected.dependenciesOf(n.id()), actual.dependenciesOf(n.id()), n.id());
            assertEquals(expected.dependentsOf(n.id()), actual.dependentsOf(n.id()), n.id());
            assertEquals(expected.nodesOwnedBy(String.valueOf(n.team())), actual.nodesOwnedBy(String.valueOf(n.team())));
        }
    }

    private static void assertEndsAreTheNodesOwnIds(Topology t) {
        for (Dependency d : t.dependencies()) {
            assertSame(t.requireNode(d.from()).id(), d.from());
            assertSame(t.requireNode(d.to()).id(), d.to());
            for (String f : d.fallback()) assertSame(t.requireNode(f).id(), f);
        }
    }
}
