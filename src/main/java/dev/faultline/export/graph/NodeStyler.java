package dev.faultline.export.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.faultline.model.Dependency;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.render.EdgeStyle;
import dev.faultline.render.NodeStyle;
import dev.faultline.render.Overlay;
import dev.faultline.render.Palette;
import dev.faultline.render.StylePolicy;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.State;

/**
 * Node and edge looks for the text graph formats: the canvas's {@link StylePolicy} (light palette) decides colours,
 * widths and dashes; this class only adds the words a text format needs instead of glyphs and markers.
 */
public final class NodeStyler {
    private final GraphExportInput input;
    private final StylePolicy policy;

    public NodeStyler(GraphExportInput input) {
        this.input = input;
        this.policy = new StylePolicy(input.topology(), input.analysis(), input.simulation(), input.overlay(), null,
                Palette.LIGHT, null);
    }

    /** The palette every graph format draws in. */
    public static Palette palette() {
        return Palette.LIGHT;
    }

    public NodeAppearance appearance(Node node) {
        NodeStyle style = policy.node(node);
        Optional<SimulationResult> sim = input.simulationIfAny();
        Optional<State> state = sim.map(s -> s.nodes().getOrDefault(node.id(), State.UP));
        boolean failed = sim.map(s -> s.failedDirectly().contains(node.id())).orElse(false);
        NodeAppearance draft = new NodeAppearance(style, state, failed, List.of());
        return new NodeAppearance(style, state, failed, label(node, draft));
    }

    private List<String> label(Node node, NodeAppearance look) {
        List<String> lines = new ArrayList<>();
        StringBuilder first = new StringBuilder();
        if (look.spof()) first.append(NodeAppearance.SPOF_GLYPH).append(' ');
        first.append(node.name());
        String glyph = look.stateGlyph();
        if (!glyph.isEmpty()) first.append(' ').append(glyph);
        lines.add(first.toString());
        StringBuilder second = new StringBuilder();
        if (!node.name().equals(node.id())) second.append(node.id()).append(" \u00B7 ");
        second.append(node.kind().id());
        if (node.replicas() > 1) second.append(" \u00D7").append(node.replicas());
        if (input.overlay() == Overlay.ZONES && !node.zones().isEmpty()) {
            second.append(" \u00B7 ").append(String.join(", ", node.zones()));
        }
        if (input.overlay() == Overlay.TEAMS) second.append(" \u00B7 ").append(node.teamId().orElse("unowned"));
        lines.add(second.toString());
        look.state().filter(s -> s != State.UP).ifPresent(s ->
                lines.add(look.failedDirectly() ? "FAILED" : s.name()));
        return lines;
    }

    /** A team's colour (the cluster outline under the Teams overlay): the one its nodes are filled with. */
    public static String teamColour(int index) {
        return Palette.qualitative(index);
    }

    /** The edge looks of one dependency: the main edge first, then one dotted "or" edge per fallback. */
    public List<EdgeLook> edges(Dependency dependency) {
        List<EdgeLook> looks = new ArrayList<>();
        for (EdgeStyle style : policy.edges(dependency)) {
            looks.add(new EdgeLook(style, style.fallback() ? style.label() : words(dependency)));
        }
        return looks;
    }

    /** What the canvas says with a dash or a lighter line, in words: "soft", "async", "async, soft" or nothing. */
    private static String words(Dependency dependency) {
        String label = dependency.required() ? "" : "soft";
        if (dependency.mode() == Mode.ASYNC) label = label.isEmpty() ? "async" : "async, soft";
        return label;
    }
}
