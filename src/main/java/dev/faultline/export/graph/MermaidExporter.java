package dev.faultline.export.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.render.Overlay;

/**
 * Mermaid {@code flowchart TD} text, as GitHub renders it in a {@code ```mermaid} block. Node ids in the file may
 * hold {@code : / .} and other characters Mermaid misreads, so nodes are named {@code n1, n2, ...} in file order and
 * carry the real name and id in a quoted label. Labels use Mermaid's entity codes ({@code #quot;}, {@code #60;}...)
 * instead of raw quotes, angle brackets, ampersands, hashes and backticks. Shapes follow the kind; async edges are
 * dotted ({@code -.->}), fallbacks dotted with "or"; class definitions mark SPOFs, states and team colours.
 */
public final class MermaidExporter {
    /** Mermaid's default {@code maxEdges}; renderers such as GitHub's refuse larger diagrams. */
    static final int MERMAID_MAX_EDGES = 500;
    /** Mermaid's default {@code maxTextSize}. */
    static final int MERMAID_MAX_TEXT = 50_000;

    public String export(GraphExportInput input) {
        NodeStyler styler = new NodeStyler(input);
        Map<String, String> ids = safeIds(input);
        StringBuilder out = new StringBuilder();
        out.append("---\ntitle: \"").append(titleText(input.effectiveTitle())).append("\"\n---\n");
        out.append("flowchart TD\n");
        Map<String, List<String>> classMembers = new LinkedHashMap<>();
        if (input.overlay() == Overlay.TEAMS) {
            teamSubgraphs(out, input, styler, ids, classMembers);
        } else {
            for (Node node : input.topology().nodes()) nodeStatement(out, "    ", node, styler, ids, classMembers);
        }
        List<String> linkStyles = new ArrayList<>();
        int link = 0;
        for (Dependency dependency : input.topology().dependencies()) {
            for (EdgeLook look : styler.edges(dependency)) {
                out.append("    ").append(ids.get(look.from())).append(' ').append(arrow(look)).append(' ')
                        .append(ids.get(look.to())).append('\n');
                if (!look.colour().equals(GraphColours.EDGE) || look.width() > 2) {
                    linkStyles.add("    linkStyle " + link + " stroke:" + look.colour() + ",stroke-width:"
                            + (look.width() > 2 ? "3px" : "1px"));
                }
                link++;
            }
        }
        linkStyles.forEach(l -> out.append(l).append('\n'));
        classDefs(out, styler, classMembers);
        if (link > MERMAID_MAX_EDGES || out.length() > MERMAID_MAX_TEXT) {
            int at = out.indexOf("flowchart TD\n") + "flowchart TD\n".length();
            out.insert(at, "    %% " + link + " edges, " + out.length() + " characters: over Mermaid's default limits ("
                    + MERMAID_MAX_EDGES + " edges, " + MERMAID_MAX_TEXT + " characters), which GitHub keeps; use the"
                    + " DOT, GraphML or SVG export for a graph this size.\n");
        }
        return out.toString();
    }

    private static void nodeStatement(StringBuilder out, String indent, Node node, NodeStyler styler,
                                      Map<String, String> ids, Map<String, List<String>> classMembers) {
        NodeAppearance look = styler.appearance(node);
        String id = ids.get(node.id());
        out.append(indent).append(id).append(shaped(node.kind(), label(look))).append('\n');
        for (String c : look.styleClasses()) classMembers.computeIfAbsent(c, k -> new ArrayList<>()).add(id);
    }

    /** Under the teams overlay, each team's nodes sit in a titled subgraph ({@code t1, t2...}), as in DOT. */
    private static void teamSubgraphs(StringBuilder out, GraphExportInput input, NodeStyler styler,
                                      Map<String, String> ids, Map<String, List<String>> classMembers) {
        List<Team> teams = input.topology().teams();
        for (int i = 0; i < teams.size(); i++) {
            List<Node> owned = input.topology().nodesOwnedBy(teams.get(i).id());
            if (owned.isEmpty()) continue;
            out.append("    subgraph t").append(i + 1).append(" [\"").append(escape(teams.get(i).name())).append("\"]\n");
            for (Node node : owned) nodeStatement(out, "        ", node, styler, ids, classMembers);
            out.append("    end\n");
        }
        for (Node node : input.topology().nodes()) {
            if (node.team() == null) nodeStatement(out, "    ", node, styler, ids, classMembers);
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
            case SOLID -> look.width() > 2 ? "==>" : "-->";
            case DASHED, DOTTED -> "-.->";
        };
        return look.label().isEmpty() ? base : base + "|" + escape(look.label()) + "|";
    }

    private static void classDefs(StringBuilder out, NodeStyler styler, Map<String, List<String>> members) {
        // Mermaid's theme paints unclassed nodes lavender; plain white matches the canvas and the other exports.
        out.append("    classDef default fill:").append(GraphColours.PLAIN_FILL).append(",stroke:").append(GraphColours.OUTLINE)
                .append(",color:").append(GraphColours.TEXT).append('\n');
        Map<String, String> defs = new LinkedHashMap<>();
        for (String[] team : styler.teamClasses()) defs.put(team[0], fill(team[1]));
        defs.put("unowned", fill(GraphColours.UNOWNED_FILL));
        for (String[] zone : styler.zoneClasses()) defs.put(zone[0], fill(zone[1]));
        for (int h = 0; h < GraphColours.HEAT.size(); h++) defs.put("heat" + h, fill(GraphColours.HEAT.get(h)));
        defs.put("degraded", fill(GraphColours.DEGRADED_FILL));
        defs.put("down", fill(GraphColours.DOWN_FILL));
        defs.put("failed", fill(GraphColours.FAILED_FILL));
        defs.put("spof", "stroke:" + GraphColours.SPOF_OUTLINE + ",stroke-width:4px");
        for (Map.Entry<String, String> def : defs.entrySet()) {
            if (!members.containsKey(def.getKey())) continue;
            out.append("    classDef ").append(def.getKey()).append(' ').append(def.getValue()).append('\n');
        }
        for (Map.Entry<String, String> def : defs.entrySet()) {
            List<String> ids = members.get(def.getKey());
            if (ids != null) out.append("    class ").append(String.join(",", ids)).append(' ').append(def.getKey()).append('\n');
        }
    }

    private static String fill(String colour) {
        return "fill:" + colour + ",stroke:" + GraphColours.OUTLINE + ",color:" + GraphColours.textOn(colour);
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
