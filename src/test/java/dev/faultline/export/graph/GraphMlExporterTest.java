package dev.faultline.export.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import dev.faultline.export.ExportFixtures;
import dev.faultline.export.Golden;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.render.Overlay;
import dev.faultline.render.Palette;

class GraphMlExporterTest {
    private final GraphMlExporter exporter = new GraphMlExporter();

    @Test
    void shopWithSpofOverlayMatchesGolden() {
        Golden.assertMatches("shop-spof.graphml",
                exporter.export(GraphExportInput.of(ExportFixtures.analyse(ExportFixtures.shop()), Overlay.SPOF)));
    }

    @Test
    void isWellFormedXmlWithYedGraphicsForEveryNodeAndEdge() throws Exception {
        Topology shop = ExportFixtures.shop();
        Document doc = parse(exporter.export(GraphExportInput.of(ExportFixtures.analyse(shop), Overlay.TEAMS)));
        String y = "http://www.yworks.com/xml/graphml";
        int shapes = doc.getElementsByTagNameNS(y, "ShapeNode").getLength()
                + doc.getElementsByTagNameNS(y, "GenericNode").getLength();
        assertEquals(shop.nodes().size(), shapes);
        int drawnEdges = shop.dependencies().stream().mapToInt(d -> 1 + d.fallback().size()).sum();
        assertEquals(drawnEdges, doc.getElementsByTagNameNS(y, "PolyLineEdge").getLength());
        NodeList fills = doc.getElementsByTagNameNS(y, "Fill");
        Set<String> colours = new java.util.HashSet<>();
        for (int i = 0; i < fills.getLength(); i++) colours.add(((org.w3c.dom.Element) fills.item(i)).getAttribute("color"));
        assertTrue(colours.containsAll(Set.of(Palette.qualitative(0), Palette.qualitative(1), Palette.qualitative(2), Palette.LIGHT.unassigned)),
                colours.toString());
    }

    @Test
    void readsBackWithJgraphtWithEveryNodeEdgeAndAttribute() {
        Topology shop = ExportFixtures.shop();
        String xml = exporter.export(GraphExportInput.of(ExportFixtures.analyse(shop), Overlay.SPOF)
                .withSimulation(ExportFixtures.simulate(shop, "node:orders-db")));
        Map<String, Map<String, String>> attrs = new HashMap<>();
        Graph<String, DefaultEdge> g = read(xml, attrs);
        assertEquals(shop.nodes().stream().map(Node::id).collect(Collectors.toSet()), g.vertexSet());
        assertEquals(shop.dependencies().stream().mapToInt(d -> 1 + d.fallback().size()).sum(), g.edgeSet().size());
        shop.dependencies().forEach(d -> assertTrue(g.containsEdge(d.from(), d.to()), d.label()));
        assertEquals("database", attrs.get("orders-db").get("kind"));
        assertEquals("true", attrs.get("orders-db").get("spof"));
        assertEquals("FAILED", attrs.get("orders-db").get("state"));
        assertEquals("DOWN", attrs.get("orders").get("state"));
        assertEquals("false", attrs.get("web").get("spof"));
        assertEquals("3", attrs.get("web").get("replicas"));
        assertEquals("storefront", attrs.get("web").get("team"));
    }

    @Test
    void hostileNamesAreEscapedAndReadBackVerbatim() throws Exception {
        Topology t = ExportFixtures.hostile();
        String xml = exporter.export(GraphExportInput.of(t));
        assertTrue(!xml.contains("<script>"), "no raw markup from user data");
        parse(xml);
        Map<String, Map<String, String>> attrs = new HashMap<>();
        Graph<String, DefaultEdge> g = read(xml, attrs);
        assertEquals(Set.of("a", "b.b", "c:c/c", "d"), g.vertexSet());
        assertEquals(ExportFixtures.SCRIPT, attrs.get("a").get("name"));
        assertEquals(ExportFixtures.ATTRIBUTE_BREAKOUT, attrs.get("b.b").get("name"));
        assertEquals(t.requireNode("d").name(), attrs.get("d").get("name"));
    }

    @Test
    void xmlEscapingCoversTextAndAttributesAndDropsForbiddenControls() {
        assertEquals("&lt;a&gt; &amp; \"q\"", Xml.text("<a> & \"q\""));
        assertEquals("&lt;a&gt; &amp; &quot;q&quot; &apos;s&apos;&#10;", Xml.attr("<a> & \"q\" 's'\n"));
        assertEquals("ab", Xml.text("a\u0001b"));
    }

    @Test
    void nodesArePlacedByTheLayeredLayoutCallersAboveCalleesWithoutOverlap() throws Exception {
        Topology shop = ExportFixtures.shop();
        Document doc = parse(exporter.export(GraphExportInput.of(shop)));
        Map<String, double[]> boxes = new HashMap<>();
        NodeList nodes = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            org.w3c.dom.Element node = (org.w3c.dom.Element) nodes.item(i);
            org.w3c.dom.Element g = (org.w3c.dom.Element) node.getElementsByTagNameNS("http://www.yworks.com/xml/graphml",
                    "Geometry").item(0);
            boxes.put(node.getAttribute("id"), new double[] {Double.parseDouble(g.getAttribute("x")),
                    Double.parseDouble(g.getAttribute("y")), Double.parseDouble(g.getAttribute("width")),
                    Double.parseDouble(g.getAttribute("height"))});
        }
        assertEquals(shop.nodes().size(), boxes.size());
        shop.dependencies().forEach(d -> assertTrue(boxes.get(d.from())[1] < boxes.get(d.to())[1], d.label()));
        for (var a : boxes.entrySet()) {
            for (var b : boxes.entrySet()) {
                double[] p = a.getValue();
                double[] q = b.getValue();
                boolean overlap = p[0] < q[0] + q[2] && q[0] < p[0] + p[2] && p[1] < q[1] + q[3] && q[1] < p[1] + p[3];
                assertTrue(a.getKey().equals(b.getKey()) || !overlap, a.getKey() + " overlaps " + b.getKey());
            }
        }
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static Graph<String, DefaultEdge> read(String xml, Map<String, Map<String, String>> attrs) {
        Graph<String, DefaultEdge> g = GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(true).edgeClass(DefaultEdge.class).buildGraph();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, attr) ->
                attrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), attr.getValue()));
        importer.importGraph(g, new StringReader(xml));
        return g;
    }
}
