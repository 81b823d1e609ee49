package dev.faultline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;

class ElkLayeredLayoutTest {
    private final ElkLayeredLayout layout = new ElkLayeredLayout();

    static Topology shop() {
        List<Node> nodes = List.of(Node.of("web", Kind.GATEWAY, 2), Node.of("api", Kind.SERVICE, 3),
                Node.of("orders-db", Kind.DATABASE, 1), Node.of("cache", Kind.CACHE, 1),
                Node.of("queue", Kind.QUEUE, 3), Node.of("worker", Kind.JOB, 2),
                Node.of("orders-db-replica", Kind.DATABASE, 1), Node.of("payments-provider", Kind.EXTERNAL, 1));
        List<Dependency> deps = List.of(Dependency.sync("web", "api"),
                Dependency.sync("api", "orders-db").withFallback("orders-db-replica"),
                Dependency.sync("api", "cache").soft(), Dependency.async("api", "queue"),
                Dependency.sync("worker", "queue"), Dependency.sync("worker", "payments-provider"));
        return Topology.of("shop", nodes, deps);
    }

    static Topology generated(int n, long seed) {
        Random random = new Random(seed);
        List<Node> nodes = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(Node.of("svc-" + i, Kind.values()[i % Kind.values().length], 1 + i % 3));
            if (i > 0) deps.add(Dependency.sync("svc-" + random.nextInt(i), "svc-" + i));
            if (i > 10 && random.nextInt(3) == 0) deps.add(Dependency.async("svc-" + random.nextInt(i / 2), "svc-" + i));
        }
        return Topology.of("generated", nodes, deps);
    }

    private LayoutResult run(Topology t, Map<String, Point> pinned) {
        return layout.layout(t, pinned, ProgressListener.NONE, CancellationToken.NONE);
    }

    static void assertNoOverlaps(LayoutResult r) {
        List<Box> boxes = new ArrayList<>(r.nodes().values());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Box a = boxes.get(i);
                Box b = boxes.get(j);
                boolean overlap = a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
                assertFalse(overlap, "boxes overlap: " + a + " " + b);
            }
        }
    }

    @Test
    void everyNodeGetsADistinctNonOverlappingBoxSizedForItsLabel() {
        Topology t = shop();
        LayoutResult r = run(t, Map.of());
        assertEquals(t.nodes().size(), r.nodes().size());
        assertNoOverlaps(r);
        assertTrue(r.box("payments-provider").width() > r.box("web").width(), "longer label, wider box");
        assertEquals(NodeSize.HEIGHT, r.box("web").height());
    }

    @Test
    void calleesSitBelowCallersInAnAcyclicChain() {
        Topology t = Topology.of("chain", List.of(Node.of("a", Kind.SERVICE, 1), Node.of("b", Kind.SERVICE, 1),
                        Node.of("c", Kind.DATABASE, 1)),
                List.of(Dependency.sync("a", "b"), Dependency.sync("b", "c")));
        LayoutResult r = run(t, Map.of());
        assertTrue(r.box("b").y() >= r.box("a").maxY());
        assertTrue(r.box("c").y() >= r.box("b").maxY());
    }

    @Test
    void everyDependencyAndFallbackGetsARouteFromCallerToCallee() {
        Topology t = shop();
        LayoutResult r = run(t, Map.of());
        assertEquals(t.dependencies().size(), r.edgeRoutes().size());
        for (int i = 0; i < t.dependencies().size(); i++) {
            Dependency d = t.dependencies().get(i);
            List<Point> route = r.edgeRoutes().get(i);
            assertTrue(route.size() >= 2);
            assertTouches(r.box(d.from()), route.get(0));
            assertTouches(r.box(d.to()), route.get(route.size() - 1));
        }
        List<Point> fb = r.fallbackRoute(1, 0).orElseThrow();
        assertTouches(r.box("orders-db-replica"), fb.get(fb.size() - 1));
    }

    private static void assertTouches(Box box, Point p) {
        Box grown = new Box(box.x() - 1, box.y() - 1, box.width() + 2, box.height() + 2);
        assertTrue(grown.contains(p.x(), p.y()), p + " not on " + box);
    }

    @Test
    void pinnedNodesKeepTheirPointAndTheirEdgesFollow() {
        Topology t = shop();
        Point pin = new Point(1234, 987);
        LayoutResult r = run(t, Map.of("cache", pin));
        assertEquals(pin.x(), r.box("cache").x());
        assertEquals(pin.y(), r.box("cache").y());
        List<Point> route = r.edgeRoutes().get(2);
        assertTouches(r.box("cache"), route.get(route.size() - 1));
        assertTouches(r.box("api"), route.get(0));
    }

    @Test
    void sameInputGivesTheSameLayout() {
        Topology t = generated(120, 7);
        assertEquals(run(t, Map.of()), run(t, Map.of()));
    }

    @Test
    void cyclesAreLaidOutToo() {
        Topology t = Topology.of("cycle", List.of(Node.of("a", Kind.SERVICE, 1), Node.of("b", Kind.SERVICE, 1)),
                List.of(Dependency.sync("a", "b"), Dependency.sync("b", "a")));
        LayoutResult r = run(t, Map.of());
        assertNoOverlaps(r);
        assertEquals(2, r.edgeRoutes().size());
    }

    @Test
    void theFastLayoutHandlesCyclesAndCancellation() {
        List<Node> nodes = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            nodes.add(Node.of("c" + i, Kind.SERVICE, 1));
            deps.add(Dependency.sync("c" + i, "c" + ((i + 1) % 50))); // one big ring
        }
        Topology ring = Topology.of("ring", nodes, deps);
        LayoutResult r = new FastLayeredLayout().layout(ring, Map.of(), ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(50, r.nodes().size());
        assertNoOverlaps(r);
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertThrows(CancellationToken.CancelledException.class,
                () -> new FastLayeredLayout().layout(ring, Map.of(), ProgressListener.NONE, token));
    }

    @Test
    void denseGraphsGoToTheFastLayoutBeforeTheyGetSlow() {
        Topology small = shop();
        assertTrue(ElkLayeredLayout.size(small) < ElkLayeredLayout.DEFAULT_ELK_LIMIT);
        Topology t = generated(300, 5);
        // A tiny limit sends even this to the fast layout, whose rows are evenly spaced.
        LayoutResult fast = new ElkLayeredLayout(10).layout(t, Map.of(), ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(new FastLayeredLayout().layout(t, Map.of(), ProgressListener.NONE, CancellationToken.NONE), fast);
    }

    @Test
    void aCancelledLayoutStops() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertThrows(CancellationToken.CancelledException.class,
                () -> layout.layout(shop(), Map.of(), ProgressListener.NONE, token));
    }

    @Test
    void aLargeGraphFallsBackToTheFastLayoutAndFinishes() {
        Topology t = generated(5000, 3);
        List<Long> reported = new ArrayList<>();
        LayoutResult r = layout.layout(t, Map.of("svc-42", new Point(-500, -500)), (done, total, msg) -> reported.add(done),
                CancellationToken.NONE);
        assertEquals(5000, r.nodes().size());
        assertEquals(-500, r.box("svc-42").x());
        assertFalse(reported.isEmpty());
        for (Dependency d : t.dependencies()) {
            if (d.from().equals("svc-42") || d.to().equals("svc-42")) continue;
            assertTrue(r.box(d.to()).y() > r.box(d.from()).y(), "callee below caller: " + d.label());
        }
        // No two boxes in the same row overlap (the fast layout packs rows left to right).
        Map<Double, List<Box>> rows = new java.util.HashMap<>();
        r.nodes().forEach((id, b) -> { if (!id.equals("svc-42")) rows.computeIfAbsent(b.y(), k -> new ArrayList<>()).add(b); });
        rows.values().forEach(row -> {
            row.sort(java.util.Comparator.comparingDouble(Box::x));
            for (int i = 1; i < row.size(); i++) assertTrue(row.get(i).x() >= row.get(i - 1).maxX());
        });
    }

    @Test
    void aGraphTooBigToReadAsLayersGetsDenseRowsShapedLikeTheWindow() {
        Topology t = generated(150, 3);
        LayoutResult r = run(t, Map.of());
        for (Box b : r.nodes().values()) assertEquals(NodeSize.ONE_ROW_HEIGHT, b.height());
        assertNoOverlaps(r);
        assertTrue(ElkLayeredLayout.textAtFit(r) >= ElkLayeredLayout.READABLE_TEXT_PX, ElkLayeredLayout.textAtFit(r) + " px");
        double aspect = r.width() / r.height();
        assertTrue(aspect > 0.9 && aspect < 1.8, "about the window's shape: " + aspect);
        // Pins still apply to dense rows.
        Point pin = new Point(-500, -400);
        assertEquals(pin.x(), run(t, Map.of("svc-7", pin)).box("svc-7").x());
    }

    @Test
    void aSmallGraphKeepsItsLayeredShape() {
        Topology t = shop();
        assertFalse(ElkLayeredLayout.tooBigForLayers(t));
        assertEquals(NodeSize.HEIGHT, run(t, Map.of()).box("web").height());
    }

    @Test
    void boxesAreSizedByTheirLettersNotByTheirCount() {
        // Same length: wide letters need a wider box than digits and dashes ("webmvc" was cut with an average width).
        assertTrue(NodeSize.width("mwmwmwmwmwmw") > NodeSize.width("svc-1-db-0-1") + 30);
        assertTrue(NodeSize.labelWidth("webmvc") >= 59.9, "DejaVu Sans Bold 13 px draws webmvc 59.9 px wide");
        assertEquals(NodeSize.labelWidth("x".repeat(NodeSize.MAX_LABEL_CHARS)),
                NodeSize.labelWidth("x".repeat(NodeSize.MAX_LABEL_CHARS + 20)), "longer labels are cut");
    }
}
