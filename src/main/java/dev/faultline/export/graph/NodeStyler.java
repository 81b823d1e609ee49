package dev.faultline.export.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.faultline.model.Dependency;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;
import dev.faultline.render.Overlay;
import dev.faultline.render.SceneBuilder;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.State;

/**
 * Decides node and edge looks for the text graph formats. A simulated state wins over the overlay's fill, as on the
 * canvas; SPOFs keep their thick outline under every overlay except {@link Overlay#NONE}.
 */
public final class NodeStyler {
    private final GraphExportInput input;
    private final Topology topology;
    /** Lookups built once: asking the report per node would make large exports quadratic. */
    private final Set<String> spofs = new HashSet<>();
    private final Map<String, Double> heat;

    public NodeStyler(GraphExportInput input) {
        this.input = input;
        this.topology = input.topology();
        input.analysisIfAny().ifPresent(a -> a.spofs().forEach(s -> spofs.add(s.node())));
        this.heat = input.analysisIfAny().map(SceneBuilder::heatFromAnalysis).orElse(Map.of());
    }

    public NodeAppearance appearance(Node node) {
        boolean spof = input.overlay() != Overlay.NONE && spofs.contains(node.id());
        Optional<SimulationResult> sim = input.simulationIfAny();
        Optional<State> state = sim.map(s -> s.nodes().getOrDefault(node.id(), State.UP));
        boolean failed = sim.map(s -> s.failedDirectly().contains(node.id())).orElse(false);
        String fill = overlayFill(node);
        String styleClass = overlayClass(node);
        // As on the canvas: a scenario's state wins over the overlay for nodes that are not UP.
        if (failed) {
            fill = GraphColours.FAILED_FILL;
            styleClass = "failed";
        } else if (state.isPresent() && state.get() != State.UP) {
            fill = state.get() == State.DOWN ? GraphColours.DOWN_FILL : GraphColours.DEGRADED_FILL;
            styleClass = state.get() == State.DOWN ? "down" : "degraded";
        }
        String text = GraphColours.textOn(fill);
        String outline = spof ? GraphColours.SPOF_OUTLINE : GraphColours.OUTLINE;
        double width = spof ? 3.2 : 1.2;
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
            case TEAMS -> teamIndex(node).map(GraphColours::team).orElse(GraphColours.UNOWNED_FILL);
            case ZONES -> homeZoneIndex(node).map(GraphColours::team).orElse(GraphColours.UNOWNED_FILL);
            case HEAT -> heatBucket(node).map(GraphColours.HEAT::get).orElse(GraphColours.PLAIN_FILL);
            case SPOF, NONE, DATA, LATENCY, LOAD, AVAILABILITY -> GraphColours.PLAIN_FILL;
        };
    }

    private String overlayClass(Node node) {
        return switch (input.overlay()) {
            case TEAMS -> teamIndex(node).map(i -> "team" + i).orElse("unowned");
            case ZONES -> homeZoneIndex(node).map(i -> "zone" + i).orElse("unowned");
            case HEAT -> heatBucket(node).map(b -> "heat" + b).orElse("");
            case SPOF, NONE, DATA, LATENCY, LOAD, AVAILABILITY -> "";
        };
    }

    /**
     * The diagram's heat bucket (0..4) for the node: share of flows it takes down, degraded ones counting half
     * ({@link SceneBuilder#heatFromAnalysis}), cut at 0, 25, 50 and 75 percent as the diagram's legend says.
     */
    private Optional<Integer> heatBucket(Node node) {
        Double value = heat.get(node.id());
        if (value == null) return Optional.empty();
        if (value <= 0) return Optional.of(0);
        if (value <= 0.25) return Optional.of(1);
        if (value <= 0.5) return Optional.of(2);
        if (value <= 0.75) return Optional.of(3);
        return Optional.of(4);
    }

    private Optional<Integer> teamIndex(Node node) {
        if (node.team() == null) return Optional.empty();
        List<Team> teams = topology.teams();
        for (int i = 0; i < teams.size(); i++) {
            if (teams.get(i).id().equals(node.team())) return Optional.of(i);
        }
        return Optional.empty();
    }

    /** The index of the node's home zone (its first), as the diagram colours zones. */
    private Optional<Integer> homeZoneIndex(Node node) {
        if (node.zones().isEmpty()) return Optional.empty();
        List<Zone> zones = topology.zones();
        for (int i = 0; i < zones.size(); i++) {
            if (zones.get(i).id().equals(node.zones().get(0))) return Optional.of(i);
        }
        return Optional.empty();
    }

    /** Team colour classes in use, as (class name, fill) pairs, for formats that declare classes up front. */
    public List<String[]> teamClasses() {
        List<String[]> classes = new ArrayList<>();
        for (int i = 0; i < topology.teams().size(); i++) classes.add(new String[] {"team" + i, GraphColours.team(i)});
        return classes;
    }

    /** Zone colour classes, as (class name, fill) pairs. */
    public List<String[]> zoneClasses() {
        List<String[]> classes = new ArrayList<>();
        for (int i = 0; i < topology.zones().size(); i++) classes.add(new String[] {"zone" + i, GraphColours.team(i)});
        return classes;
    }

    /** The edge looks of one dependency: the main edge first, then one dotted "or" edge per fallback. */
    public List<EdgeLook> edges(Dependency dependency) {
        List<EdgeLook> looks = new ArrayList<>();
        boolean crossTeam = input.overlay() == Overlay.TEAMS && crossesTeams(dependency.from(), dependency.to());
        boolean async = dependency.mode() == Mode.ASYNC;
        EdgeLook.Line line = async ? EdgeLook.Line.DASHED : EdgeLook.Line.SOLID;
        String colour = dependency.required() ? GraphColours.EDGE : GraphColours.SOFT_EDGE;
        double width = crossTeam ? 2.5 : dependency.required() ? 1.2 : 0.8;
        String label = dependency.required() ? "" : "soft";
        if (async) label = label.isEmpty() ? "async" : "async, soft";
        looks.add(new EdgeLook(dependency.from(), dependency.to(), line, colour, width, label, false));
        for (String alternative : dependency.fallback()) {
            looks.add(new EdgeLook(dependency.from(), alternative, EdgeLook.Line.DOTTED, GraphColours.FALLBACK_EDGE, 1.2,
                    "or", true));
        }
        return looks;
    }

    private boolean crossesTeams(String from, String to) {
        String a = topology.node(from).map(Node::team).orElse(null);
        String b = topology.node(to).map(Node::team).orElse(null);
        return a == null ? b != null : !a.equals(b);
    }
}
