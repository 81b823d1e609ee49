package dev.faultline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.analysis.Analyzer;
import dev.faultline.io.TopologyLoader;
import dev.faultline.layout.ElkLayeredLayout;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;

/** The Data overlay: nodes coloured by data class, edges that carry data out of a residency drawn as violations. */
class DataOverlayTest {
    private final Topology t = new TopologyLoader().parse("""
            faultline: 1
            name: data
            zones:
              - {id: eu-a, jurisdiction: EU}
              - {id: us-a, jurisdiction: US}
            nodes:
              - {id: api, zones: [eu-a], data: [pii], residency: [EU], entrypoint: true}
              - {id: db, kind: database, zones: [eu-a], data: [pii], residency: [EU]}
              - {id: db-us, kind: database, zones: [us-a]}
              - {id: vault, zones: [us-a], data: [pan], residency: [EU]}
              - {id: tracker, kind: external, jurisdiction: US}
              - {id: cache, kind: cache, zones: [eu-a]}
            dependencies:
              - {from: api, to: db, fallback: [db-us]}
              - {from: api, to: tracker, mode: async}
              - {from: api, to: cache}
              - {from: api, to: vault}
            """, null).topology().orElseThrow();

    private DiagramScene scene(Overlay o) {
        var layout = new ElkLayeredLayout().layout(t, Map.of(), ProgressListener.NONE, CancellationToken.NONE);
        return new SceneBuilder().build(SceneRequest.of(t, layout, new Analyzer().analyze(t)).withOverlay(o));
    }

    private static SceneEdge edge(DiagramScene s, String from, String to) {
        return s.edges().stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst().orElseThrow();
    }

    private static SceneNode node(DiagramScene s, String id) {
        return s.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void nodesTakeTheColourOfTheirDataClassAndOthersStayPlain() {
        DiagramScene s = scene(Overlay.DATA);
        assertEquals(node(s, "api").fill(), node(s, "db").fill(), "same class, same colour");
        assertNotEquals(node(s, "api").fill(), node(s, "vault").fill(), "pan and pii differ");
        assertEquals(Palette.LIGHT.nodeFill, node(s, "cache").fill());
        assertEquals(List.of(4.0, 3.0), node(s, "vault").strokeDash(), "vault runs outside its residency");
        assertTrue(s.legend().stream().anyMatch(l -> l.label().equals("data: pii")));
    }

    @Test
    void edgesThatCarryDataOutOfTheResidencyAreDrawnAsViolations() {
        DiagramScene s = scene(Overlay.DATA);
        String red = Palette.LIGHT.spof;
        assertEquals(red, edge(s, "api", "tracker").color(), "residency-flow");
        assertEquals(red, edge(s, "api", "db-us").color(), "residency-failover, on the 'or' edge");
        assertTrue(edge(s, "api", "db-us").fallback());
        assertNotEquals(red, edge(s, "api", "db").color());
        assertNotEquals(red, edge(s, "api", "cache").color());
        assertTrue(s.legend().stream().anyMatch(l -> l.label().equals("carries data out of its residency")));
        assertNotEquals(red, edge(scene(Overlay.SPOF), "api", "tracker").color(), "only in the Data overlay");
    }

    @Test
    void theTooltipNamesDataResidencyAndCost() {
        String tip = node(scene(Overlay.DATA), "api").tooltip();
        assertTrue(tip.contains("data: pii (must stay in EU)"), tip);
        Topology priced = new Topology("p", null, List.of(), List.of(), List.of(dev.faultline.model.Node.builder("a")
                .replicas(3).monthlyCost(120).build()), List.of(), List.of());
        String costTip = TooltipWriter.write(priced.nodes().get(0), null, null);
        assertTrue(costTip.contains("cost: 120 × 3 = 360 / month"), costTip);
    }
}
