package dev.faultline.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.availability.Contributor;
import dev.faultline.analysis.availability.FlowAvailability;
import dev.faultline.analysis.availability.Percent;
import dev.faultline.analysis.capacity.CapacityAnalysis;
import dev.faultline.analysis.capacity.NodeLoad;
import dev.faultline.layout.Box;
import dev.faultline.layout.EdgeRoutes;
import dev.faultline.layout.LayoutResult;
import dev.faultline.layout.NodeSize;
import dev.faultline.layout.Point;
import dev.faultline.model.Dependency;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;
import dev.faultline.simulation.NodeLossOutcome;
import dev.faultline.simulation.State;

/**
 * Turns a topology, its layout and optional analysis and simulation into the {@link DiagramScene} that the canvas and
 * every export draw. Pure: the same request always gives the same scene. The visual language follows
 * docs/design (ui.md): kind glyphs, "×N" replica badges, zone tags; sync solid, async dashed, soft thinner and
 * lighter, fallbacks dotted with "or"; states by colour and marker; SPOFs by badge and thick outline.
 */
public final class SceneBuilder {
    /** Space around the drawing, room for corner badges. */
    public static final double MARGIN = 32;
    static final double GROUP_PAD = 10;
    /** Above this many edges, edges are drawn translucent. */
    public static final int DENSE_EDGES = 400;
    static final double GROUP_LABEL = 18;
    static final double EDGE_WIDTH = 1.6;
    static final double SOFT_WIDTH = 1.0;
    static final double CROSS_TEAM_WIDTH = 3.0;
    static final double NODE_STROKE = 1.2;
    static final double SPOF_STROKE = 3.2;
    static final double ROOT_STROKE = 4.0;
    public static final List<Double> ASYNC_DASH = List.of(7.0, 5.0);
    public static final List<Double> FALLBACK_DASH = List.of(2.0, 4.0);
    /** Outline dashes telling apart teams that share a colour once the seven colours run out. */
    static final List<List<Double>> REPEAT_DASHES = List.of(List.of(), List.of(6.0, 3.0), List.of(2.0, 2.0));

    public DiagramScene build(SceneRequest request) {
        return ChangePainter.paint(new Build(request).scene(), request);
    }

    /**
     * Heat from the chaos sweep: the share of flows a node's loss takes down, degraded flows counting half.
     * Nodes missing from the sweep get no heat.
     */
    public static Map<String, Double> heatFromAnalysis(AnalysisReport analysis) {
        int flows = Math.max(1, analysis.topology().flows().size());
        Map<String, Double> heat = new HashMap<>();
        for (NodeLossOutcome o : analysis.blastRadius()) {
            heat.put(o.node(), Math.min(1.0, (o.flowsDown().size() + 0.5 * o.flowsDegraded().size()) / flows));
        }
        return heat;
    }

    /** One scene in the making; keeps the request's derived data together. */
    private static final class Build {
        private final SceneRequest r;
        private final Topology topo;
        private final Palette p;
        private final LegendCollector legend = new LegendCollector();
        private final Map<String, Box> boxes = new LinkedHashMap<>();
        private final double dx;
        private final double dy;
        private final Map<String, Integer> teamIndex = new HashMap<>();
        private final Map<String, Integer> zoneIndex = new HashMap<>();
        private final Map<String, Double> heat;
        private Map<String, NodeLoad> loads;
        private final boolean dense;
        private DataOverlay data;

        Build(SceneRequest request) {
            this.r = request;
            this.topo = request.topology();
            this.p = request.palette();
            topo.teams().forEach(t -> teamIndex.put(t.id(), teamIndex.size()));
            topo.zones().forEach(z -> zoneIndex.put(z.id(), zoneIndex.size()));
            this.dense = topo.dependencies().stream().mapToInt(d -> 1 + d.fallback().size()).sum() > DENSE_EDGES;
            this.heat = request.heat() != null ? request.heat()
                    : request.analysis() != null ? heatFromAnalysis(request.analysis()) : Map.of();
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            for (Node n : topo.nodes()) {
                Box b = request.layout().box(n.id());
                minX = Math.min(minX, b.x());
                minY = Math.min(minY, b.y());
            }
            for (List<Point> route : request.layout().edgeRoutes()) {
                for (Point pt : route) {
                    minX = Math.min(minX, pt.x());
                    minY = Math.min(minY, pt.y());
                }
            }
            // Room for zone groups whenever zones exist, whatever the overlay: switching to Zones must not shift
            // the picture (nodes would jump on the canvas).
            double extra = topo.zones().isEmpty() ? 0 : GROUP_PAD + GROUP_LABEL;
            this.dx = MARGIN + extra - minX;
            this.dy = MARGIN + extra - minY;
            topo.nodes().forEach(n -> {
                Box b = request.layout().box(n.id());
                boxes.put(n.id(), new Box(b.x() + dx, b.y() + dy, b.width(), b.height()));
            });
        }

        private boolean drawsZoneGroups() {
            return r.overlay() == Overlay.ZONES && !topo.zones().isEmpty();
        }

        DiagramScene scene() {
            List<SceneNode> nodes = topo.nodes().stream().map(this::node).toList();
            List<SceneEdge> edges = edges();
            List<SceneGroup> groups = drawsZoneGroups() ? zoneGroups() : List.of();
            double w = 0;
            double h = 0;
            for (Box b : boxes.values()) {
                w = Math.max(w, b.maxX());
                h = Math.max(h, b.maxY());
            }
            for (SceneEdge e : edges) {
                for (Point pt : e.path()) {
                    w = Math.max(w, pt.x());
                    h = Math.max(h, pt.y());
                }
            }
            for (SceneGroup g : groups) {
                w = Math.max(w, g.bounds().maxX());
                h = Math.max(h, g.bounds().maxY());
            }
            return new DiagramScene(r.title(), subtitle(), w + MARGIN, h + MARGIN, r.overlay(), p, groups, edges,
                    nodes, legend.entries());
        }

        /**
         * The caller's subtitle; without one, a simulated scene says which scenario it shows and what it cost, and the
         * SPOF view names the failure-domain SPOFs (zones and regions), which no single node can show.
         */
        private String subtitle() {
            if (!r.subtitle().isBlank()) return r.subtitle();
            List<String> parts = new ArrayList<>();
            var sim = r.simulation();
            if (sim != null) {
                String scenario = sim.scenario().isEmpty() ? "no failures" : String.join(", ", sim.scenario().labels());
                parts.add("Scenario: " + scenario + "  ·  " + sim.flowsIn(State.DOWN).size() + " of "
                        + sim.flows().size() + " flows DOWN, " + sim.flowsIn(State.DEGRADED).size() + " DEGRADED");
            }
            if (r.overlay() == Overlay.AVAILABILITY) parts.add(availabilitySubtitle());
            if (r.overlay() == Overlay.SPOF && r.analysis() != null && !r.analysis().domainSpofs().isEmpty()) {
                parts.add("Failure-domain SPOFs: " + String.join(", ",
                        r.analysis().domainSpofs().stream().map(DomainSpof::label).toList()));
            }
            return String.join("  ·  ", parts);
        }

        /** Which flow the AVAILABILITY colours are about, and how available it is, or why nothing is coloured. */
        private String availabilitySubtitle() {
            FlowAvailability flow = availabilityFlow();
            if (flow == null) return "Availability: no flow analysed";
            String head = "Availability of " + flowName(flow.flow()) + ": " + Percent.of(flow.availability())
                    + (flow.slo() == null ? "" : " (SLO " + Percent.of(flow.slo()) + ")");
            if (r.focusFlow() == null || !r.focusFlow().equals(flow.flow())) head += ", the least available flow";
            if (!flow.contributors().isEmpty()) return head + "  ·  coloured: its top contributors by share";
            return head + (flow.availability() >= 1 ? "  ·  nothing makes it unavailable" : "  ·  no node has a share");
        }

        private SceneNode node(Node n) {
            legend.use(LegendEntry.kind(n.kind(), p.text));
            String fill = p.nodeFill;
            String stroke = p.nodeStroke;
            List<Double> dash = List.of();
            String text = p.text;
            StateMarker marker = StateMarker.NONE;
            if (r.simulation() != null && r.simulation().nodes().containsKey(n.id())) {
                State s = r.simulation().node(n.id());
                if (r.simulation().failedDirectly().contains(n.id())) {
                    marker = StateMarker.FAILED;
                    fill = p.failed;
                    legend.use(LegendEntry.marker(LegendEntry.Swatch.MARKER_FAILED, p.failed, "failed by the scenario"));
                } else if (s == State.DOWN) {
                    marker = StateMarker.DOWN;
                    fill = p.down;
                    legend.use(LegendEntry.marker(LegendEntry.Swatch.MARKER_DOWN, p.down, "DOWN"));
                } else if (s == State.DEGRADED) {
                    marker = StateMarker.DEGRADED;
                    fill = p.degraded;
                    legend.use(LegendEntry.marker(LegendEntry.Swatch.MARKER_DEGRADED, p.degraded, "DEGRADED"));
                }
                if (marker != StateMarker.NONE) text = Palette.textOn(fill);
            }
            // A simulated state owns the fill (and the marker says it again); overlay colours, and their legend
            // entries, apply only to nodes that stayed UP, so the legend lists no colour the picture lacks.
            if (marker == StateMarker.NONE) {
                Look look = overlayLook(n);
                if (look != null) {
                    fill = look.fill();
                    dash = look.dash();
                    text = Palette.textOn(fill);
                }
            }
            boolean spof = r.analysis() != null && r.overlay() != Overlay.NONE && r.analysis().isSpof(n.id());
            double strokeWidth = NODE_STROKE;
            if (spof) {
                stroke = p.spof;
                strokeWidth = SPOF_STROKE;
                legend.use(LegendEntry.marker(LegendEntry.Swatch.MARKER_SPOF, p.spof, "single point of failure"));
            } else if (!dash.isEmpty()) {
                strokeWidth = 2;
            }
            // Scenario roots (hit directly: failed, or lost instances) get a heavy dark outline, so a zone failure
            // shows where it struck and cascaded nodes read as consequences.
            boolean root = r.simulation() != null && (r.simulation().failedDirectly().contains(n.id())
                    || r.simulation().lostInstances().getOrDefault(n.id(), 0) > 0);
            if (root && marker != StateMarker.FAILED) {
                stroke = p.failed;
                strokeWidth = ROOT_STROKE;
                legend.use(LegendEntry.fill(p.nodeFill, "heavy dark outline: hit directly (lost instances)"));
            }
            return new SceneNode(n.id(), n.name(), n.kind(), boxes.get(n.id()), fill, stroke, strokeWidth, dash, text,
                    badges(n), spof, marker, TooltipWriter.write(n, r.analysis(), r.simulation()), root);
        }

        /** A fill and outline dash. */
        private record Look(String fill, List<Double> dash) {
        }

        /** The node's colour in the team, zone or heat overlay (noting its legend entry), or null for plain. */
        private Look overlayLook(Node n) {
            switch (r.overlay()) {
                case TEAMS -> {
                    if (n.team() == null) {
                        legend.use(LegendEntry.fill(p.unassigned, "unowned"));
                        return new Look(p.unassigned, List.of());
                    }
                    int i = teamIndex.get(n.team());
                    String fill = Palette.QUALITATIVE.get(i % Palette.QUALITATIVE.size());
                    List<Double> dash = REPEAT_DASHES.get(Math.min(i / Palette.QUALITATIVE.size(),
                            REPEAT_DASHES.size() - 1));
                    String name = topo.team(n.team()).map(t -> t.name()).orElse(n.team());
                    legend.use(LegendEntry.fill(fill, "team " + name, dash), i);
                    return new Look(fill, dash);
                }
                case ZONES -> {
                    if (n.zones().isEmpty()) {
                        legend.use(LegendEntry.fill(p.unassigned, "no zone declared"));
                        return new Look(p.unassigned, List.of());
                    }
                    String zone = onlyZone(n);
                    if (zone == null) {
                        // Spread over zones: plain, so what a single zone's loss takes with it stands out.
                        legend.use(LegendEntry.fill(p.nodeFill, "spread over several zones"), Integer.MAX_VALUE - 1);
                        return new Look(p.nodeFill, List.of());
                    }
                    legend.use(LegendEntry.fill(zoneColor(zone), "only in zone " + zone), zoneIndex.getOrDefault(zone, 0));
                    return new Look(zoneColor(zone), List.of());
                }
                case LATENCY -> {
                    return latencyLook(n);
                }
                case LOAD -> {
                    return loadLook(n);
                }
                case AVAILABILITY -> {
                    return availabilityLook(n);
                }
                case HEAT -> {
                    if (!heat.containsKey(n.id())) return null;
                    int bucket = heatBucket(heat.get(n.id()));
                    legend.use(LegendEntry.fill(p.heat.get(bucket), HEAT_LABELS.get(bucket)), bucket);
                    return new Look(p.heat.get(bucket), List.of());
                }
                case DATA -> {
                    return dataLook(n);
                }
                default -> {
                    return null;
                }
            }
        }

        private DataOverlay data() {
            if (data == null) data = new DataOverlay(topo);
            return data;
        }

        /** Data overlay: the colour of the node's first data class; a node placed outside its residency dashed. */
        private Look dataLook(Node n) {
            String dataClass = DataOverlay.mainClass(n);
            if (dataClass == null) return null;
            String fill = data().colour(dataClass);
            legend.use(LegendEntry.fill(fill, "data: " + dataClass), data().order(dataClass));
            if (!data().misplaced(n.id())) return new Look(fill, List.of());
            legend.use(LegendEntry.fill(fill, "runs outside its residency (dashed)", List.of(4.0, 3.0)),
                    Integer.MAX_VALUE - 1);
            return new Look(fill, List.of(4.0, 3.0));
        }

        /** Heat by L(X): up to 50, 200, 500, 1000 ms and above; plain without a latency figure. */
        private Look latencyLook(Node n) {
            if (r.analysis() == null) return null;
            Double ms = r.analysis().latency().nodeMs().get(n.id());
            if (ms == null) return null;
            int bucket = ms <= 50 ? 0 : ms <= 200 ? 1 : ms <= 500 ? 2 : ms <= 1000 ? 3 : 4;
            legend.use(LegendEntry.fill(p.heat.get(bucket), LATENCY_LABELS.get(bucket)), bucket);
            return new Look(p.heat.get(bucket), List.of());
        }

        /** Utilisation: up to 50%, 80%, 100%, then over; plain without capacityRps or without load. */
        private Look loadLook(Node n) {
            NodeLoad load = loads().get(n.id());
            if (load == null || load.utilization() == null) return null;
            double u = load.utilization();
            int bucket = u <= 0.5 ? 0 : u <= 0.8 ? 1 : u <= 1 ? 2 : 3;
            String fill = p.heat.get(LOAD_HEAT.get(bucket));
            legend.use(LegendEntry.fill(fill, LOAD_LABELS.get(bucket)), bucket);
            return new Look(fill, List.of());
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
            return new Look(fill, List.of());
        }

        /** The flow the AVAILABILITY overlay colours by: the focus flow if analysed, else the least available. */
        private FlowAvailability availabilityFlow() {
            if (r.analysis() == null) return null;
            List<FlowAvailability> all = r.analysis().availability();
            if (r.focusFlow() != null) {
                for (FlowAvailability a : all) {
                    if (a.flow().equals(r.focusFlow())) return a;
                }
            }
            FlowAvailability worst = null;
            for (FlowAvailability a : all) {
                if (worst == null || a.availability() < worst.availability()) worst = a;
            }
            return worst;
        }

        private String flowName(String flowId) {
            return topo.flow(flowId).map(f -> f.name()).orElse(flowId);
        }

        /** Load per node: under the scenario when one runs, else with everything up; empty without an analysis. */
        private Map<String, NodeLoad> loads() {
            if (loads == null) {
                loads = new HashMap<>();
                if (r.analysis() != null) {
                    List<NodeLoad> list = r.simulation() != null ? CapacityAnalysis.under(topo, r.simulation()).nodes()
                            : r.analysis().capacity().nodes();
                    list.forEach(l -> loads.put(l.node(), l));
                }
            }
            return loads;
        }

        private List<String> badges(Node n) {
            List<String> badges = NodeSize.badges(n);
            if (r.overlay() == Overlay.LOAD && r.simulation() != null) {
                NodeLoad load = loads().get(n.id());
                if (load != null && load.overloaded() && r.simulation().node(n.id()) != State.DOWN) {
                    badges = new ArrayList<>(badges);
                    badges.add(0, String.format(java.util.Locale.ROOT, "load %.0f%%", load.utilization() * 100));
                    legend.use(LegendEntry.badge("load %", "overloaded under the scenario"));
                }
            }
            if (n.replicas() > 1) legend.use(LegendEntry.badge("×3", "replicas (instances)"));
            if (!n.zones().isEmpty()) legend.use(LegendEntry.badge("zone", "zone placement (first zone +others)"));
            return badges;
        }

        /** The one zone all of a node's instances live in, or null when it has none or several. */
        private static String onlyZone(Node n) {
            if (n.zones().isEmpty()) return null;
            String first = n.zones().get(0);
            return n.zones().stream().allMatch(first::equals) ? first : null;
        }

        private String zoneColor(String zone) {
            return Palette.QUALITATIVE.get(zoneIndex.getOrDefault(zone, 0) % Palette.QUALITATIVE.size());
        }

        private List<SceneEdge> edges() {
            List<SceneEdge> edges = new ArrayList<>();
            List<Dependency> deps = topo.dependencies();
            LayoutResult layout = r.layout();
            for (int i = 0; i < deps.size(); i++) {
                Dependency d = deps.get(i);
                Box from = boxes.get(d.from());
                List<Point> route = i < layout.edgeRoutes().size() ? shift(layout.edgeRoutes().get(i)) : List.of();
                if (route.size() < 2) route = EdgeRoutes.between(from, boxes.get(d.to()));
                edges.add(edge(d, route));
                for (int k = 0; k < d.fallback().size(); k++) {
                    String alt = d.fallback().get(k);
                    List<Point> fr = layout.fallbackRoute(i, k).map(this::shift)
                            .orElseGet(() -> EdgeRoutes.straight(from, boxes.get(alt)));
                    if (r.overlay() == Overlay.DATA && data().leaksToFallback(d, alt)) {
                        edges.add(leakingEdge(d.from(), alt, fr, FALLBACK_DASH, true, "or"));
                        continue;
                    }
                    edges.add(new SceneEdge(d.from(), alt, fr, ink(p.fallbackEdge), 1.4, FALLBACK_DASH, true, "or"));
                    legend.use(LegendEntry.line(LegendEntry.Swatch.LINE_FALLBACK, ink(p.fallbackEdge), 1.4,
                            FALLBACK_DASH,
                            "fallback, used when the callee is down (\"or\")"));
                }
            }
            return edges;
        }

        private SceneEdge edge(Dependency d, List<Point> route) {
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
            if (r.overlay() == Overlay.TEAMS && crossTeam(d)) {
                width = CROSS_TEAM_WIDTH;
                color = ink(p.text);
                legend.use(LegendEntry.line(LegendEntry.Swatch.LINE_SOLID, ink(p.text), CROSS_TEAM_WIDTH, List.of(),
                        "cross-team dependency"));
            }
            if (r.overlay() == Overlay.DATA && data().leaks(d)) return leakingEdge(d.from(), d.to(), route, dash, false, null);
            return new SceneEdge(d.from(), d.to(), route, color, width, dash, false, null);
        }

        /** An edge that carries data out of a residency (Data overlay), in the SPOF red, heavier. */
        private SceneEdge leakingEdge(String from, String to, List<Point> route, List<Double> dash, boolean fallback,
                                      String label) {
            legend.use(LegendEntry.line(LegendEntry.Swatch.LINE_SOLID, p.spof, CROSS_TEAM_WIDTH, List.of(),
                    "carries data out of its residency"));
            return new SceneEdge(from, to, route, p.spof, CROSS_TEAM_WIDTH, dash, fallback, label);
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

        private List<Point> shift(List<Point> route) {
            return route.stream().map(pt -> new Point(pt.x() + dx, pt.y() + dy)).toList();
        }

        /**
         * Boxes around the nodes placed only in each zone: what the zone's loss takes down with it. One box per zone
         * when it would enclose no other node; otherwise one box per run of side-by-side nodes in a row, so a box
         * never claims a node that is not only in its zone. Failure-domain SPOFs say so in the label.
         */
        private List<SceneGroup> zoneGroups() {
            List<SceneGroup> groups = new ArrayList<>();
            for (Zone z : topo.zones()) {
                List<Box> members = new ArrayList<>();
                List<Box> others = new ArrayList<>();
                for (Node n : topo.nodes()) {
                    boolean home = z.id().equals(onlyZone(n));
                    (home ? members : others).add(boxes.get(n.id()));
                }
                if (members.isEmpty()) continue;
                String color = zoneColor(z.id());
                String label = "zone " + z.id() + (z.region() == null ? "" : " · region " + z.region())
                        + (isDomainSpof(z) ? " · failure-domain SPOF" : "");
                List<List<Box>> parts = List.of(members);
                if (others.stream().anyMatch(o -> intersects(o, padded(enclosing(members))))) parts = rowRuns(members, others);
                // Split groups are small: they carry the zone id and the SPOF flag only.
                String partLabel = parts.size() == 1 ? label : "zone " + z.id() + (isDomainSpof(z) ? " · SPOF" : "");
                for (List<Box> part : parts) {
                    groups.add(new SceneGroup(z.id(), partLabel, padded(enclosing(part)), Colors.withAlpha(color, 0.10),
                            color));
                }
                legend.use(LegendEntry.group(p.mutedText, "zone: the nodes placed only there"));
            }
            return groups;
        }

        /** Members split by row, then wherever another node sits between two neighbours. */
        private static List<List<Box>> rowRuns(List<Box> members, List<Box> others) {
            Map<Long, List<Box>> rows = new java.util.TreeMap<>();
            for (Box b : members) rows.computeIfAbsent(Math.round(b.centerY()), k -> new ArrayList<>()).add(b);
            List<List<Box>> runs = new ArrayList<>();
            for (List<Box> row : rows.values()) {
                row.sort(java.util.Comparator.comparingDouble(Box::x));
                List<Box> run = new ArrayList<>();
                for (Box b : row) {
                    if (!run.isEmpty()) {
                        Box prev = run.get(run.size() - 1);
                        Box gap = new Box(prev.x(), Math.min(prev.y(), b.y()), b.maxX() - prev.x(),
                                Math.max(prev.maxY(), b.maxY()) - Math.min(prev.y(), b.y()));
                        if (others.stream().anyMatch(o -> intersects(o, gap))) {
                            runs.add(run);
                            run = new ArrayList<>();
                        }
                    }
                    run.add(b);
                }
                runs.add(run);
            }
            return runs;
        }

        private static Box enclosing(List<Box> boxes) {
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (Box b : boxes) {
                minX = Math.min(minX, b.x());
                minY = Math.min(minY, b.y());
                maxX = Math.max(maxX, b.maxX());
                maxY = Math.max(maxY, b.maxY());
            }
            return new Box(minX, minY, maxX - minX, maxY - minY);
        }

        private static Box padded(Box b) {
            return new Box(b.x() - GROUP_PAD, b.y() - GROUP_PAD - GROUP_LABEL, b.width() + 2 * GROUP_PAD,
                    b.height() + 2 * GROUP_PAD + GROUP_LABEL);
        }

        private static boolean intersects(Box a, Box b) {
            return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
        }

        private boolean isDomainSpof(Zone z) {
            if (r.analysis() == null) return false;
            for (DomainSpof d : r.analysis().domainSpofs()) {
                if (z.id().equals(d.zone()) || (d.region() != null && d.region().equals(z.region()))) return true;
            }
            return false;
        }
    }

    static final List<String> HEAT_LABELS = List.of("blast radius: no flow lost", "blast radius: up to 25% of flows",
            "blast radius: 25-50% of flows", "blast radius: 50-75% of flows", "blast radius: over 75% of flows");

    static final List<String> LATENCY_LABELS = List.of("latency: up to 50 ms", "latency: 50-200 ms",
            "latency: 200-500 ms", "latency: 500 ms-1 s", "latency: over 1 s");
    static final List<String> LOAD_LABELS = List.of("utilisation: up to 50%", "utilisation: 50-80%",
            "utilisation: 80-100%", "utilisation: over 100% (overloaded)");
    /** Buckets of a contributor's share of the unavailability (heat colours 1 to 4; 0 is "no share", left plain). */
    static final List<String> AVAILABILITY_LABELS = List.of("under 5%", "5-20%", "20-50%", "50% or more");
    /** Which heat colour each utilisation bucket takes: the scale's ends and its upper middle. */
    static final List<Integer> LOAD_HEAT = List.of(0, 2, 3, 4);

    static int heatBucket(double value) {
        if (value <= 0) return 0;
        if (value <= 0.25) return 1;
        if (value <= 0.5) return 2;
        if (value <= 0.75) return 3;
        return 4;
    }
}
