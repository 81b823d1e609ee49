package dev.faultline.export.graph;

import java.util.List;
import java.util.Locale;

import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.render.LineStyle;
import dev.faultline.render.Overlay;

/**
 * Graphviz DOT text ({@code dot -Tsvg} renders it). Node shapes follow the kind; fills, outlines, widths and dashes
 * are the canvas's ({@code render.StylePolicy}), SPOFs also get a warning glyph; async edges are dashed, soft edges grey, fallback
 * alternatives dotted and labelled "or". Every id and label is a quoted, escaped DOT string.
 */
public final class DotExporter {

    public String export(GraphExportInput input) {
        NodeStyler styler = new NodeStyler(input);
        StringBuilder out = new StringBuilder();
        out.append("digraph ").append(quote(input.effectiveTitle())).append(" {\n");
        out.append("  graph [rankdir=TB, newrank=true, fontname=\"Helvetica\", fontsize=16, labelloc=t, nodesep=0.5, ranksep=0.7, ")
                .append("label=").append(quote(input.effectiveTitle() + subtitle(input))).append("];\n");
        out.append("  node [fontname=\"Helvetica\", fontsize=11, style=\"filled\", margin=\"0.15,0.06\"];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];\n");
        if (input.overlay() == Overlay.TEAMS) {
            teamClusters(out, input, styler);
        } else {
            for (Node node : input.topology().nodes()) nodeStatement(out, "  ", node, styler);
        }
        for (Dependency dependency : input.topology().dependencies()) {
            for (EdgeLook look : styler.edges(dependency)) {
                out.append("  ").append(quote(look.style().from())).append(" -> ").append(quote(look.style().to())).append(' ')
                        .append(edgeAttributes(look)).append(";\n");
            }
        }
        out.append("}\n");
        return out.toString();
    }

    private static void nodeStatement(StringBuilder out, String indent, Node node, NodeStyler styler) {
        out.append(indent).append(quote(node.id())).append(' ').append(nodeAttributes(node, styler.appearance(node)))
                .append(";\n");
    }

    /**
     * Under the teams overlay each team's nodes sit in a labelled cluster, so Conway's law is visible in the layout
     * itself: Graphviz keeps a team's nodes together and cross-team edges are the ones leaving a box.
     */
    private static String people(Team team) {
        if (!team.membersDeclared()) return "members unknown";
        int n = team.members().size();
        return n + (n == 1 ? " person" : " people");
    }

    private static void teamClusters(StringBuilder out, GraphExportInput input, NodeStyler styler) {
        List<Team> teams = input.topology().teams();
        for (int i = 0; i < teams.size(); i++) {
            Team team = teams.get(i);
            List<Node> owned = input.topology().nodesOwnedBy(team.id());
            if (owned.isEmpty()) continue;
            out.append("  subgraph ").append(quote("cluster_team_" + i)).append(" {\n")
                    .append("    graph [label=").append(quote(team.name() + " (" + people(team) + ")"))
                    .append(", style=\"rounded,dashed\", color=").append(quote(NodeStyler.teamColour(i)))
                    .append(", penwidth=2.0, fontsize=12, labeljust=l];\n");
            for (Node node : owned) nodeStatement(out, "    ", node, styler);
            out.append("  }\n");
        }
        for (Node node : input.topology().nodes()) {
            if (node.team() == null) nodeStatement(out, "  ", node, styler);
        }
    }

    private static String subtitle(GraphExportInput input) {
        StringBuilder s = new StringBuilder();
        if (input.overlay() != Overlay.NONE) s.append(" \u2014 ").append(input.overlay().id()).append(" overlay");
        input.simulationIfAny().ifPresent(r -> s.append(" \u2014 scenario: ").append(String.join(", ", r.scenario().labels())));
        return s.toString();
    }

    private static String nodeAttributes(Node node, NodeAppearance look) {
        String[] shape = shape(node.kind());
        String style = "filled" + (shape[1].isEmpty() ? "" : "," + shape[1]) + lineStyle(look.outlineLine());
        if (look.spof()) style += ",bold";
        return "[" + "label=" + quote(String.join("\n", look.labelLines()))
                + ", shape=" + shape[0]
                + ", style=" + quote(style)
                + ", fillcolor=" + quote(look.fill())
                + ", color=" + quote(look.outline())
                + ", fontcolor=" + quote(look.text())
                + ", penwidth=" + format(look.outlineWidth())
                + ", tooltip=" + quote(node.id() + " (" + node.kind().id() + ")")
                + "]";
    }

    /** The outline's dash as a DOT style word, or nothing for solid. */
    private static String lineStyle(LineStyle line) {
        return line == LineStyle.SOLID ? "" : "," + line.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Shape name and extra style per kind: databases are cylinders, as on the canvas. An outline dash means what the
     * style policy says (a reused team colour, a node outside its residency), never the kind.
     */
    private static String[] shape(Kind kind) {
        return switch (kind) {
            case SERVICE -> new String[] {"box", "rounded"};
            case GATEWAY -> new String[] {"hexagon", ""};
            case LOAD_BALANCER -> new String[] {"invtrapezium", ""};
            case CDN -> new String[] {"octagon", ""};
            case DATABASE -> new String[] {"cylinder", ""};
            case CACHE -> new String[] {"box3d", ""};
            case QUEUE -> new String[] {"cds", ""};
            case STORAGE -> new String[] {"folder", ""};
            case FUNCTION -> new String[] {"parallelogram", ""};
            case JOB -> new String[] {"component", ""};
            case DNS -> new String[] {"diamond", ""};
            case EXTERNAL -> new String[] {"box", ""};
            case OTHER -> new String[] {"ellipse", ""};
        };
    }

    private static String edgeAttributes(EdgeLook look) {
        StringBuilder a = new StringBuilder("[style=").append(look.line().name().toLowerCase(Locale.ROOT))
                .append(", color=").append(quote(look.style().color()))
                .append(", penwidth=").append(format(look.style().width()));
        if (!look.label().isEmpty()) a.append(", label=").append(quote(look.label()));
        if (look.style().fallback()) a.append(", arrowhead=empty");
        return a.append(']').toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * A DOT double-quoted string. Inside one only {@code "} needs escaping; backslashes are doubled because Graphviz
     * reads {@code \n}, {@code \l}, {@code \N} and friends in labels; line breaks become {@code \n}.
     */
    static String quote(String text) {
        StringBuilder q = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> { }
                default -> q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
