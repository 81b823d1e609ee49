package dev.faultline.export.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.export.ExportFixtures;
import dev.faultline.model.Topology;
import dev.faultline.render.LineStyle;
import dev.faultline.render.Overlay;
import dev.faultline.render.Palette;
import dev.faultline.simulation.State;

class NodeStylerTest {
    private final Topology shop = ExportFixtures.shop();
    private final AnalysisReport analysis = ExportFixtures.analyse(shop);

    private NodeAppearance look(GraphExportInput input, String id) {
        return new NodeStyler(input).appearance(shop.requireNode(id));
    }

    @Test
    void spofsGetThickRedOutlineAndWarningUnderEveryOverlayButNone() {
        for (Overlay o : List.of(Overlay.SPOF, Overlay.TEAMS, Overlay.ZONES, Overlay.HEAT)) {
            NodeAppearance db = look(GraphExportInput.of(analysis, o), "orders-db");
            assertTrue(db.spof(), o.id());
            assertEquals(Palette.LIGHT.spof, db.outline());
            assertTrue(db.labelLines().get(0).startsWith(NodeAppearance.SPOF_GLYPH));
        }
        assertFalse(look(GraphExportInput.of(analysis, Overlay.NONE), "orders-db").spof());
        assertFalse(look(GraphExportInput.of(analysis, Overlay.SPOF), "web").spof());
    }

    @Test
    void teamsOverlayFillsByTeamInFileOrderAndGreysUnowned() {
        GraphExportInput in = GraphExportInput.of(analysis, Overlay.TEAMS);
        assertEquals(Palette.qualitative(0), look(in, "web").fill());
        assertEquals(Palette.qualitative(1), look(in, "orders").fill());
        assertEquals(Palette.qualitative(2), look(in, "cdn").fill());
        assertEquals(Palette.LIGHT.unassigned, look(in, "mailer").fill());
        assertEquals("team1", look(in, "orders").style().fillClass());
    }

    @Test
    void zonesOverlayColoursOnlySingleZoneNodesAsTheCanvasDoesAndListsZones() {
        GraphExportInput in = GraphExportInput.of(analysis, Overlay.ZONES);
        assertEquals(Palette.qualitative(0), look(in, "orders-db").fill(), "only in eu-1a");
        assertEquals(Palette.qualitative(1), look(in, "cache").fill(), "only in eu-1b");
        assertEquals(Palette.LIGHT.nodeFill, look(in, "web").fill(), "spread over eu-1a and eu-1b: plain");
        assertEquals(Palette.LIGHT.unassigned, look(in, "mailer").fill(), "no placement");
        assertTrue(look(in, "web").labelLines().get(1).endsWith("eu-1a, eu-1b"));
    }

    @Test
    void heatUsesTheDiagramsBucketsOfFlowsLost() {
        GraphExportInput in = GraphExportInput.of(analysis, Overlay.HEAT);
        assertEquals("heat3", look(in, "orders-db").style().fillClass(), "3 of 4 flows down: 75%");
        assertEquals("heat2", look(in, "stripe").style().fillClass(), "1 down + 2 degraded of 4: 50%");
        assertEquals("heat0", look(in, "adyen").style().fillClass(), "loses none");
        assertEquals(Palette.LIGHT.heat.get(3), look(in, "orders-db").fill());
    }

    @Test
    void simulatedStatesWinOverOverlayAndNeverRelyOnColourAlone() {
        GraphExportInput in = GraphExportInput.of(analysis, Overlay.TEAMS)
                .withSimulation(ExportFixtures.simulate(shop, "node:orders-db", "instance:web"));
        NodeAppearance db = look(in, "orders-db");
        assertTrue(db.failedDirectly());
        assertEquals(Palette.LIGHT.failed, db.fill());
        assertTrue(db.labelLines().get(0).endsWith(NodeAppearance.FAILED_GLYPH));
        assertEquals("FAILED", db.labelLines().get(2));
        NodeAppearance orders = look(in, "orders");
        assertEquals(Optional.of(State.DOWN), orders.state());
        assertTrue(orders.labelLines().get(0).endsWith(NodeAppearance.DOWN_GLYPH));
        assertEquals("#FFFFFF", db.text(), "light text on the dark FAILED fill");
        NodeAppearance search = look(in, "search");
        assertEquals(Optional.of(State.UP), search.state());
        assertEquals(Palette.qualitative(0), search.fill(), "an UP node keeps its team colour, as on the canvas");
        assertEquals(2, search.labelLines().size(), "no state line for UP");
    }

    @Test
    void fallbacksBecomeDottedOrEdgesAndSoftEdgesAreGrey() {
        NodeStyler styler = new NodeStyler(GraphExportInput.of(shop));
        List<EdgeLook> payment = styler.edges(shop.dependencies().get(8));
        assertEquals(2, payment.size());
        assertEquals(LineStyle.SOLID, payment.get(0).line());
        assertEquals("adyen", payment.get(1).style().to());
        assertEquals(LineStyle.DOTTED, payment.get(1).line());
        assertEquals("or", payment.get(1).label());
        EdgeLook cache = styler.edges(shop.dependencies().get(6)).get(0);
        assertEquals(Palette.LIGHT.softEdge, cache.style().color());
        assertEquals("soft", cache.label());
        assertEquals(LineStyle.DASHED, styler.edges(shop.dependencies().get(9)).get(0).line());
    }
}
