package dev.faultline.analysis.rules;

import static dev.faultline.simulation.TopologyFixtures.topology;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.model.Mode;
import dev.faultline.model.Topology;
import dev.faultline.simulation.TopologyFixtures;

/** The component contract the sync rules rely on: cycles are one component, callees are numbered before callers. */
class CallGraphTest {
    @Test
    void aSyncCycleIsOneComponentNumberedBelowItsCallersAndAboveItsCallees() {
        Topology t = topology().entry("web").node("a").node("b").node("db").node("q")
                .sync("web", "a").sync("a", "b").sync("b", "a").sync("b", "db").async("db", "q").async("q", "db")
                .build();
        CallGraph g = new CallGraph(t, d -> d.mode() == Mode.SYNC);
        int web = g.component[g.indexOf("web")], a = g.component[g.indexOf("a")], b = g.component[g.indexOf("b")];
        int db = g.component[g.indexOf("db")], q = g.component[g.indexOf("q")];
        assertEquals(a, b, "a and b call each other synchronously");
        assertNotEquals(db, q, "an async loop is no sync cycle");
        assertTrue(db < a && a < web, "callees before callers: db " + db + ", a/b " + a + ", web " + web);
        assertEquals(4, g.componentCount);
        assertEquals(List.of(List.of(g.indexOf("a"), g.indexOf("b"))),
                g.components().stream().filter(c -> c.size() > 1).toList());
    }

    @Test
    void everyEdgeBetweenComponentsPointsToASmallerIdOnALongChainWithoutOverflowingTheStack() {
        TopologyFixtures f = topology().entry("n0");
        int length = 20_000;
        for (int i = 1; i < length; i++) f.node("n" + i).sync("n" + (i - 1), "n" + i);
        f.sync("n" + (length - 1), "n" + (length - 2));
        CallGraph g = new CallGraph(f.build(), d -> true);
        assertEquals(length - 1, g.componentCount, "the last two nodes form one cycle");
        for (int v = 0; v < g.n; v++) {
            for (int w : g.out[v]) {
                if (g.component[w] != g.component[v]) assertTrue(g.component[w] < g.component[v], v + " -> " + w);
            }
        }
    }
}
