package dev.faultline.export.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.dot.DOTImporter;
import org.junit.jupiter.api.Test;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.export.ExportFixtures;
import dev.faultline.export.Golden;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.render.Overlay;
import dev.faultline.render.Palette;

class DotExporterTest {
    private final DotExporter exporter = new DotExporter();

    @Test
    void shopWithSpofOverlayMatchesGolden() {
        AnalysisReport a = ExportFixtures.analyse(ExportFixtures.shop());
        Golden.assertMatches("shop-spof.dot", exporter.export(GraphExportInput.of(a, Overlay.SPOF)));
    }

    @Test
    void shopWithTeamsAndScenarioMatchesGolden() {
        Topology shop = ExportFixtures.shop();
        GraphExportInput input = GraphExportInput.of(ExportFixtures.analyse(shop), Overlay.TEAMS)
                .withSimulation(ExportFixtures.simulate(shop, "zone:eu-1a"));
        Golden.assertMatches("shop-teams-zone-eu-1a.dot", exporter.export(input));
    }

    @Test
    void readsBackWithEveryNodeAndEdge() {
        Topology shop = ExportFixtures.shop();
        String dot = exporter.export(GraphExportInput.of(ExportFixtures.analyse(shop), Overlay.SPOF));
        Map<String, String> labels = new HashMap<>();
        Graph<String, DefaultEdge> g = read(dot, labels);
        assertEquals(shop.nodes().stream().map(Node::id).collect(Collectors.toSet()), g.vertexSet());
        int drawnEdges = shop.dependencies().stream().mapToInt(d -> 1 + d.fallback().size()).sum();
        assertEquals(drawnEdges, g.edgeSet().size());
        shop.dependencies().forEach(d -> assertTrue(g.containsEdge(d.from(), d.to()), d.label()));
        assertTrue(g.containsEdge("orders", "adyen"), "fallback drawn as its own edge");
        assertTrue(labels.get("orders-db").startsWith("\u26A0 Orders DB"), labels.get("orders-db"));
        assertTrue(labels.get("k8s:default/cart").contains("\u26A0"), "single-zone SPOF marked");
        assertTrue(!labels.get("web").contains("\u26A0"), "redundant node not marked");
    }

    @Test
    void teamsOverlayGroupsOwnedNodesInLabelledClustersAndStillReadsBack() {
        Topology shop = ExportFixtures.shop();
        String dot = exporter.export(GraphExportInput.of(ExportFixtures.analyse(shop), Overlay.TEAMS));
        assertTrue(dot.contains("subgraph \"cluster_team_1\" {\n    graph [label=\"Payments (1 person)\""), dot);
        int clusterStart = dot.indexOf("cluster_team_1");
        int clusterEnd = dot.indexOf("  }", clusterStart);
        assertTrue(dot.substring(clusterStart, clusterEnd).contains("\"orders-db\" ["), "payments owns orders-db");
        Graph<String, DefaultEdge> g = read(dot, new HashMap<>());
        assertEquals(shop.nodes().size(), g.vertexSet().size());
        assertEquals(shop.dependencies().stream().mapToInt(d -> 1 + d.fallback().size()).sum(), g.edgeSet().size());
    }

    @Test
    void hostileLabelsSurviveQuotingAndReadBackVerbatim() {
        Topology t = ExportFixtures.hostile();
        String dot = exporter.export(GraphExportInput.of(t));
        Map<String, String> labels = new HashMap<>();
        Graph<String, DefaultEdge> g = read(dot, labels);
        assertEquals(Set.of("a", "b.b", "c:c/c", "d"), g.vertexSet());
        assertEquals(3, g.edgeSet().size());
        assertTrue(labels.get("b.b").startsWith(ExportFixtures.ATTRIBUTE_BREAKOUT + "\\n"),
                "the quoted label reads back as written: " + labels.get("b.b"));
        assertTrue(dot.contains("label=\"a & b | c `tick` *star* [link](http://x) \\\\ back\\n"), dot);
    }

    @Test
    void kindsPickShapesAndEdgesPickStyles() {
        String dot = exporter.export(GraphExportInput.of(ExportFixtures.shop()));
        assertTrue(dot.contains("\"orders-db\" [label=\"Orders DB\\norders-db \u00B7 database\", shape=cylinder"), dot);
        assertTrue(dot.contains("\"orders\" -> \"events.q\" [style=dashed"), "async dashed");
        assertTrue(dot.contains("\"orders\" -> \"adyen\" [style=dotted, color=\"" + Palette.LIGHT.fallbackEdge
                + "\", penwidth=1.4, label=\"or\""), "fallback dotted with or");
        assertTrue(dot.contains("\"orders\" -> \"cache\" [style=solid, color=\"" + Palette.LIGHT.softEdge + "\""),
                "soft edges grey");
        assertTrue(!dot.contains("penwidth=3.2"), "no SPOF outline without analysis");
    }

    @Test
    void quoteEscapesQuotesBackslashesAndLineBreaks() {
        assertEquals("\"a\\\"b\\\\c\\nd\"", DotExporter.quote("a\"b\\c\nd"));
    }

    /** Reads DOT with jgrapht-io; labels come back as the raw attribute text. */
    static Graph<String, DefaultEdge> read(String dot, Map<String, String> labels) {
        Graph<String, DefaultEdge> g = GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(true).edgeClass(DefaultEdge.class).buildGraph();
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, attr) -> {
            if (p.getSecond().equals("label")) labels.put(p.getFirst(), attr.getValue());
        });
        importer.importGraph(g, new StringReader(dot));
        return g;
    }
}
