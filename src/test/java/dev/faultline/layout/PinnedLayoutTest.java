package dev.faultline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.io.TopologyLoader;
import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;

class PinnedLayoutTest {
    private final Topology shop = new TopologyLoader().load(Path.of("sample-topologies/online-shop.yaml"))
            .topology().orElseThrow();
    private final LayoutResult unpinned = new ElkLayeredLayout().layout(shop, Map.of(), ProgressListener.NONE,
            CancellationToken.NONE);

    @Test
    void pinningMovesTheNodeAndReroutesOnlyItsEdgesIncludingFallbacks() {
        int withFallback = indexOfFirstFallback();
        Dependency d = shop.dependencies().get(withFallback);
        Box box = unpinned.box(d.from());
        Point to = new Point(box.x() + 400, box.y() + 250);
        LayoutResult pinned = PinnedLayout.apply(shop, unpinned, Map.of(d.from(), to));

        assertEquals(to.x(), pinned.box(d.from()).x());
        assertEquals(to.y(), pinned.box(d.from()).y());
        List<Point> fb = pinned.fallbackRoute(withFallback, 0).orElseThrow();
        assertEquals(EdgeRoutes.between(pinned.box(d.from()), pinned.box(d.fallback().get(0))), fb,
                "the 'or' edge keeps a routed path (not dropped, so not drawn as a diagonal)");
        for (int i = 0; i < shop.dependencies().size(); i++) {
            Dependency other = shop.dependencies().get(i);
            boolean touches = other.from().equals(d.from()) || other.to().equals(d.from());
            if (!touches) assertEquals(unpinned.edgeRoutes().get(i), pinned.edgeRoutes().get(i), other.toString());
            else assertTrue(orthogonal(pinned.edgeRoutes().get(i)), "re-routed square, not diagonal: " + other);
        }
    }

    @Test
    void theLayoutAlgorithmAppliesPinsTheSameWay() {
        String id = shop.nodes().get(3).id();
        Map<String, Point> pins = Map.of(id, new Point(-300, 40));
        assertEquals(PinnedLayout.apply(shop, unpinned, pins),
                new ElkLayeredLayout().layout(shop, pins, ProgressListener.NONE, CancellationToken.NONE));
    }

    @Test
    void noPinsChangesNothing() {
        assertEquals(unpinned, PinnedLayout.apply(shop, unpinned, Map.of()));
        assertFalse(unpinned.nodes().isEmpty());
    }

    private int indexOfFirstFallback() {
        for (int i = 0; i < shop.dependencies().size(); i++) {
            if (!shop.dependencies().get(i).fallback().isEmpty()) return i;
        }
        throw new AssertionError("online-shop has a fallback");
    }

    private static boolean orthogonal(List<Point> route) {
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            if (Math.abs(a.x() - b.x()) > 0.01 && Math.abs(a.y() - b.y()) > 0.01) return false;
        }
        return true;
    }
}
