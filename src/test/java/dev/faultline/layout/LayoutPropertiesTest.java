package dev.faultline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;

/** Invariants of both layouts over random acyclic topologies, with fallbacks and long labels. */
class LayoutPropertiesTest {
    static Topology randomDag(int n, long seed) {
        Random random = new Random(seed);
        List<Node> nodes = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "n" + i + "-" + "x".repeat(random.nextInt(30));
            nodes.add(Node.of(id, Kind.values()[random.nextInt(Kind.values().length)], 1 + random.nextInt(3)));
        }
        for (int i = 1; i < n; i++) {
            int edges = 1 + random.nextInt(2);
            for (int e = 0; e < edges; e++) {
                int from = random.nextInt(i);
                Dependency d = random.nextBoolean() ? Dependency.sync(nodes.get(from).id(), nodes.get(i).id())
                        : Dependency.async(nodes.get(from).id(), nodes.get(i).id());
                if (i > 2 && random.nextInt(5) == 0) {
                    int alt = from + 1 + random.nextInt(i - from);
                    if (alt != i && alt < n) d = d.withFallback(nodes.get(alt).id());
                }
                deps.add(d);
            }
        }
        return Topology.of("random", nodes, deps);
    }

    private static void checkInvariants(Topology t, LayoutResult r) {
        assertEquals(t.nodes().size(), r.nodes().size());
        ElkLayeredLayoutTest.assertNoOverlaps(r);
        for (Node n : t.nodes()) {
            // Two-row boxes fit label and badges; dense rows' one-row boxes fit the label.
            Box b = r.box(n.id());
            double needed = NodeSize.hasBadgeRow(b.height()) ? NodeSize.width(n) : NodeSize.oneRowWidth(n);
            assertTrue(b.width() >= needed - 0.001, n.id() + " " + b);
        }
        for (int i = 0; i < t.dependencies().size(); i++) {
            Dependency d = t.dependencies().get(i);
            // Top-down, or left-to-right (possibly wrapped into rows) when that shape fits a window better.
            Box from = r.box(d.from());
            Box to = r.box(d.to());
            assertTrue(to.y() > from.y() || to.x() > from.x(), "callee below or right of its caller: " + d.label());
            assertTrue(r.edgeRoutes().get(i).size() >= 2);
        }
    }

    @Property(tries = 40)
    void elkLayoutsKeepTheirInvariants(@ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed) {
        Topology t = randomDag(n, seed);
        checkInvariants(t, new ElkLayeredLayout().layout(t, Map.of(), ProgressListener.NONE, CancellationToken.NONE));
    }

    @Property(tries = 60)
    void fastLayoutsKeepTheirInvariants(@ForAll @IntRange(min = 1, max = 300) int n, @ForAll long seed) {
        Topology t = randomDag(n, seed);
        checkInvariants(t, new FastLayeredLayout().layout(t, Map.of(), ProgressListener.NONE, CancellationToken.NONE));
    }
}
