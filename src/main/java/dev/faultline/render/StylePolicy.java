package dev.faultline.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.HeatScale;
import dev.faultline.analysis.availability.Contributor;
import dev.faultline.analysis.availability.FlowAvailability;
import dev.faultline.analysis.capacity.CapacityAnalysis;
import dev.faultline.analysis.capacity.NodeLoad;
import dev.faultline.model.Dependency;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.State;

/**
 * The one place that decides how nodes and edges look under an overlay and a scenario: fills, outlines, widths, dashes.
 * {@link SceneBuilder} (canvas, SVG, PDF, PNG) and the DOT/GraphML/Mermaid exporters translate its {@link NodeStyle}s
 * and {@link EdgeStyle}s, so no two outputs can disagree. A simulated state owns the fill (its marker says it again);
 * overlay colours apply only to nodes that stayed UP. Every style used is noted in {@link #legend()}, so the legend
 * lists exactly what the picture shows. One policy per picture: it caches per-topology lookups.
 */
public final class StylePolicy {
    static final double EDGE_WIDTH = 1.6;
    static final double SOFT_WIDTH = 1.0;
    static final double FALLBACK_WIDTH = 1.4;
    /** Cross-team dependencies (Teams) and edges carrying data out of a residency (Data). */
    static final double HEAVY_WIDTH = 3.0;
    static final double NODE_STROKE = 1.2;
    static final double DASHED_STROKE = 2.0;
    static final double SPOF_STROKE = 3.2;
    static final double ROOT_STROKE = 4.0;
    /** Above this many drawn edges, edges are translucent so nodes stay readable through the mesh. */
    public static final int DENSE_EDGES = 400;
    public static final List<Double> ASYNC_DASH = List.of(7.0, 5.0);
    public static final List<Double> FALLBACK_DASH = List.of(2.0, 4.0);
    static final List<Double> OUTSIDE_RESIDENCY_DASH = List.of(4.0, 3.0);
    /** Zone group outline: thin and dashed, an area rather than a node (the canvas and the painter draw it alike). */
    public static final double GROUP_STROKE_WIDTH = 1.4;
    public static final List<Double> GROUP_DASH = List.of(6.0, 4.0);
    /** Outline dashes telling apart teams that share a colour once the seven colours run out. */
    static final List<List<Double>> REPEAT_DASHES = List.of(List.of(), List.of(6.0, 3.0), List.of(2.0, 2.0));

    static final List<String> LATENCY_LABELS = List.of("latency: up to 50 ms", "latency: 50-200 ms",
            "latency: 200-500 ms", "latency: 500 ms-1 s", "latency: over 1 s");
    static final List<String> LOAD_LABELS = List.of("utilisation: up to 50%", "utilisation: 50-80%",
            "utilisation: 80-100%", "utilisation: over 100% (overloaded)");
    /** Buckets of a contributor's share of the unavailability (heat colours 1 to 4; 0 is "no share", left plain). */
    static final List<String> AVAILABILITY_LABELS = List.of("under 5%", "5-20%", "20-50%", "50% or more");
    /** Which heat colour each utilisation bucket takes: the scale's ends and its upper middle. */
    static final List<Integer> LOAD_HEAT = List.of(0, 2, 3, 4);

    private final Topology topo;
    private final AnalysisReport analysis;
    private final SimulationResult simulation;
    private final Overlay overlay;
    private final Palette p;
    private final String focusFlow;
    private final Map<String, Double> heat;
    private final boolean dense;
    private final Map<String, Integer> teamIndex = new HashMap<>();
    private final Map<String, Integer> zoneIndex = new HashMap<>();
    private final LegendCollector legend = new LegendCollector();
    private Map<String, NodeLoad> loads;
    private DataOverlay data;

    /**
     * @param heat      0..1 per node for HEAT; null derives it from {@code analysis} ({@link HeatScale})
     * @param focusFlow the flow AVAILABILITY colours by; null means the least available one
     */
    public StylePolicy(Topology topology, AnalysisReport analysis, SimulationResult simulation, Overlay overlay,
                       Map<String, Double> heat, Palette palette, String focusFlow) {
        this.topo = topology;
        this.analysis = analysis;
        this.simulation = simulation;
        this.overlay = overlay == null ? Overlay.SPOF : overlay;
        this.p = palette == null ? Palette.LIGHT : palette;
        this.focusFlow = focusFlow;
        this.heat = heat != null ? heat : analysis != null ? HeatScale.of(analysis) : Map.of();
        this.dense = topology.dependencies().stream().mapToInt(d -> 1 + d.fallback().size()).sum() > DENSE_EDGES;
        topology.teams().forEach(t -> teamIndex.put(t.id(), teamIndex.size()));
        topology.zones().forEach(z -> zoneIndex.put(z.id(), zoneIndex.size()));
    }

    /** The policy of a scene request. */
    public static StylePolicy of(SceneRequest r) {
        return new StylePolicy(r.topology(), r.analysis(), r.simulation(), r.overlay(), r.heat(), r.palette(),
                r.focusFlow());
    }

    /** The legend entries of every style handed out so far; the scene builder adds kinds, badges and groups. */
    LegendCollector legend() {
        return legend;
    }

    /** The look of a node no overlay, state or outline applies to. */
    public static NodeStyle plain(Palette p) {
        return new NodeStyle(p.nodeFill, p.text, p.nodeStroke, NODE_STROKE, List.of(), StateMarker.NONE, false, false,
                "", "");
    }

    /** The look of a required sync edge in a diagram that is not dense (no endpoints). */
    public static EdgeStyle plainEdge(Palette p) {
        return new EdgeStyle("", "", p.edge, EDGE_WIDTH, List.of(), false, null);
    }

    /**
     * A node's look: a simulated state owns the fill (and its marker says it again); overlay colours, and their
     * legend entries, apply only to nodes that stayed UP, so the legend lists no colour the picture lacks.
     */
    public NodeStyle node(Node n) {
        StateMarker marker = stateMarker(n);
        Look look = marker != StateMarker.NONE
                ? new Look(stateFill(marker), marker.name().toLowerCase(java.util.Locale.ROOT)) : overlayLook(n);
        Outline outline = outline(n, look == null ? List.of() : look.dash(), marker);
        if (look == null) {
            return new NodeStyle(p.nodeFill, p.text, outline.stroke(), outline.width(), List.of(), marker,
                    outline.spof(), outline.root(), "", outline.name());
        }
        return new NodeStyle(look.fill(), Palette.textOn(look.fill()), outline.stroke(), outline.width(), look.dash(),
                marker, outline.spof(), outline.root(), look.name(), outline.name());
    }

    /** An outline colour and width, whether it marks a SPOF or a scenario root, and its name. */
    private record Outline(String stroke, double width, boolean spof, boolean root, String name) {
    }

    /**
     * SPOFs get a thick red outline under every overlay but NONE; scenario roots (hit directly: failed, or lost
     * instances) a heavy dark one, so a zone failure shows where it struck and cascaded nodes read as consequences.
     * A dashed outline is drawn a little heavier so the dash shows.
     */
    private Outline outline(Node n, List<Double> dash, StateMarker marker) {
        boolean spof = analysis != null && overlay != Overlay.NONE && analysis.isSpof(n.id());
        boolean root = simulation != null && (simulation.failedDirectly().contains(n.id())
                || simulation.lostInstances().getOrDefault(n.id(), 0) > 0);
        if (spof) legend.use(LegendEntry.marker(LegendEntry.Swatch.MARKER_SPOF, p.spof, "single point of failure"));
        if (root && marker != StateMarker.FAILED) {
            legend.use(LegendEntry.fill(p.nodeFill, "heavy dark outline: hit directly (lost instances)"));
            return new Outline(p.failed, ROOT_STROKE, spof, true, "root");
        }
        if (spof) return new Outline(p.spof, SPOF_STROKE, true, root, "spof");
        return new Outline(p.nodeStroke, dash.isEmpty() ? NODE_STROKE : DASHED_STROKE, false, root, "");
    }

    /** The scenario's marker for the node (noting its legend entry); NONE when not simulated or UP. */
    private StateMarker stateMarker(Node n) {
        if (simulation == null || !simulation.nodes().containsKey(n.id())) return StateMarker.NONE;
        State s = simulation.node(n.id());
        if (simulation.failedDirectly().contains(n.id())) {
            legend.use(LegendEntry.marker(LegendEntry.Swatch.MARKER_FAILED, p.failed, "failed by the scenario"));
            return StateMarker.FAILED;
        }
        if (s == State.DOWN) {
            legend.use(LegendEntry.marker(LegendEntry.Swatch.MARKER_DOWN, p.down, "DOWN"));
            return StateMarker.DOWN;
        }
        if (s == State.DEGRADED) {
            legend.use(LegendEntry.marker(LegendEntry.Swatch.MARKER_DEGRADED, p.degraded, "DEGRADED"));
            return StateMarker.DEGRADED;
        }
        return StateMarker.NONE;
    }

    private String stateFill(StateMarker marker) {
        return switch (marker) {
            case FAILED -> p.failed;
            case DOWN -> p.down;
            case DEGRADED -> p.degraded;
            case NONE -> p.nodeFill;
        };
    }

    /** A fill, an outline dash and the name of what the fill means. */
    private record Look(String fill, List<Double> dash, String name) {
        Look(String fill, String name) {
            this(fill, List.of(), name);
        }
    }

    /** The node's colour under the overlay (noting its legend entry), or null for plain. */
    private Look overlayLook(Node n) {
        return switch (overlay) {
            case TEAMS -> teamLook(n);
            case ZONES -> zoneLook(n);
            case HEAT -> heatLook(n);
            case LATENCY -> latencyLook(n);
            case LOAD -> loadLook(n);
            case AVAILABILITY -> availabilityLook(n);
            case DATA -> dataLook(n);
            case SPOF, NONE -> null;
        };
    }

    /** Team colour in declaration order; once the colours run out, repeats are told apart by the outline dash. */
    private Look teamLook(Node n) {
        if (n.team() == null) {
            legend.use(LegendEntry.fill(p.unassigned, "unowned"));
            return new Look(p.unassigned, "unowned");
        }
        int i = teamIndex.get(n.team());
        String fill = Palette.qualitative(i);
        List<Double> dash = REPEAT_DASHES.get(Math.min(i / Palette.QUALITATIVE.size(), REPEAT_DASHES.size() - 1));
        String name = topo.team(n.team()).map(t -> t.name()).orElse(n.team());
        legend.use(LegendEntry.fill(fill, "team " + name, dash), i);
        return new Look(fill, dash, "team" + i);
    }

    /** Only nodes placed in a single zone take its colour: they are what that zone's loss takes with it. */
    private Look zoneLook(Node n) {
        if (n.zones().isEmpty()) {
            legend.use(LegendEntry.fill(p.unassigned, "no zone declared"));
            return new Look(p.unassigned, "nozone");
        }
        String zone = onlyZone(n);
        if (zone == null) {
            // Spread over zones: plain, so what a single zone's loss takes with it stands out.
            legend.use(LegendEntry.fill(p.nodeFill, "spread over several zones"), Integer.MAX_VALUE - 1);
            return new Look(p.nodeFill, "");
        }
        int i = zoneIndex.getOrDefault(zone, 0);
        legend.use(LegendEntry.fill(zoneColor(zone), "only in zone " + zone), i);
        return new Look(zoneColor(zone), "zone" + i);
    }

    /** Blast-radius heat, bucketed by {@link HeatScale}; plain for nodes the sweep did not reach. */
    private Look heatLook(Node n) {
        Double value = heat.get(n.id());
        if (value == null) return null;
        int bucket = HeatScale.bucket(value);
        legend.use(LegendEntry.fill(p.heat.get(bucket), HeatScale.label(bucket)), bucket);
        return new Look(p.heat.get(bucket), "heat" + bucket);
    }

    /** Data overlay: the colour of the node's first data class; a node placed outside its residency dashed. */
    private Look dataLook(Node n) {
        String dataClass = DataOverlay.mainClass(n);
        if (dataClass == null) return null;
        String fill = data().colour(dataClass);
        int order = data().order(dataClass);
        legend.use(LegendEntry.fill(fill, "data: " + dataClass), order);
        if (!data().misplaced(n.id())) return new Look(fill, "data" + order);
        legend.use(LegendEntry.fill(fill, "runs outside its residency (dashed)", OUTSIDE_RESIDENCY_DASH),
                Integer.MAX_VALUE - 1);
        return new Look(fill, OUTSIDE_RESIDENCY_DASH, "data" + order + "-outside");
    }

    /** Heat by L(X): up to 50, 200, 500, 1000 ms and above; plain without a latency figure. */
    private Look latencyLook(Node n) {
        if (analysis == null) return null;
        Double ms = analysis.latency().nodeMs().get(n.id());
        if (ms == null) return null;
        int bucket = ms <= 50 ? 0 : ms <= 200 ? 1 : ms <= 500 ? 2 : ms <= 1000 ? 3 : 4;
        legend.use(LegendEntry.fill(p.heat.get(bucket), LATENCY_LABELS.get(bucket)), bucket);
        return new Look(p.heat.get(bucket), "latency" + bucket);
    }

    /** Utilisation: up to 50%, 80%, 100%, then over; plain without capacityRps or without load. */
    private Look loadLook(Node n) {
        NodeLoad load = loads().get(n.id());
        if (load == null || load.utilization() == null) return null;
        double u = load.utilization();
        int bucket = u <= 0.5 ? 0 : u <= 0.8 ? 1 : u <= 1 ? 2 : 3;
        String fill = p.heat.get(LOAD_HEAT.get(bucket));
        legend.use(LegendEntry.fill(fill, LOAD_LABELS.get(bucket)), bucket);
        return new Look(fill, "load" + bucket);
    }

    /**
     * Share of the focus flow's unavailability: under 5%, 20%, 50%, then 50% and over; plain for nodes that are
     * not among the flow's top contributors. The legend names the flow, since the colours mean nothing without it.
     */
    private Look availabilityLook(Node n) {
        FlowAvailability flow = availabilityFlow();
        if (flow == null) return null;
        Double share = flow.contributors().stream().filter(c -> c.node().equals(n.id())).map(Contributor::share)
                .findFirst().orElse(null);
        if (share == null) return null;
        int bucket = share < 0.05 ? 1 : share < 0.2 ? 2 : share < 0.5 ? 3 : 4;
        String fill = p.heat.get(bucket);
        legend.use(LegendEntry.fill(fill, "share of " + flowName(flow.flow()) + "'s unavailability: "
                + AVAILABILITY_LABELS.get(bucket - 1)), bucket);
        return new Look(fill, "share" + bucket);
    }

    /** The flow the AVAILABILITY overlay colours by: the focus flow if analysed, else the least available. */
    FlowAvailability availabilityFlow() {
        if (analysis == null) return null;
        List<FlowAvailability> all = analysis.availability();
        if (focusFlow != null) {
            for (FlowAvailability a : all) {
                if (a.flow().equals(focusFlow)) return a;
            }
        }
        FlowAvailability worst = null;
        for (FlowAvailability a : all) {
            if (worst == null || a.availability() < worst.availability()) worst = a;
        }
        return worst;
    }

    String flowName(String flowId) {
        return topo.flow(flowId).map(f -> f.name()).orElse(flowId);
    }

    /** Load per node: under the scenario when one runs, else with everything up; empty without an analysis. */
    Map<String, NodeLoad> loads() {
        if (loads == null) {
            loads = new HashMap<>();
            if (analysis != null) {
                List<NodeLoad> list = simulation != null ? CapacityAnalysis.under(topo, simulation).nodes()
                        : analysis.capacity().nodes();
                list.forEach(l -> loads.put(l.node(), l));
            }
        }
        return loads;
    }

    private DataOverlay data() {
        if (data == null) data = new DataOverlay(topo);
        return data;
    }

    /** The one zone all of a node's instances live in, or null when it has none or several. */
    public static String onlyZone(Node n) {
        if (n.zones().isEmpty()) return null;
        String first = n.zones().get(0);
        return n.zones().stream().allMatch(first::equals) ? first : null;
    }

    /** A zone's colour: its declaration order in the qualitative palette. */
    public String zoneColor(String zone) {
        return Palette.qualitative(zoneIndex.getOrDefault(zone, 0));
    }

    /** The edges one dependency draws: its own first, then one "or" edge per fallback. */
    public List<EdgeStyle> edges(Dependency d) {
        List<EdgeStyle> edges = new ArrayList<>(1 + d.fallback().size());
        edges.add(edge(d));
        for (String alt : d.fallback()) edges.add(fallback(d, alt));
        return edges;
    }

    /**
     * A dependency's own edge: sync solid, async dashed, soft thinner and lighter; heavier and dark when it crosses
     * teams (Teams), red when it carries data out of a residency (Data).
     */
    public EdgeStyle edge(Dependency d) {
        boolean async = d.mode() == Mode.ASYNC;
        List<Double> dash = async ? ASYNC_DASH : List.of();
        String color = d.required() ? ink(p.edge) : ink(p.softEdge);
        double width = d.required() ? EDGE_WIDTH : SOFT_WIDTH;
        if (async) {
            legend.use(LegendEntry.line(LegendEntry.Swatch.LINE_DASHED, ink(p.edge), EDGE_WIDTH, ASYNC_DASH,
                    "async: hands work off, does not wait"));
        } else if (d.required()) {
            legend.use(LegendEntry.line(LegendEntry.Swatch.LINE_SOLID, ink(p.edge), EDGE_WIDTH, List.of(),
                    "sync: caller waits for the answer"));
        }
        if (!d.required()) {
            legend.use(LegendEntry.line(LegendEntry.Swatch.LINE_SOLID, ink(p.softEdge), SOFT_WIDTH, List.of(),
                    "soft: optional, losing it only degrades"));
        }
        if (overlay == Overlay.TEAMS && crossTeam(d)) {
            width = HEAVY_WIDTH;
            color = ink(p.text);
            legend.use(LegendEntry.line(LegendEntry.Swatch.LINE_SOLID, ink(p.text), HEAVY_WIDTH, List.of(),
                    "cross-team dependency"));
        }
        if (overlay == Overlay.DATA && data().leaks(d)) return leakingEdge(d.from(), d.to(), dash, false, null);
        return new EdgeStyle(d.from(), d.to(), color, width, dash, false, null);
    }

    /** The dotted "or" edge from a dependency's caller to one of its fallbacks. */
    public EdgeStyle fallback(Dependency d, String alt) {
        if (overlay == Overlay.DATA && data().leaksToFallback(d, alt)) {
            return leakingEdge(d.from(), alt, FALLBACK_DASH, true, "or");
        }
        legend.use(LegendEntry.line(LegendEntry.Swatch.LINE_FALLBACK, ink(p.fallbackEdge), FALLBACK_WIDTH,
                FALLBACK_DASH, "fallback, used when the callee is down (\"or\")"));
        return new EdgeStyle(d.from(), alt, ink(p.fallbackEdge), FALLBACK_WIDTH, FALLBACK_DASH, true, "or");
    }

    /** An edge that carries data out of a residency (Data overlay), in the SPOF red, heavier. */
    private EdgeStyle leakingEdge(String from, String to, List<Double> dash, boolean fallback, String label) {
        legend.use(LegendEntry.line(LegendEntry.Swatch.LINE_SOLID, p.spof, HEAVY_WIDTH, List.of(),
                "carries data out of its residency"));
        return new EdgeStyle(from, to, p.spof, HEAVY_WIDTH, dash, fallback, label);
    }

    /**
     * An edge colour, made translucent in dense diagrams (more than {@link #DENSE_EDGES} edges) so nodes stay
     * readable through the mesh and busy corridors show as darker bands. The legend uses the same colour.
     */
    private String ink(String color) {
        return dense ? Colors.withAlpha(color, 0.45) : color;
    }

    private boolean crossTeam(Dependency d) {
        return !Objects.equals(topo.requireNode(d.from()).team(), topo.requireNode(d.to()).team());
    }
}
