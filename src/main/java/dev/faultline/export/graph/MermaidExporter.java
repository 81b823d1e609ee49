package dev.faultline.export.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.render.EdgeStyle;
import dev.faultline.render.NodeStyle;
import dev.faultline.render.Overlay;
import dev.faultline.render.StylePolicy;

/**
 * Mermaid {@code flowchart TD} text, as GitHub renders it in a {@code ```mermaid} block. Node ids in the file may
 * hold {@code : / .} and other characters Mermaid misreads, so nodes are named {@code n1, n2, ...} in file order and
 * carry the real name and id in a quoted label. Labels use Mermaid's entity codes ({@code #quot;}, {@code #60;}...)
 * instead of raw quotes, angle brackets, ampersands, hashes and backticks. Shapes follow the kind; async edges are
 * dotted ({@code -.->}), fallbacks dotted with "or"; one class per look ({@code render.StylePolicy}'s, as on the
 * canvas) and {@code linkStyle}s carry fills, outlines, widths and dashes.
 */
public final class MermaidExporter {
    /** Mermaid's default {@code maxEdges}; renderers such as GitHub's refuse larger diagrams. */
    static final int MERMAID_MAX_EDGES = 500;
    /** Mermaid's default {@code maxTextSize}. */
    static final int MERMAID_MAX_TEXT = 50_000;
    private static final String PLAIN = "plain";
    /** The plain look: what nodes without a class show, and the default class when no node is plain. */
    private static final String PLAIN_CSS = css(StylePolicy.plain(NodeStyler.palette()));
    /** A plain sync edge: the links without a linkStyle of their own. */
    private static final EdgeStyle DEFAULT_LINK = StylePolicy.plainEdge(NodeStyler.palette());

    public String export(GraphExportInput input) {
        NodeStyler styler = new NodeStyler(input);
        Map<String, String> ids = safeIds(input);
        StringBuilder out = new StringBuilder();
        out.append("---\ntitle: \"").append(titleText(input.effectiveTitle())).append("\"\n---\n");
        out.append("flowchart TD\n");
        Map<String, List<String>> classMembers = new LinkedHashMap<>();
        Map<String, String> classDefs = new LinkedHashMap<>();
        if (input.overlay() == Overlay.TEAMS) {
            teamSubgraphs(out, input, styler, ids, classMembers, classDefs);
        } else {
            for (Node node : input.topology().nodes()) {
                nodeStatement(out, "    ", node, styler, ids, classMembers, classDefs);
            }
        }
        List<String> linkStyles = new ArrayList<>();
        int link = 0;
        for (Dependency dependency : input.topology().dependencies()) {
            for (EdgeLook look : styler.edges(dependency)) {
                out.append("    ").append(ids.get(look.style().from())).append(' ').append(arrow(look)).append(' ')
                        .append(ids.get(look.style().to())).append('\n');
                if (!isDefault(look.style())) linkStyles.add("    linkStyle " + link + " " + css(look.style()));
                link++;
            }
        }
        if (link > 0) out.append("    linkStyle default ").append(css(DEFAULT_LINK)).append('\n');
        linkStyles.forEach(l -> out.append(l).append('\n'));
        classDefs(out, classDefs, classMembers);
        if (link > MERMAID_MAX_EDGES || out.length() > MERMAID_MAX_TEXT) {
            int at = out.indexOf("flowchart TD\n") + "flowchart TD\n".length();
            out.insert(at, "    %% " + link + " edges, " + out.length() + " characters: over Mermaid's default limits ("
                    + MERMAID_MAX_EDGES + " edges, " + MERMAID_MAX_TEXT + " characters), which GitHub keeps; use the"
                    + " DOT, GraphML or SVG export for a graph this size.\n");
        }
        return out.toString();
    }

    private static void nodeStatement(StringBuilder out, String indent, Node node, NodeStyler styler,
                                      Map<String, String> ids, Map<String, List<String>> classMembers,
                                      Map<String, String> classDefs) {
        NodeAppearance look = styler.appearance(node);
        String id = ids.get(node.id());
        out.append(indent).append(id).append(shaped(node.kind(), label(look))).append('\n');
        classDefs.putIfAbsent(look.styleClass(), css(look.style()));
        classMembers.computeIfAbsent(look.styleClass(), k -> new ArrayList<>()).add(id);
    }

    /** Under the teams overlay, each team's nodes sit in a titled subgraph ({@code t1, t2...}), as in DOT. */
    private static void teamSubgraphs(StringBuilder out, GraphExportInput input, NodeStyler styler,
                                      Map<String, String> ids, Map<String, List<String>> classMembers,
                                      Map<String, String> classDefs) {
        List<Team> teams = input.topology().teams();
        for (int i = 0; i < teams.size(); i++) {
            List<Node> owned = input.topology().nodesOwnedBy(teams.get(i).id());
            if (owned.isEmpty()) continue;
            out.append("    subgraph t").append(i + 1).append(" [\"").append(escape(teams.get(i).name())).append("\"]\n");
            for (Node node : owned) nodeStatement(out, "        ", node, styler, ids, classMembers, classDefs);
            out.append("    end\n");
        }
        for (Node node : input.topology().nodes()) {
            if (node.team() == null) nodeStatement(out, "    ", node, styler, ids, classMembers, classDefs);
        }
    }

    /** n1, n2, ... in file order: always valid Mermaid ids, whatever the topology's ids look like. */
    static Map<String, String> safeIds(GraphExportInput input) {
        Map<String, String> ids = new LinkedHashMap<>();
        int i = 1;
        for (Node node : input.topology().nodes()) ids.put(node.id(), "n" + i++);
        return ids;
    }

    private static String label(NodeAppearance look) {
        List<String> lines = look.labelLines().stream().map(MermaidExporter::escape).toList();
        return "\"" + String.join("<br/>", lines) + "\"";
    }

    private static String shaped(Kind kind, String label) {
        return switch (kind) {
            case SERVICE -> "(" + label + ")";
            case GATEWAY -> "{{" + label + "}}";
            case LOAD_BALANCER -> "[/" + label + "\\]";
            case CDN -> "([" + label + "])";
            case DATABASE -> "[(" + label + ")]";
            case CACHE -> "[[" + label + "]]";
            case QUEUE -> ">" + label + "]";
            case STORAGE -> "[/" + label + "/]";
            case FUNCTION -> "[\\" + label + "\\]";
            case JOB -> "[\\" + label + "/]";
            case DNS -> "{" + label + "}";
            case EXTERNAL, OTHER -> "[" + label + "]";
        };
    }

    private static String arrow(EdgeLook look) {
        String base = switch (look.line()) {
            case SOLID -> look.style().width() > 2 ? "==>" : "-->";
            case DASHED, DOTTED -> "-.->";
        };
        return look.label().isEmpty() ? base : base + "|" + escape(look.label()) + "|";
    }

    /**
     * One class per distinct look, named after what it means ({@code team0}, {@code down-root}, {@code heat3-spof}),
     * each stating the whole look so no two classes compete over a property. The default class is the plain look:
     * Mermaid's theme would paint unclassed nodes lavender.
     */
    private static void classDefs(StringBuilder out, Map<String, String> defs, Map<String, List<String>> members) {
        out.append("    classDef default ").append(defs.getOrDefault(PLAIN, PLAIN_CSS)).append('\n');
        for (Map.Entry<String, String> def : defs.entrySet()) {
            if (!def.getKey().equals(PLAIN)) out.append("    classDef ").append(def.getKey()).append(' ')
                    .append(def.getValue()).append('\n');
        }
        for (Map.Entry<String, List<String>> m : members.entrySet()) {
            if (!m.getKey().equals(PLAIN)) out.append("    class ").append(String.join(",", m.getValue())).append(' ')
                    .append(m.getKey()).append('\n');
        }
    }

    /** A node look as Mermaid CSS. */
    static String css(NodeStyle s) {
        return "fill:" + s.fill() + ",stroke:" + s.stroke() + ",stroke-width:" + px(s.strokeWidth()) + ",color:"
                + s.textColor() + dashCss(s.dash());
    }

    /** An edge look as Mermaid CSS. */
    static String css(EdgeStyle s) {
        return "stroke:" + s.color() + ",stroke-width:" + px(s.width()) + dashCss(s.dash());
    }

    private static String dashCss(List<Double> dash) {
        if (dash.isEmpty()) return "";
        return ",stroke-dasharray:" + String.join(" ", dash.stream().map(MermaidExporter::num).toList());
    }

    private static boolean isDefault(EdgeStyle s) {
        return s.color().equals(DEFAULT_LINK.color()) && s.width() == DEFAULT_LINK.width() && s.dash().isEmpty();
    }

    private static String px(double value) {
        return num(value) + "px";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * Text safe inside a quoted Mermaid label or edge label: characters Mermaid or its HTML rendering would read are
     * written as Mermaid entity codes, which Mermaid turns back into the literal characters.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("#quot;");
                case '<' -> out.append("#60;");
                case '>' -> out.append("#62;");
                case '&' -> out.append("#38;");
                case '#' -> out.append("#35;");
                case '`' -> out.append("#96;");
                case '|' -> out.append("#124;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The YAML front-matter title: a double-quoted YAML scalar. Mermaid neither decodes entity codes there nor shows
     * angle brackets (its sanitiser drops anything tag-like), so {@code < > &} become their full-width look-alikes.
     */
    static String titleText(String title) {
        return title.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").replace('<', '\uFF1C')
                .replace('>', '\uFF1E').replace('&', '\uFF06');
    }
}
