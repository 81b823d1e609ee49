package dev.faultline.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.export.diagram.DiagramExporter;
import dev.faultline.io.TopologyLoader;
import dev.faultline.layout.FastLayeredLayout;
import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.render.DiagramScene;
import dev.faultline.render.LineStyle;
import dev.faultline.render.Overlay;
import dev.faultline.render.SceneEdge;
import dev.faultline.render.SceneNode;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.Scenario;
import dev.faultline.simulation.SimulationResult;

/**
 * Issue #12's "one picture" for styles: for every sample, every overlay, with and without a scenario, each node and
 * edge looks in DOT, GraphML and Mermaid exactly as in the canvas's scene (and on a topology with more teams than
 * colours, whose repeats differ by outline dash only) (fill, outline colour and width, dash, text
 * colour; edge colour, width and dash), read back from the emitted text. DOT and GraphML know dashes only by name
 * ({@link LineStyle}); Mermaid gets the dash array itself.
 */
class StyleParityTest {
    /** Styles do not depend on where nodes are: the quick layout keeps 108 cases fast. */
    private static final ExportService EXPORTS = new ExportService(new FastLayeredLayout(), new DiagramExporter());
    private static final Pattern DOT_NODE = Pattern.compile("^\\s*\"((?:[^\"\\\\]|\\\\.)*)\" \\[label=\"(?:[^\"\\\\]|\\\\.)*\","
            + " shape=\\w+, style=\"([^\"]*)\", fillcolor=\"([^\"]*)\", color=\"([^\"]*)\", fontcolor=\"([^\"]*)\","
            + " penwidth=([0-9.]+)");
    private static final Pattern DOT_EDGE = Pattern.compile("^\\s*\"((?:[^\"\\\\]|\\\\.)*)\" -> \"((?:[^\"\\\\]|\\\\.)*)\""
            + " \\[style=(\\w+), color=\"([^\"]*)\", penwidth=([0-9.]+)");
    private static final Pattern MERMAID_EDGE = Pattern.compile("^\\s+(n\\d+) (?:-->|==>|-\\.->)(?:\\|[^|]*\\|)? (n\\d+)$");

    /** A node's look as text: fill, outline, outline width, dash, label colour. */
    record NodeLook(String fill, String stroke, String width, String dash, String text) {
    }

    /** An edge's look as text. */
    record EdgeLook(String from, String to, String color, String width, String dash) {
    }

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("sample-topologies"))) {
            for (Path sample : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Topology t = new TopologyLoader().load(sample).topology().orElseThrow();
                AnalysisReport analysis = new Analyzer().analyze(t);
                for (Overlay overlay : Overlay.values()) {
                    cases.add(Arguments.of(sample.getFileName().toString(), overlay, analysis, null));
                    cases.add(Arguments.of(sample.getFileName().toString(), overlay, analysis, scenario(analysis)));
                }
            }
        }
        AnalysisReport teams = new Analyzer().analyze(sixteenTeams());
        for (Overlay overlay : Overlay.values()) cases.add(Arguments.of("sixteen teams", overlay, teams, null));
        return cases.stream();
    }

    /** More teams than colours: the repeats are told apart by dashed, then dotted outlines, in every format. */
    private static Topology sixteenTeams() {
        List<Team> teams = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            teams.add(new Team("t" + i, List.of("p" + i)));
            nodes.add(Node.builder("s" + i).kind(Kind.SERVICE).team("t" + i).replicas(2).build());
            if (i > 0) deps.add(Dependency.sync("s" + (i - 1), "s" + i));
        }
        return new Topology("sixteen teams", "", teams, List.of(), nodes, deps, List.of());
    }

    /** The worst single node failed and, where zones exist, the first zone lost: FAILED, DOWN, DEGRADED and roots. */
    private static SimulationResult scenario(AnalysisReport analysis) {
        Topology t = analysis.topology();
        List<FailureEvent> events = new ArrayList<>();
        if (!analysis.blastRadius().isEmpty()) events.add(FailureEvent.node(analysis.blastRadius().get(0).node()));
        if (!t.zones().isEmpty()) events.add(FailureEvent.zone(t.zones().get(0).id()));
        return new FailureEngine(t).simulate(Scenario.of(events.toArray(FailureEvent[]::new)));
    }

    @ParameterizedTest(name = "{0} {1} scenario={3}")
    @MethodSource("cases")
    void graphExportsDrawWhatTheCanvasDraws(String sample, Overlay overlay, AnalysisReport analysis,
                                            SimulationResult scenario) throws Exception {
        ExportRequest request = ExportRequest.of(analysis, ExportFormat.SVG).withOverlay(overlay)
                .withScenarios(scenario == null ? List.of() : List.of(scenario));
        DiagramScene scene = EXPORTS.scene(request, ProgressListener.NONE, CancellationToken.NONE);

        Map<String, NodeLook> namedNodes = new LinkedHashMap<>();
        scene.nodes().forEach(n -> namedNodes.put(n.id(), named(n)));
        List<EdgeLook> namedEdges = scene.edges().stream().map(StyleParityTest::named).toList();
        if (overlay == Overlay.TEAMS && sample.equals("sixteen teams")) {
            assertEquals(java.util.Set.of("SOLID", "DASHED", "DOTTED"),
                    namedNodes.values().stream().map(NodeLook::dash).collect(java.util.stream.Collectors.toSet()));
        }
        assertEquals(namedNodes, dotNodes(export(request, ExportFormat.DOT)), "DOT nodes");
        assertEquals(namedEdges, dotEdges(export(request, ExportFormat.DOT)), "DOT edges");
        Document graphml = xml(export(request, ExportFormat.GRAPHML));
        assertEquals(namedNodes, graphMlNodes(graphml), "GraphML nodes");
        assertEquals(namedEdges, graphMlEdges(graphml), "GraphML edges");

        Map<String, NodeLook> exactNodes = new LinkedHashMap<>();
        scene.nodes().forEach(n -> exactNodes.put(n.id(), exact(n)));
        String mermaid = export(request, ExportFormat.MERMAID);
        assertEquals(exactNodes, mermaidNodes(mermaid, analysis.topology()), "Mermaid nodes");
        assertEquals(scene.edges().stream().map(StyleParityTest::exact).toList(),
                mermaidEdges(mermaid, analysis.topology()), "Mermaid edges");
    }

    private static String export(ExportRequest request, ExportFormat format) {
        return new String(EXPORTS.export(new ExportRequest(request.analysis(), format, request.overlay(),
                request.scenarios(), request.pinned(), request.paper(), request.pngScale(), request.sourceName(),
                request.date(), request.reviews())), StandardCharsets.UTF_8);
    }

    // The canvas's scene, as each format can say it.

    private static NodeLook named(SceneNode n) {
        return new NodeLook(n.fill(), n.stroke(), num(n.strokeWidth()), LineStyle.of(n.strokeDash()).name(),
                n.textColor());
    }

    private static EdgeLook named(SceneEdge e) {
        return new EdgeLook(e.from(), e.to(), e.color(), num(e.width()), LineStyle.of(e.dash()).name());
    }

    private static NodeLook exact(SceneNode n) {
        return new NodeLook(n.fill(), n.stroke(), num(n.strokeWidth()), dash(n.strokeDash()), n.textColor());
    }

    private static EdgeLook exact(SceneEdge e) {
        return new EdgeLook(e.from(), e.to(), e.color(), num(e.width()), dash(e.dash()));
    }

    private static String dash(List<Double> dash) {
        return String.join(" ", dash.stream().map(StyleParityTest::num).toList());
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    // What each format emitted.

    /** Node statements by id (under Teams, clusters reorder them; maps compare regardless of order). */
    private static Map<String, NodeLook> dotNodes(String dot) {
        Map<String, NodeLook> looks = new HashMap<>();
        for (String line : dot.lines().toList()) {
            Matcher m = DOT_NODE.matcher(line);
            if (!m.find()) continue;
            List<String> style = List.of(m.group(2).split(","));
            String dash = style.contains("dashed") ? "DASHED" : style.contains("dotted") ? "DOTTED" : "SOLID";
            looks.put(unquote(m.group(1)), new NodeLook(m.group(3), m.group(4), m.group(6), dash, m.group(5)));
        }
        return looks;
    }

    private static List<EdgeLook> dotEdges(String dot) {
        List<EdgeLook> looks = new ArrayList<>();
        for (String line : dot.lines().toList()) {
            Matcher m = DOT_EDGE.matcher(line);
            if (m.find()) {
                looks.add(new EdgeLook(unquote(m.group(1)), unquote(m.group(2)), m.group(4), m.group(5),
                        m.group(3).toUpperCase(Locale.ROOT)));
            }
        }
        return looks;
    }

    private static Map<String, NodeLook> graphMlNodes(Document doc) {
        Map<String, NodeLook> looks = new LinkedHashMap<>();
        NodeList nodes = doc.getElementsByTagName("node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            Element fill = first(node, "y:Fill");
            Element border = first(node, "y:BorderStyle");
            Element label = first(node, "y:NodeLabel");
            looks.put(node.getAttribute("id"), new NodeLook(fill.getAttribute("color"), border.getAttribute("color"),
                    border.getAttribute("width"), lineName(border.getAttribute("type")),
                    label.getAttribute("textColor")));
        }
        return looks;
    }

    private static List<EdgeLook> graphMlEdges(Document doc) {
        List<EdgeLook> looks = new ArrayList<>();
        NodeList edges = doc.getElementsByTagName("edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            Element line = first(edge, "y:LineStyle");
            looks.add(new EdgeLook(edge.getAttribute("source"), edge.getAttribute("target"),
                    line.getAttribute("color"), line.getAttribute("width"), lineName(line.getAttribute("type"))));
        }
        return looks;
    }

    private static Map<String, NodeLook> mermaidNodes(String mermaid, Topology t) {
        Map<String, Map<String, String>> classes = new HashMap<>();
        Map<String, String> classOf = new HashMap<>();
        for (String line : mermaid.lines().map(String::trim).toList()) {
            String[] words = line.split(" ", 3);
            if (words[0].equals("classDef")) classes.put(words[1], css(words[2]));
            if (words[0].equals("class")) for (String id : words[1].split(",")) classOf.put(id, words[2]);
        }
        Map<String, NodeLook> looks = new LinkedHashMap<>();
        for (int i = 0; i < t.nodes().size(); i++) {
            Map<String, String> css = classes.get(classOf.getOrDefault("n" + (i + 1), "default"));
            looks.put(t.nodes().get(i).id(), new NodeLook(css.get("fill"), css.get("stroke"), px(css.get("stroke-width")),
                    css.getOrDefault("stroke-dasharray", ""), css.get("color")));
        }
        return looks;
    }

    private static List<EdgeLook> mermaidEdges(String mermaid, Topology t) {
        Map<String, String> defaults = Map.of();
        Map<Integer, Map<String, String>> styled = new HashMap<>();
        List<String[]> ends = new ArrayList<>();
        for (String line : mermaid.lines().toList()) {
            Matcher m = MERMAID_EDGE.matcher(line);
            if (m.matches()) ends.add(new String[] {m.group(1), m.group(2)});
            String[] words = line.trim().split(" ", 3);
            if (!words[0].equals("linkStyle")) continue;
            if (words[1].equals("default")) defaults = css(words[2]);
            else styled.put(Integer.parseInt(words[1]), css(words[2]));
        }
        List<EdgeLook> looks = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
            Map<String, String> css = styled.getOrDefault(i, defaults);
            looks.add(new EdgeLook(nodeOf(ends.get(i)[0], t), nodeOf(ends.get(i)[1], t), css.get("stroke"),
                    px(css.get("stroke-width")), css.getOrDefault("stroke-dasharray", "")));
        }
        return looks;
    }

    private static String nodeOf(String mermaidId, Topology t) {
        return t.nodes().get(Integer.parseInt(mermaidId.substring(1)) - 1).id();
    }

    private static Map<String, String> css(String css) {
        Map<String, String> props = new HashMap<>();
        for (String prop : css.split(",")) {
            String[] kv = prop.split(":", 2);
            props.put(kv[0], kv[1]);
        }
        return props;
    }

    private static String px(String width) {
        return width == null ? null : width.replace("px", "");
    }

    private static String lineName(String yedType) {
        return switch (yedType) {
            case "line" -> "SOLID";
            case "dashed" -> "DASHED";
            case "dotted" -> "DOTTED";
            default -> yedType;
        };
    }

    private static Element first(Element parent, String tag) {
        return (Element) parent.getElementsByTagName(tag).item(0);
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String unquote(String dotString) {
        return dotString.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
