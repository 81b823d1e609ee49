package dev.faultline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.availability.Contributor;
import dev.faultline.analysis.availability.FlowAvailability;
import dev.faultline.analysis.availability.Method;
import dev.faultline.analysis.availability.Verdict;
import dev.faultline.layout.ElkLayeredLayout;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.render.LegendEntry.Swatch;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.Scenario;

class SceneBuilderTest {
    private final SceneBuilder builder = new SceneBuilder();
    private final Topology shop = RenderFixtures.shop();
    private final AnalysisReport analysis = RenderFixtures.shopAnalysis(shop);
    private final LayoutResult layout = layout(shop);

    private static LayoutResult layout(Topology t) {
        return new ElkLayeredLayout().layout(t, Map.of(), ProgressListener.NONE, CancellationToken.NONE);
    }

    private DiagramScene build(Overlay overlay) {
        return builder.build(SceneRequest.of(shop, layout, analysis).withOverlay(overlay));
    }

    private static Map<String, SceneNode> byId(DiagramScene scene) {
        return scene.nodes().stream().collect(Collectors.toMap(SceneNode::id, Function.identity()));
    }

    @Test
    void spofNodesGetTheBadgeAndAThickOutlineOthersDoNot() {
        Map<String, SceneNode> nodes = byId(build(Overlay.SPOF));
        SceneNode db = nodes.get("orders-db");
        SceneNode web = nodes.get("web");
        assertTrue(db.spof());
        assertEquals(Palette.LIGHT.spof, db.stroke());
        assertTrue(db.strokeWidth() >= 2 * web.strokeWidth(), "SPOF outline is thick");
        assertFalse(web.spof());
        assertTrue(db.tooltip().contains("SPOF: no spare instance"), db.tooltip());
    }

    @Test
    void theSpofViewNamesFailureDomainSpofsUnlessGivenASubtitle() {
        assertEquals("Failure-domain SPOFs: zone:eu-1a", build(Overlay.SPOF).subtitle());
        assertEquals("", build(Overlay.TEAMS).subtitle());
        assertEquals("mine", builder.build(SceneRequest.of(shop, layout, analysis).withTitle("t", "mine")).subtitle());
    }

    @Test
    void thePlainOverlayShowsNoSpofs() {
        assertTrue(build(Overlay.NONE).nodes().stream().noneMatch(SceneNode::spof));
    }

    @Test
    void simulatedStatesGetMarkersNotJustColours() {
        var sim = new FailureEngine(shop).simulate(Scenario.parse(List.of("node:orders-db", "instance:catalog")));
        DiagramScene scene = builder.build(SceneRequest.of(shop, layout, analysis).withSimulation(sim));
        Map<String, SceneNode> nodes = byId(scene);
        assertEquals(StateMarker.FAILED, nodes.get("orders-db").marker());
        assertEquals(StateMarker.DOWN, nodes.get("checkout").marker()); // needs orders-db, sync and required
        assertEquals(StateMarker.DEGRADED, nodes.get("catalog").marker()); // lost one of two instances
        assertEquals(StateMarker.NONE, nodes.get("catalog-db").marker());
        assertEquals(Palette.LIGHT.failed, nodes.get("orders-db").fill());
        assertEquals(Palette.LIGHT.down, nodes.get("checkout").fill());
        assertEquals(Palette.LIGHT.degraded, nodes.get("catalog").fill());
        assertTrue(nodes.get("checkout").tooltip().contains("state: DOWN"));
        assertTrue(scene.subtitle().startsWith("Scenario: node:orders-db, instance:catalog"), scene.subtitle());
        Set<Swatch> markers = scene.legend().stream().map(LegendEntry::swatch).collect(Collectors.toSet());
        assertTrue(markers.containsAll(List.of(Swatch.MARKER_FAILED, Swatch.MARKER_DOWN, Swatch.MARKER_DEGRADED)));
    }

    @Test
    void teamsGetDistinctColoursUnownedIsGreyAndCrossTeamEdgesAreHeavier() {
        DiagramScene scene = build(Overlay.TEAMS);
        Map<String, SceneNode> nodes = byId(scene);
        Set<String> teamFills = Set.of(nodes.get("web").fill(), nodes.get("checkout").fill(), nodes.get("cdn").fill());
        assertEquals(3, teamFills.size());
        assertEquals(nodes.get("web").fill(), nodes.get("catalog").fill(), "same team, same colour");
        assertEquals(Palette.LIGHT.unassigned, nodes.get("stripe").fill());
        assertEquals(List.of("team storefront", "team payments", "team platform", "unowned"),
                scene.legend().stream().filter(e -> e.swatch() == Swatch.FILL).map(LegendEntry::label).toList(),
                "teams in declaration order, unowned last");
        SceneEdge sameTeam = edge(scene, "web", "catalog");
        SceneEdge crossTeam = edge(scene, "web", "checkout");
        assertTrue(crossTeam.width() > sameTeam.width());
    }

    @Test
    void aSimulatedTeamViewListsOnlyTheTeamColoursStillShown() {
        var sim = new FailureEngine(shop).simulate(Scenario.parse(List.of("team:storefront")));
        DiagramScene scene = builder.build(SceneRequest.of(shop, layout, analysis).withOverlay(Overlay.TEAMS)
                .withSimulation(sim));
        Set<String> fills = scene.nodes().stream().map(SceneNode::fill).collect(Collectors.toSet());
        for (LegendEntry e : scene.legend()) {
            if (e.swatch() == Swatch.FILL) assertTrue(fills.contains(e.color()), "unused legend colour: " + e.label());
        }
        assertTrue(scene.legend().stream().noneMatch(e -> e.label().equals("team storefront")));
    }

    @Test
    void moreTeamsThanColoursAreToldApartByTheirOutline() {
        List<Team> teams = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            teams.add(new Team("t" + i, List.of("m")));
            nodes.add(Node.of("n" + i, Kind.SERVICE, 1).withTeam("t" + i));
        }
        Topology t = new Topology("many", null, teams, List.of(), nodes, List.of(), List.of());
        DiagramScene scene = builder.build(SceneRequest.of(t, layout(t), null).withOverlay(Overlay.TEAMS));
        Set<String> styles = new HashSet<>();
        scene.nodes().forEach(n -> styles.add(n.fill() + n.strokeDash()));
        assertEquals(9, styles.size());
    }

    private static SceneEdge edge(DiagramScene scene, String from, String to) {
        return scene.edges().stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst().orElseThrow();
    }

    @Test
    void edgesAreStyledByModeSoftnessAndFallback() {
        DiagramScene scene = build(Overlay.SPOF);
        SceneEdge sync = edge(scene, "web", "catalog");
        SceneEdge async = edge(scene, "checkout", "order-events");
        SceneEdge soft = edge(scene, "web", "session-cache");
        SceneEdge fallback = edge(scene, "checkout", "adyen");
        assertTrue(sync.dash().isEmpty());
        assertFalse(async.dash().isEmpty());
        assertTrue(soft.width() < sync.width());
        assertFalse(soft.color().equals(sync.color()));
        assertTrue(fallback.fallback());
        assertEquals("or", fallback.label());
        assertFalse(fallback.dash().equals(async.dash()));
        assertNull(sync.label());
        // One scene edge per dependency plus one per fallback alternative.
        int expected = shop.dependencies().stream().mapToInt(d -> 1 + d.fallback().size()).sum();
        assertEquals(expected, scene.edges().size());
    }

    @Test
    void theLegendListsExactlyTheStylesInUse() {
        Topology t = Topology.of("tiny", List.of(Node.of("api", Kind.SERVICE, 1), Node.of("db", Kind.DATABASE, 1)),
                List.of(Dependency.sync("api", "db")));
        DiagramScene scene = builder.build(SceneRequest.of(t, layout(t), null).withOverlay(Overlay.SPOF));
        List<LegendEntry> legend = scene.legend();
        assertEquals(List.of(Swatch.KIND, Swatch.KIND, Swatch.LINE_SOLID),
                legend.stream().map(LegendEntry::swatch).toList());
        assertEquals(List.of("service", "database"), legend.subList(0, 2).stream().map(LegendEntry::label).toList());
        assertTrue(legend.get(2).dash().isEmpty());

        // The shop in the SPOF view uses every line style, replicas and zone badges and the SPOF marker, and no fills.
        Set<String> used = build(Overlay.SPOF).legend().stream().map(e -> e.swatch() + ":" + e.label())
                .collect(Collectors.toSet());
        assertTrue(used.contains("MARKER_SPOF:single point of failure"));
        assertTrue(used.contains("LINE_FALLBACK:fallback, used when the callee is down (\"or\")"));
        assertTrue(used.contains("LINE_DASHED:async: hands work off, does not wait"));
        assertTrue(used.stream().noneMatch(s -> s.startsWith("FILL") || s.startsWith("MARKER_DOWN")));
    }

    @Test
    void everyFillInTheSceneHasALegendEntry() {
        for (Overlay o : List.of(Overlay.TEAMS, Overlay.ZONES, Overlay.HEAT)) {
            DiagramScene scene = build(o);
            Set<String> legendFills = scene.legend().stream().filter(e -> e.swatch() == Swatch.FILL)
                    .map(LegendEntry::color).collect(Collectors.toSet());
            Set<String> nodeFills = scene.nodes().stream().map(SceneNode::fill).collect(Collectors.toSet());
            assertTrue(nodeFills.containsAll(legendFills), o + ": legend lists an unused fill");
            nodeFills.remove(Palette.LIGHT.nodeFill); // the plain fill needs no entry unless the overlay gives it a meaning
            assertTrue(legendFills.containsAll(nodeFills), o + ": a fill has no legend entry");
        }
    }

    @Test
    void zonesOverlayDrawsAGroupPerUsedHomeZoneAndFlagsDomainSpofs() {
        DiagramScene scene = build(Overlay.ZONES);
        Map<String, SceneNode> nodes = byId(scene);
        assertFalse(scene.groups().isEmpty());
        SceneGroup first = scene.groups().stream().filter(g -> g.id().equals("eu-1a")).findFirst().orElseThrow();
        assertTrue(first.label().contains("SPOF"));
        var box = nodes.get("orders-db").bounds();
        assertTrue(scene.groups().stream().filter(g -> g.id().equals("eu-1a"))
                .anyMatch(g -> g.bounds().contains(box.x(), box.y()) && g.bounds().contains(box.maxX(), box.maxY())));
        assertTrue(build(Overlay.SPOF).groups().isEmpty());
        assertEquals(Palette.LIGHT.nodeFill, nodes.get("web").fill(), "spread over zones: plain");
        assertTrue(scene.legend().contains(LegendEntry.fill(Palette.LIGHT.nodeFill, "spread over several zones")));
        // A zone box never encloses a node whose home zone is another one (or none).
        for (SceneGroup g : scene.groups()) {
            for (SceneNode n : scene.nodes()) {
                var b = n.bounds();
                boolean inside = g.bounds().contains(b.centerX(), b.centerY());
                boolean member = shop.requireNode(n.id()).zones().equals(List.of(g.id()));
                assertTrue(!inside || member, n.id() + " inside " + g.label());
            }
        }
    }

    @Test
    void heatColoursFollowTheBlastRadius() {
        Map<String, SceneNode> nodes = byId(build(Overlay.HEAT));
        assertEquals(Palette.LIGHT.heat.get(4), nodes.get("orders-db").fill());
        assertEquals(Palette.LIGHT.heat.get(0), nodes.get("dns").fill());
        assertEquals(Palette.LIGHT.heat.get(2), nodes.get("stripe").fill()); // one flow of one degraded: 0.5
    }

    /** Two flows by hand: checkout (the least available) leans on orders-db; browse on catalog-db. */
    private AnalysisReport withAvailability() {
        List<FlowAvailability> flows = List.of(
                new FlowAvailability("browse", 0.9995, null, Verdict.NO_SLO, Method.EXACT, null,
                        List.of(new Contributor("catalog-db", 4e-4, 0.8), new Contributor("web", 1e-5, 0.02))),
                new FlowAvailability("checkout", 0.998, 0.9995, Verdict.INFEASIBLE, Method.EXACT, null,
                        List.of(new Contributor("orders-db", 1.2e-3, 0.6), new Contributor("checkout", 6e-4, 0.3),
                                new Contributor("stripe", 2e-4, 0.1), new Contributor("web", 4e-5, 0.02))));
        return new AnalysisReport(shop, analysis.spofs(), analysis.domainSpofs(), analysis.blastRadius(), List.of(),
                null, List.of(), flows, dev.faultline.analysis.doublefault.DoubleFaults.NONE);
    }

    @Test
    void availabilityColoursTheLeastAvailableFlowsContributorsByShare() {
        DiagramScene scene = builder.build(SceneRequest.of(shop, layout, withAvailability())
                .withOverlay(Overlay.AVAILABILITY));
        Map<String, SceneNode> nodes = byId(scene);
        List<String> heat = Palette.LIGHT.heat;
        assertEquals(heat.get(4), nodes.get("orders-db").fill()); // 60 %
        assertEquals(heat.get(3), nodes.get("checkout").fill()); // 30 %
        assertEquals(heat.get(2), nodes.get("stripe").fill()); // 10 %
        assertEquals(heat.get(1), nodes.get("web").fill()); // 2 %
        assertEquals(Palette.LIGHT.nodeFill, nodes.get("catalog-db").fill()); // browse's, not checkout's
        assertEquals(Palette.LIGHT.nodeFill, nodes.get("dns").fill());
        Set<String> labels = scene.legend().stream().filter(e -> e.swatch() == Swatch.FILL).map(LegendEntry::label)
                .collect(Collectors.toSet());
        assertEquals(Set.of("share of checkout's unavailability: 50% or more",
                "share of checkout's unavailability: 20-50%", "share of checkout's unavailability: 5-20%",
                "share of checkout's unavailability: under 5%"), labels);
        assertTrue(scene.subtitle().contains("checkout") && scene.subtitle().contains("least available"),
                scene.subtitle());
    }

    @Test
    void availabilityFollowsTheFocusFlowAndFallsBackWhenItIsUnknown() {
        SceneRequest request = SceneRequest.of(shop, layout, withAvailability()).withOverlay(Overlay.AVAILABILITY);
        DiagramScene browse = builder.build(request.withFocusFlow("browse"));
        Map<String, SceneNode> nodes = byId(browse);
        assertEquals(Palette.LIGHT.heat.get(4), nodes.get("catalog-db").fill());
        assertEquals(Palette.LIGHT.nodeFill, nodes.get("orders-db").fill());
        assertTrue(browse.legend().stream().anyMatch(e -> e.label().equals("share of browse's unavailability: 50% or more")));
        assertFalse(browse.subtitle().contains("least available"), browse.subtitle());

        Map<String, SceneNode> unknown = byId(builder.build(request.withFocusFlow("no-such-flow")));
        assertEquals(Palette.LIGHT.heat.get(4), unknown.get("orders-db").fill());
    }

    @Test
    void availabilityWithoutFiguresDrawsPlainAndSaysSo() {
        DiagramScene scene = build(Overlay.AVAILABILITY); // the fixture's analysis has no availability
        assertTrue(scene.nodes().stream().allMatch(n -> n.fill().equals(Palette.LIGHT.nodeFill)));
        assertEquals("Availability: no flow analysed", scene.subtitle());
    }

    @Test
    void denseDiagramsDrawTranslucentEdgesAndSayLikewiseInTheLegend() {
        List<Node> nodes = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            nodes.add(Node.of("n" + i, Kind.SERVICE, 1));
            if (i > 0) deps.add(Dependency.sync("n" + (i - 1) / 2, "n" + i));
        }
        deps.add(Dependency.sync("n0", "n449"));
        Topology t = Topology.of("dense", nodes, deps);
        DiagramScene scene = builder.build(SceneRequest.of(t, layout(t), null));
        String ink = scene.edges().get(0).color();
        assertEquals(9, ink.length(), "#RRGGBBAA: " + ink);
        assertTrue(scene.legend().stream().anyMatch(e -> e.swatch() == Swatch.LINE_SOLID && e.color().equals(ink)));
        assertEquals(7, build(Overlay.SPOF).edges().get(0).color().length(), "the shop is not dense");
    }

    @Test
    void hostileLabelsAreKeptVerbatim() {
        String hostile = "<script>alert('x')</script> & \"quotes\"";
        Node n = Node.builder("evil").name(hostile).replicas(1).description("<b>desc</b>")
                .position(dev.faultline.model.SourcePosition.UNKNOWN).build();
        Topology t = Topology.of("x", List.of(n), List.of());
        DiagramScene scene = builder.build(SceneRequest.of(t, layout(t), null));
        assertEquals(hostile, scene.nodes().get(0).label());
        assertTrue(scene.nodes().get(0).tooltip().contains(hostile));
    }

    @Test
    void everythingLiesInsideTheSceneWithAMargin() {
        DiagramScene scene = build(Overlay.ZONES);
        for (SceneNode n : scene.nodes()) {
            assertTrue(n.bounds().x() >= SceneBuilder.MARGIN - 0.001 && n.bounds().maxX() <= scene.width());
            assertTrue(n.bounds().y() >= SceneBuilder.MARGIN - 0.001 && n.bounds().maxY() <= scene.height());
        }
        for (SceneGroup g : scene.groups()) assertTrue(g.bounds().x() >= 0 && g.bounds().y() >= 0);
        // Edges still touch their nodes after the shift into scene coordinates.
        SceneEdge e = edge(scene, "web", "catalog");
        var from = byId(scene).get("web").bounds();
        var start = e.path().get(0);
        boolean onBorder = Math.abs(start.y() - from.maxY()) < 1 || Math.abs(start.x() - from.maxX()) < 1
                || Math.abs(start.y() - from.y()) < 1 || Math.abs(start.x() - from.x()) < 1;
        assertTrue(onBorder, start + " on the border of " + from);
    }

    @Test
    void badgesShowReplicasAndZone() {
        Map<String, SceneNode> nodes = byId(build(Overlay.SPOF));
        assertEquals(List.of("×3", "eu-1a +1"), nodes.get("web").badges());
        assertEquals(List.of("eu-1a"), nodes.get("orders-db").badges());
        assertEquals(List.of(), nodes.get("stripe").badges());
    }
}
