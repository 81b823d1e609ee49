package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

class FlowPathTest {
    @Test
    void theRequiredSyncClosureWithFallbacksMarkedAndAsyncAndSoftLeftOut() {
        Topology t = Topology.of("t",
                List.of(Node.of("web", Kind.SERVICE, 2), Node.of("api", Kind.SERVICE, 2),
                        Node.of("db", Kind.DATABASE, 1), Node.of("replica", Kind.DATABASE, 1),
                        Node.of("queue", Kind.QUEUE, 1), Node.of("cache", Kind.CACHE, 1),
                        Node.of("worker", Kind.SERVICE, 1), Node.of("auth", Kind.SERVICE, 1)),
                List.of(Dependency.sync("web", "api"), Dependency.sync("api", "db").withFallback("replica"),
                        Dependency.async("api", "queue"), Dependency.sync("api", "cache").soft(),
                        Dependency.sync("queue", "worker"), Dependency.sync("auth", "db")));
        Flow flow = new Flow("checkout", "Checkout", "web", List.of("auth"), null, null, null, false, dev.faultline.model.SourcePosition.UNKNOWN);
        FlowPath path = FlowPath.of(t, flow);
        assertEquals(Set.of("web", "auth", "api", "db", "replica"), path.nodes());
        assertEquals(Set.of("replica"), path.alternatives());
        assertEquals(Set.of(new FlowPath.Link("web", "api"), new FlowPath.Link("api", "db"),
                new FlowPath.Link("auth", "db")), path.required());
        assertEquals(Set.of(new FlowPath.Link("api", "replica")), path.fallbacks());
    }
}
