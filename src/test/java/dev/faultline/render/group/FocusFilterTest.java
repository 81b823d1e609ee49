package dev.faultline.render.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.Scenario;
import dev.faultline.simulation.State;

class FocusFilterTest {
    /** a -> b -> c -> d -> e (hard), b -> s (soft), b -> q (async); teams: a..c "x", the rest "y". */
    private static Topology chain() {
        List<Node> nodes = List.of(n("a", "x"), n("b", "x"), n("c", "x"), n("d", "y"), n("e", "y"), n("s", "y"),
                n("q", "y"));
        return Topologies.of(nodes, List.of(Dependency.sync("a", "b"), Dependency.sync("b", "c"),
                Dependency.sync("c", "d"), Dependency.sync("d", "e"), Dependency.sync("b", "s").soft(),
                Dependency.async("b", "q")));
    }

    private static Node n(String id, String team) {
        return Node.builder(id).kind(Kind.SERVICE).team(team).entrypoint(id.equals("a")).build();
    }

    @Test
    void keepsTheNHopNeighbourhoodBothWays() {
        assertEquals(Set.of("a", "b", "c", "s", "q"), FocusFilter.hops(1).visible(chain(), List.of("b"), null));
        assertEquals(Set.of("a", "b", "c", "d", "s", "q"), FocusFilter.hops(2).visible(chain(), List.of("b"), null));
    }

    @Test
    void hardOnlyNeitherWalksNorDrawsSoftAndAsyncEdges() {
        FocusFilter f = new FocusFilter(1, true, null, null, null);
        assertEquals(Set.of("a", "b", "c"), f.visible(chain(), List.of("b"), null));
        assertEquals(false, f.draws(Dependency.async("b", "q")));
    }

    @Test
    void filtersByTeamZoneAndStateButKeepsTheSelection() {
        Topology t = chain();
        assertEquals(Set.of("d", "e", "s", "q"), new FocusFilter(1, false, "y", null, null).visible(t, List.of(), null));
        assertEquals(Set.of("b", "s", "q"), new FocusFilter(1, false, "y", null, null).visible(t, List.of("b"), null));
        var sim = new FailureEngine(t).simulate(Scenario.of(FailureEvent.node("d")));
        assertEquals(Set.copyOf(sim.nodesIn(State.DOWN)),
                new FocusFilter(1, false, null, null, State.DOWN).visible(t, List.of(), sim));
    }
}
