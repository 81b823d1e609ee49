package dev.faultline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.layout.Box;
import dev.faultline.layout.ElkLayeredLayout;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Kind;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;

/** Comparison and fix-preview marks are part of the scene, so the canvas and any export draw the same thing. */
class ChangePainterTest {
    private final SceneBuilder builder = new SceneBuilder();
    private final Topology shop = RenderFixtures.shop();
    private final AnalysisReport analysis = RenderFixtures.shopAnalysis(shop);
    private final LayoutResult layout = new ElkLayeredLayout().layout(shop, Map.of(), ProgressListener.NONE,
            CancellationToken.NONE);

    private SceneNode node(DiagramScene s, String id) {
        return s.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void withoutMarksTheSceneIsExactlyTheUnmarkedOne() {
        DiagramScene plain = builder.build(SceneRequest.of(shop, layout, analysis));
        DiagramScene none = builder.build(SceneRequest.of(shop, layout, analysis).withMarks(ChangeMarks.NONE));
        assertEquals(plain, none);
        assertTrue(none.ghosts().isEmpty());
    }

    @Test
    void addedNodesAreOutlinedNewSpofsBadgedAndRemovedOnesComeBackAsGhosts() {
        DiagramScene plain = builder.build(SceneRequest.of(shop, layout, analysis));
        Box base = new Box(layout.width() + 40, 10, 120, 50);
        ChangeMarks marks = ChangeMarks.compared(Set.of("catalog"), List.of(new ChangeMarks.Ghost("old-search",
                "Old search", Kind.SERVICE, base)), Set.of("orders-db"));
        DiagramScene s = builder.build(SceneRequest.of(shop, layout, analysis).withMarks(marks));

        SceneNode catalog = node(s, "catalog");
        assertEquals(ChangePainter.addedColor(false), catalog.stroke());
        assertEquals("added", catalog.badges().get(0));
        assertEquals(node(plain, "catalog").badges(), catalog.badges().subList(1, catalog.badges().size()));
        // orders-db is a SPOF: it keeps the SPOF outline and gains the "new" badge.
        SceneNode db = node(s, "orders-db");
        assertEquals(Palette.LIGHT.spof, db.stroke());
        assertEquals("new", db.badges().get(0));
        assertEquals(node(plain, "web"), node(s, "web"));

        SceneNode ghost = s.ghosts().get(0);
        assertEquals("old-search", ghost.id());
        assertEquals(List.of("removed"), ghost.badges());
        assertEquals(ChangePainter.GHOST_DASH, ghost.strokeDash());
        // Shifted by the same margin as the live nodes, and the picture grows to hold it.
        double dx = node(s, "web").bounds().x() - layout.box("web").x();
        assertEquals(base.x() + dx, ghost.bounds().x(), 1e-9);
        assertTrue(s.width() >= ghost.bounds().maxX());
        assertTrue(s.nodes().stream().noneMatch(n -> n.id().equals("old-search")));
        List<String> legend = s.legend().stream().map(LegendEntry::label).toList();
        assertTrue(legend.stream().anyMatch(l -> l.contains("new since the compared version")), legend::toString);
        assertTrue(legend.stream().anyMatch(l -> l.startsWith("ghost")), legend::toString);
        assertTrue(legend.contains("a SPOF the compared version did not have"), legend::toString);
    }

    @Test
    void aFixPreviewOutlinesTheNodesAndDependenciesItChanges() {
        ChangeMarks marks = ChangeMarks.preview(Set.of("orders-db"), Set.of(ChangeMarks.edgeKey("checkout", "orders-db")));
        DiagramScene s = builder.build(SceneRequest.of(shop, layout, analysis).withMarks(marks)
                .withPalette(Palette.DARK));
        SceneNode db = node(s, "orders-db");
        assertEquals(ChangePainter.fixColor(true), db.stroke());
        assertEquals("fix", db.badges().get(0));
        SceneEdge e = s.edges().stream().filter(x -> x.from().equals("checkout") && x.to().equals("orders-db"))
                .findFirst().orElseThrow();
        assertEquals(ChangePainter.fixColor(true), e.color());
        SceneEdge other = s.edges().stream().filter(x -> !x.to().equals("orders-db")).findFirst().orElseThrow();
        assertEquals(other.color(), builder.build(SceneRequest.of(shop, layout, analysis).withPalette(Palette.DARK))
                .edges().get(s.edges().indexOf(other)).color());
    }
}
