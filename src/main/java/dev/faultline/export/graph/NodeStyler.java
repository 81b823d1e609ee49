package dev.faultline.export.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;
import dev.faultline.render.Overlay;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.State;

/**
 * Decides node and edge looks for the text graph formats. A simulated state wins over the overlay's fill, as on the
 * canvas; SPOFs keep their thick outline under every overlay except {@link Overlay#NONE}.
 */
public final class NodeStyler {
    private final GraphExportInput input;
    private final Topology topology;
    private final int maxFlowsDown;
    /** Lookups built once: asking the report per node would make large exports quadratic. */
    private final java.util.Set<String> spofs;
    private final java.util.Map<String, Integer> flowsDownByNode;

    public NodeStyler(GraphExportInput input) {
        this.input = input;
        this.topology = input.topology();
        this.maxFlowsDown = input.analysisIfAny().stream().flatMap(a -> a.blastRadius().stream())
                .mapToInt(b -> b.flowsDown().size()).max().orElse(0);
        this.spofs = new java.util.HashSet<>();
        this.flowsDownByNode = new java.util.HashMap<>();
        input.analysisIfAny().ifPresent(a -> {
            a.spofs().forEach(s -> spofs.add(s.node()));
            a.blastRadius().forEach(b -> flowsDownByNode.put(b.node(), b.flowsDown().size()));
        });
    }

    public NodeAppearance appearance(Node node) {
        boolean spof = input.overlay() != Overlay.NONE && spofs.contains(node.id());
        Optional<SimulationResult> sim = input.simulationIfAny();
        Optional<State> state = sim.map(s -> s.nodes().getOrDefault(node.id(), State.UP));
        boolean failed = sim.map(s -> s.failedDirectly().contains(node.id())).orElse(false);
        String fill;
        String styleClass;
        String text = Palette.TEXT;
        if (failed) {
            fill = Palette.FAILED_FILL;
            text = Palette.FAILED_TEXT;
            styleClass = "failed";
        } else if (state.isPresent() && state.get() != State.UP) {
            fill = state.get() == State.DOWN ? Palette.DOWN_FILL : Palette.DEGRADED_FILL;
            styleClass = state.get() == State.DOWN ? "down" : "degraded";
        } else if (state.isPresent()) {
            // Under a scenario, colour means state: an amber team colour on an UP node would read as DEGRADED.
            fill = Palette.UP_FILL;
            styleClass = "";
        } else {
            fill = overlayFill(node);
            styleClass = overlayClass(node);
        }
        String outline = spof ? Palette.SPOF_OUTLINE : Palette.OUTLINE;
        double width = spof ? 3.5 : 1.0;
        NodeAppearance draft = new NodeAppearance(fill, text, outline, width, spof, state, failed, styleClass, List.of());
        return new NodeAppearance(fill, text, outline, width, spof, state, failed, styleClass, label(node, draft));
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

    private String overlayFill(Node node) {
        return switch (input.overlay()) {
            case TEAMS -> teamIndex(node).map(Palette::team).orElse(Palette.UNOWNED_FILL);
            case ZONES -> singleZoneIndex(node).map(Palette::team).orElse(
                    node.zones().isEmpty() ? Palette.UNOWNED_FILL : Palette.PLAIN_FILL);
            case HEAT -> Palette.HEAT.get(heat(node));
            case SPOF, NONE -> Palette.PLAIN_FILL;
        };
    }

    private String overlayClass(Node node) {
        return switch (input.overlay()) {
            case TEAMS -> teamIndex(node).map(i -> "team" + i).orElse("unowned");
            case ZONES -> singleZoneIndex(node).map(i -> "zone" + i).orElse("");
            case HEAT -> heat(node) == 0 ? "" : "heat" + heat(node);
            case SPOF, NONE -> "";
        };
    }

    private Optional<Integer> teamIndex(Node node) {
        if (node.team() == null) return Optional.empty();
        List<Team> teams = topology.teams();
        for (int i = 0; i < teams.size(); i++) {
            if (teams.get(i).id().equals(node.team())) return Optional.of(i);
        }
        return Optional.empty();
    }

    private Optional<Integer> singleZoneIndex(Node node) {
        if (node.zones().stream().distinct().count() != 1) return Optional.empty();
        List<Zone> zones = topology.zones();
        for (int i = 0; i < zones.size(); i++) {
            if (zones.get(i).id().equals(node.zones().get(0))) return Optional.of(i);
        }
        return Optional.empty();
    }

    /** 0 (no flow lost) to 4 (loses as many flows as the worst node). */
    private int heat(Node node) {
        if (maxFlowsDown == 0) return 0;
        int down = flowsDownByNode.getOrDefault(node.id(), 0);
        return down == 0 ? 0 : (int) Math.ceil(4.0 * down / maxFlowsDown);
    }

    /** Team colour classes in use, as (class name, fill) pairs, for formats that declare classes up front. */
    public List<String[]> teamClasses() {
        List<String[]> classes = new ArrayList<>();
        for (int i = 0; i < topology.teams().size(); i++) classes.add(new String[] {"team" + i, Palette.team(i)});
        return classes;
    }

    /** Zone colour classes, as (class name, fill) pairs. */
    public List<String[]> zoneClasses() {
        List<String[]> classes = new ArrayList<>();
        for (int i = 0; i < topology.zones().size(); i++) classes.add(new String[] {"zone" + i, Palette.team(i)});
        return classes;
    }

    /** The edge looks of one dependency: the main edge first, then one dotted "or" edge per fallback. */
    public List<EdgeLook> edges(Dependency dependency) {
        List<EdgeLook> looks = new ArrayList<>();
        boolean crossTeam = input.overlay() == Overlay.TEAMS && crossesTeams(dependency.from(), dependency.to());
        EdgeLook.Line line = dependency.mode() == dev.faultline.model.Mode.ASYNC ? EdgeLook.Line.DASHED : EdgeLook.Line.SOLID;
        String colour = dependency.required() ? Palette.EDGE : Palette.SOFT_EDGE;
        double width = crossTeam ? 2.5 : dependency.required() ? 1.2 : 0.8;
        String label = dependency.required() ? "" : "soft";
        if (dependency.mode() == dev.faultline.model.Mode.ASYNC) label = label.isEmpty() ? "async" : "async, soft";
        looks.add(new EdgeLook(dependency.from(), dependency.to(), line, colour, width, label, false));
        for (String alternative : dependency.fallback()) {
            looks.add(new EdgeLook(dependency.from(), alternative, EdgeLook.Line.DOTTED, Palette.SOFT_EDGE, 1.0, "or",
                    true));
        }
        return looks;
    }

    private boolean crossesTeams(String from, String to) {
        String a = topology.node(from).map(Node::team).orElse(null);
        String b = topology.node(to).map(Node::team).orElse(null);
        return a == null ? b != null : !a.equals(b);
    }

    public Optional<AnalysisReport> analysis() {
        return input.analysisIfAny();
    }
}
