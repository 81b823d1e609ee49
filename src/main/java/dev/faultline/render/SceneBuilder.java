package dev.faultline.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.availability.FlowAvailability;
import dev.faultline.analysis.availability.Percent;
import dev.faultline.analysis.capacity.NodeLoad;
import dev.faultline.layout.Box;
import dev.faultline.layout.EdgeRoutes;
import dev.faultline.layout.LayoutResult;
import dev.faultline.layout.NodeSize;
import dev.faultline.layout.Point;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;
import dev.faultline.simulation.State;

/**
 * Turns a topology, its layout and optional analysis and simulation into the {@link DiagramScene} that the canvas and
 * every export draw. Pure: the same request always gives the same scene. The visual language follows
 * docs/design (ui.md): kind glyphs, "×N" replica badges, zone tags; sync solid, async dashed, soft thinner and
 * lighter, fallbacks dotted with "or"; states by colour and marker; SPOFs by badge and thick outline. How each node
 * and edge looks is the {@link StylePolicy}'s to decide (the graph exports translate the same policy); this class
 * places it: boxes, routes, badges, zone groups, subtitle.
 */
public final class SceneBuilder {
    /** Space around the drawing, room for corner badges. */
    public static final double MARGIN = 32;
    static final double GROUP_PAD = 10;
    static final double GROUP_LABEL = 18;
    /** Above this many edges, edges are drawn translucent ({@link StylePolicy#DENSE_EDGES}). */
    public static final int DENSE_EDGES = StylePolicy.DENSE_EDGES;
    public static final List<Double> ASYNC_DASH = StylePolicy.ASYNC_DASH;
    public static final List<Double> FALLBACK_DASH = StylePolicy.FALLBACK_DASH;

    public DiagramScene build(SceneRequest request) {
        return ChangePainter.paint(new Build(request).scene(), request);
    }

    /** One scene in the making; keeps the request's derived data together. */
    private static final class Build {
        private final SceneRequest r;
        private final Topology topo;
        private final Palette p;
        private final StylePolicy style;
        private final LegendCollector legend;
        private final Map<String, Box> boxes = new LinkedHashMap<>();
        private final double dx;
        private final double dy;

        Build(SceneRequest request) {
            this.r = request;
            this.topo = request.topology();
            this.p = request.palette();
            this.style = StylePolicy.of(request);
            this.legend = style.legend();
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
            FlowAvailability flow = style.availabilityFlow();
            if (flow == null) return "Availability: no flow analysed";
            String head = "Availability of " + style.flowName(flow.flow()) + ": " + Percent.of(flow.availability())
                    + (flow.slo() == null ? "" : " (SLO " + Percent.of(flow.slo()) + ")");
            if (r.focusFlow() == null || !r.focusFlow().equals(flow.flow())) head += ", the least available flow";
            if (!flow.contributors().isEmpty()) return head + "  ·  coloured: its top contributors by share";
            return head + (flow.availability() >= 1 ? "  ·  nothing makes it unavailable" : "  ·  no node has a share");
        }

        /** The node as the style policy says it looks, with its box, badges and tooltip. */
        private SceneNode node(Node n) {
            legend.use(LegendEntry.kind(n.kind(), p.text));
            NodeStyle look = style.node(n);
            return new SceneNode(n.id(), n.name(), n.kind(), boxes.get(n.id()), look.fill(), look.stroke(),
                    look.strokeWidth(), look.dash(), look.textColor(), badges(n), look.spof(), look.marker(),
                    TooltipWriter.write(n, r.analysis(), r.simulation()), look.root());
        }

        private List<String> badges(Node n) {
            List<String> badges = NodeSize.badges(n);
            if (r.overlay() == Overlay.LOAD && r.simulation() != null) {
                NodeLoad load = style.loads().get(n.id());
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

        private List<SceneEdge> edges() {
            List<SceneEdge> edges = new ArrayList<>();
            List<Dependency> deps = topo.dependencies();
            LayoutResult layout = r.layout();
            for (int i = 0; i < deps.size(); i++) {
                Dependency d = deps.get(i);
                Box from = boxes.get(d.from());
                List<Point> route = i < layout.edgeRoutes().size() ? shift(layout.edgeRoutes().get(i)) : List.of();
                if (route.size() < 2) route = EdgeRoutes.between(from, boxes.get(d.to()));
                edges.add(drawn(style.edge(d), route));
                for (int k = 0; k < d.fallback().size(); k++) {
                    String alt = d.fallback().get(k);
                    List<Point> fr = layout.fallbackRoute(i, k).map(this::shift)
                            .orElseGet(() -> EdgeRoutes.straight(from, boxes.get(alt)));
                    edges.add(drawn(style.fallback(d, alt), fr));
                }
            }
            return edges;
        }

        private static SceneEdge drawn(EdgeStyle e, List<Point> path) {
            return new SceneEdge(e.from(), e.to(), path, e.color(), e.width(), e.dash(), e.fallback(), e.label());
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
                    boolean home = z.id().equals(StylePolicy.onlyZone(n));
                    (home ? members : others).add(boxes.get(n.id()));
                }
                if (members.isEmpty()) continue;
                String color = style.zoneColor(z.id());
                String label = "zone " + z.id() + (z.region() == null ? "" : " · region " + z.region())
                        + (isDomainSpof(z) ? " · failure-domain SPOF" : "");
                List<List<Box>> parts = List.of(members);
                if (others.stream().anyMatch(o -> intersects(o, padded(Box.enclosing(members))))) parts = rowRuns(members, others);
                // Split groups are small: they carry the zone id and the SPOF flag only.
                String partLabel = parts.size() == 1 ? label : "zone " + z.id() + (isDomainSpof(z) ? " · SPOF" : "");
                for (List<Box> part : parts) {
                    groups.add(new SceneGroup(z.id(), partLabel, padded(Box.enclosing(part)), Colors.withAlpha(color, 0.10),
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
}
