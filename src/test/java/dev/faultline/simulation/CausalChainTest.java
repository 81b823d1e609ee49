package dev.faultline.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

class CausalChainTest {
    // web -> api -> db ; api -> search (fallback: search-b) ; report -> db ; web -> cdn
    private final Topology t = Topology.of("t",
            List.of(Node.of("web", Kind.SERVICE, 2), Node.of("api", Kind.SERVICE, 2), Node.of("db", Kind.DATABASE, 1),
                    Node.of("search", Kind.SERVICE, 1), Node.of("search-b", Kind.SERVICE, 1),
                    Node.of("report", Kind.JOB, 1), Node.of("cdn", Kind.CDN, 1)),
            List.of(Dependency.sync("web", "api"), Dependency.sync("api", "db"),
                    Dependency.sync("api", "search").withFallback("search-b"), Dependency.sync("report", "db"),
                    Dependency.sync("web", "cdn")));
    private final FailureEngine engine = new FailureEngine(t);

    @Test
    void theChainRunsFromTheNodeToTheFailedOneAndNowhereElse() {
        SimulationResult r = engine.simulate(Scenario.of(FailureEvent.node("db")));
        CausalChain chain = CausalChain.of(t, r, "web");
        assertEquals(Set.of("web", "api", "db"), chain.nodes());
        assertEquals(Set.of("db"), chain.roots());
        assertEquals(Set.of(new CausalChain.Link("web", "api", false), new CausalChain.Link("api", "db", false)),
                chain.links());
    }

    @Test
    void aFallbackThatIsAlsoDownIsPartOfTheChainAsAFallback() {
        SimulationResult r = engine.simulate(new Scenario(List.of(FailureEvent.node("search"),
                FailureEvent.node("search-b"))));
        CausalChain chain = CausalChain.of(t, r, "api");
        assertEquals(Set.of("search", "search-b"), chain.roots());
        assertTrue(chain.links().contains(new CausalChain.Link("api", "search-b", true)));
        assertTrue(chain.links().contains(new CausalChain.Link("api", "search", false)));
    }

    @Test
    void aNodeThatLostInstancesIsARootAndAnUpNodeHasNoChain() {
        SimulationResult r = engine.simulate(Scenario.of(FailureEvent.instance("api")));
        assertEquals(Set.of("api"), CausalChain.roots(r));
        CausalChain ofApi = CausalChain.of(t, r, "api");
        assertEquals(Set.of("api"), ofApi.roots());
        assertTrue(CausalChain.of(t, r, "cdn").nodes().isEmpty());
    }
}
