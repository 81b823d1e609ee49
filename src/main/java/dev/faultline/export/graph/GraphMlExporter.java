package dev.faultline.export.graph;

import java.util.List;
import java.util.Locale;

import dev.faultline.model.Dependency;
import dev.faultline.layout.Box;
import dev.faultline.layout.FastLayeredLayout;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.render.LineStyle;

/**
 * GraphML that yEd opens with labels, colours, shapes and line styles (through the yFiles {@code y:ShapeNode} /
 * {@code y:PolyLineEdge} extension), and that other tools read through plain {@code data} keys: label, kind, team,
 * replicas, spof and state on nodes; mode, required and fallback on edges. Nodes are placed by
 * {@link FastLayeredLayout} (callers above callees, linear time, the layout the canvas falls back to on huge graphs), so
 * the file opens readable; yEd's own layouts (Layout › Hierarchical) do better. Everything is XML-escaped.
 */
public final class GraphMlExporter {
    private static final String YED_SCHEMA = "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd";

    public String export(GraphExportInput input) {
        NodeStyler styler = new NodeStyler(input);
        LayoutResult layout = new FastLayeredLayout().layout(input.topology());
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        out.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xmlns:y=\"http://www.yworks.com/xml/graphml\"")
                .append(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns ").append(YED_SCHEMA).append("\">\n");
        keys(out);
        out.append("  <graph id=\"G\" edgedefault=\"directed\">\n");
        out.append("    <data key=\"gname\">").append(Xml.text(input.effectiveTitle())).append("</data>\n");
        List<NodeAppearance> looks = input.topology().nodes().stream().map(styler::appearance).toList();
        double spread = spread(input.topology().nodes(), looks, layout);
        for (int i = 0; i < looks.size(); i++) {
            Node node = input.topology().nodes().get(i);
            node(out, node, looks.get(i), geometry(layout.box(node.id()), looks.get(i), spread));
        }
        int edge = 0;
        for (Dependency dependency : input.topology().dependencies()) {
            for (EdgeLook look : styler.edges(dependency)) edge(out, "e" + edge++, dependency, look);
        }
        out.append("  </graph>\n</graphml>\n");
        return out.toString();
    }

    private static void keys(StringBuilder out) {
        out.append("  <key id=\"gname\" for=\"graph\" attr.name=\"name\" attr.type=\"string\"/>\n");
        out.append("  <key id=\"d0\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n");
        out.append("  <key id=\"d1\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n");
        plainKey(out, "label", "node", "string");
        plainKey(out, "name", "node", "string");
        plainKey(out, "kind", "node", "string");
        plainKey(out, "team", "node", "string");
        plainKey(out, "replicas", "node", "int");
        plainKey(out, "minHealthy", "node", "int");
        plainKey(out, "zones", "node", "string");
        plainKey(out, "spof", "node", "boolean");
        plainKey(out, "state", "node", "string");
        plainKey(out, "mode", "edge", "string");
        plainKey(out, "required", "edge", "boolean");
        plainKey(out, "fallback", "edge", "boolean");
    }

    private static void plainKey(StringBuilder out, String name, String domain, String type) {
        out.append("  <key id=\"").append(name).append("\" for=\"").append(domain).append("\" attr.name=\"")
                .append(name).append("\" attr.type=\"").append(type).append("\"/>\n");
    }

    /** A yEd node's box, sized for its label lines. */
    private record Geometry(double x, double y, double width, double height) {
    }

    private static double labelWidth(NodeAppearance look) {
        return 7.0 * look.labelLines().stream().mapToInt(String::length).max().orElse(4) + 24;
    }

    /**
     * How much to widen the layout so every label fits: yEd boxes hold all label lines, which may be wider than the
     * canvas box the layout made room for. Rows are far enough apart for three lines already.
     */
    private static double spread(List<Node> nodes, List<NodeAppearance> looks, LayoutResult layout) {
        double spread = 1;
        for (int i = 0; i < nodes.size(); i++) {
            spread = Math.max(spread, labelWidth(looks.get(i)) / layout.box(nodes.get(i).id()).width());
        }
        return spread;
    }

    private static Geometry geometry(Box place, NodeAppearance look, double spread) {
        double width = Math.max(place.width(), labelWidth(look));
        double height = 18.0 * look.labelLines().size() + 16;
        return new Geometry(place.centerX() * spread - width / 2, place.centerY() - height / 2, width, height);
    }

    private static void node(StringBuilder out, Node node, NodeAppearance look, Geometry place) {
        String label = String.join("\n", look.labelLines());
        boolean generic = node.kind() == Kind.DATABASE;
        String element = generic ? "y:GenericNode" : "y:ShapeNode";
        out.append("    <node id=\"").append(Xml.attr(node.id())).append("\">\n");
        out.append("      <data key=\"d0\">\n        <").append(element);
        if (generic) out.append(" configuration=\"com.yworks.flowchart.dataBase\"");
        out.append(">\n");
        out.append("          <y:Geometry x=\"").append(num(place.x())).append("\" y=\"").append(num(place.y()))
                .append("\" width=\"").append(num(place.width())).append("\" height=\"").append(num(place.height()))
                .append("\"/>\n");
        out.append("          <y:Fill color=\"").append(look.fill()).append("\" transparent=\"false\"/>\n");
        out.append("          <y:BorderStyle color=\"").append(look.outline()).append("\" type=\"")
                .append(lineType(look.outlineLine())).append("\" width=\"")
                .append(num(look.outlineWidth())).append("\"/>\n");
        out.append("          <y:NodeLabel alignment=\"center\" autoSizePolicy=\"content\" fontFamily=\"Dialog\"")
                .append(" fontSize=\"12\" textColor=\"").append(look.text()).append("\" modelName=\"internal\"")
                .append(" modelPosition=\"c\">").append(Xml.text(label)).append("</y:NodeLabel>\n");
        if (!generic) out.append("          <y:Shape type=\"").append(shape(node.kind())).append("\"/>\n");
        out.append("        </").append(element).append(">\n      </data>\n");
        data(out, "label", label);
        data(out, "name", node.name());
        data(out, "kind", node.kind().id());
        if (node.team() != null) data(out, "team", node.team());
        data(out, "replicas", Integer.toString(node.replicas()));
        data(out, "minHealthy", Integer.toString(node.minHealthy()));
        if (!node.zones().isEmpty()) data(out, "zones", String.join(",", node.zones()));
        data(out, "spof", Boolean.toString(look.spof()));
        look.state().ifPresent(s -> data(out, "state", look.failedDirectly() ? "FAILED" : s.name()));
        out.append("    </node>\n");
    }

    private static void edge(StringBuilder out, String id, Dependency dependency, EdgeLook look) {
        String type = lineType(look.line());
        out.append("    <edge id=\"").append(id).append("\" source=\"").append(Xml.attr(look.style().from()))
                .append("\" target=\"").append(Xml.attr(look.style().to())).append("\">\n");
        out.append("      <data key=\"d1\">\n        <y:PolyLineEdge>\n");
        out.append("          <y:LineStyle color=\"").append(look.style().color()).append("\" type=\"").append(type)
                .append("\" width=\"").append(num(look.style().width())).append("\"/>\n");
        out.append("          <y:Arrows source=\"none\" target=\"")
                .append(look.style().fallback() ? "white_delta" : "standard").append("\"/>\n");
        if (!look.label().isEmpty()) {
            out.append("          <y:EdgeLabel fontFamily=\"Dialog\" fontSize=\"10\" textColor=\"#555555\">")
                    .append(Xml.text(look.label())).append("</y:EdgeLabel>\n");
        }
        out.append("        </y:PolyLineEdge>\n      </data>\n");
        data(out, "mode", dependency.mode().id());
        data(out, "required", Boolean.toString(dependency.required()));
        data(out, "fallback", Boolean.toString(look.style().fallback()));
        out.append("    </edge>\n");
    }

    /** yEd's name for a line style. */
    private static String lineType(LineStyle line) {
        return switch (line) {
            case SOLID -> "line";
            case DASHED -> "dashed";
            case DOTTED -> "dotted";
        };
    }

    private static void data(StringBuilder out, String key, String value) {
        out.append("      <data key=\"").append(key).append("\">").append(Xml.text(value)).append("</data>\n");
    }

    /** yEd ShapeNode shape per kind (databases use the flowchart cylinder, a GenericNode, instead). */
    private static String shape(Kind kind) {
        return switch (kind) {
            case SERVICE -> "roundrectangle";
            case GATEWAY -> "hexagon";
            case LOAD_BALANCER -> "trapezoid";
            case CDN -> "octagon";
            case DATABASE -> "ellipse";
            case CACHE -> "rectangle3d";
            case QUEUE -> "fatarrow";
            case STORAGE -> "parallelogram2";
            case FUNCTION -> "parallelogram";
            case JOB -> "trapezoid2";
            case DNS -> "diamond";
            case EXTERNAL -> "rectangle";
            case OTHER -> "ellipse";
        };
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
