package dev.faultline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** dependenciesOf / dependentsOf answer from an index; they must still match a plain scan, in file order. */
class TopologyDependencyIndexTest {
    @Test
    void indexAgreesWithAScanIncludingFallbacksAndDuplicates() {
        List<Node> nodes = List.of(Node.of("a", Kind.SERVICE, 1), Node.of("b", Kind.SERVICE, 1),
                Node.of("c", Kind.SERVICE, 1), Node.of("d", Kind.SERVICE, 1));
        List<Dependency> deps = List.of(Dependency.sync("a", "b").withFallback("c", "c"), Dependency.async("a", "c"),
                Dependency.sync("b", "c"), Dependency.sync("d", "a").soft());
        Topology t = Topology.of("t", nodes, deps);
        for (Node n : nodes) {
            assertEquals(deps.stream().filter(d -> d.from().equals(n.id())).toList(), t.dependenciesOf(n.id()));
            assertEquals(deps.stream().filter(d -> d.providers().contains(n.id())).toList(), t.dependentsOf(n.id()));
        }
        assertEquals(List.of(), t.dependenciesOf("nobody"));
    }
}
