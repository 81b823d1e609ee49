package dev.faultline.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.Scenario;
import dev.faultline.simulation.SimulationResult;

/** Topologies for export tests: a realistic shop, and one whose every user string is hostile. */
public final class ExportFixtures {
    public static final Instant GENERATED_AT = Instant.parse("2026-11-28T09:30:00Z");
    public static final String SCRIPT = "<script>alert(1)</script>";
    public static final String ATTRIBUTE_BREAKOUT = "\"onmouseover=alert(2) x=\"";

    private ExportFixtures() {
    }

    /**
     * An online shop: three teams (payments has one member), three zones in two regions, a single-instance database,
     * a service with no spare, a service confined to one zone, an external provider with a fallback, a soft cache,
     * an async queue to an unowned mailer, and ids with {@code : / .}.
     */
    public static Topology shop() {
        List<Team> teams = List.of(
                new Team("storefront", "Storefront team", List.of("ana", "bo", "chen"), SourcePosition.UNKNOWN),
                new Team("payments", "Payments", List.of("dee"), SourcePosition.UNKNOWN),
                new Team("platform", "Platform", List.of("eve", "fay"), SourcePosition.UNKNOWN));
        List<Zone> zones = List.of(new Zone("eu-1a", "eu-1"), new Zone("eu-1b", "eu-1"), new Zone("us-1a", "us-1"));
        List<Node> nodes = new ArrayList<>();
        nodes.add(node("cdn", "Edge CDN", Kind.CDN, "platform", 2, 1, List.of("eu-1a", "eu-1b")));
        nodes.add(node("web", "Web frontend", Kind.SERVICE, "storefront", 3, 1, List.of("eu-1a", "eu-1b")));
        nodes.add(node("edge/gw", "API gateway", Kind.GATEWAY, "platform", 2, 1, List.of("eu-1a", "eu-1b")));
        nodes.add(node("orders", "Orders", Kind.SERVICE, "payments", 2, 2, List.of("eu-1a", "eu-1b")));
        nodes.add(node("orders-db", "Orders DB", Kind.DATABASE, "payments", 1, 1, List.of("eu-1a")));
        nodes.add(node("k8s:default/cart", "Cart", Kind.SERVICE, "storefront", 2, 1, List.of("eu-1a")));
        nodes.add(node("cache", "Redis cache", Kind.CACHE, "platform", 1, 1, List.of("eu-1b")));
        nodes.add(node("search", "Search", Kind.SERVICE, "storefront", 2, 1, List.of("eu-1a", "us-1a")));
        nodes.add(node("events.q", "Order events", Kind.QUEUE, "platform", 3, 2, List.of("eu-1a", "eu-1b", "us-1a")));
        nodes.add(node("mailer", "Mailer", Kind.JOB, null, 1, 1, List.of()));
        nodes.add(node("stripe", "Stripe", Kind.EXTERNAL, null, 1, 1, List.of()));
        nodes.add(node("adyen", "Adyen", Kind.EXTERNAL, null, 1, 1, List.of()));
        List<Dependency> deps = List.of(
                Dependency.sync("cdn", "web"),
                Dependency.sync("web", "edge/gw"),
                Dependency.sync("edge/gw", "orders"),
                Dependency.sync("edge/gw", "k8s:default/cart"),
                Dependency.sync("edge/gw", "search").soft(),
                Dependency.sync("orders", "orders-db"),
                Dependency.sync("orders", "cache").soft(),
                Dependency.sync("k8s:default/cart", "cache").soft(),
                Dependency.sync("orders", "stripe").withFallback("adyen"),
                Dependency.async("orders", "events.q"),
                Dependency.builder("mailer", "events.q").mode(Mode.ASYNC).build());
        List<Flow> flows = List.of(
                new Flow("checkout", "Checkout", "cdn", List.of("orders", "stripe"), 0.9995, 400.0, null, false, SourcePosition.UNKNOWN),
                new Flow("browse", "Browse catalogue", "cdn", List.of("search"), 0.999, null, null, false, SourcePosition.UNKNOWN),
                new Flow("cart", "Cart", "cdn", List.of("k8s:default/cart"), null, null, null, false, SourcePosition.UNKNOWN),
                new Flow("emails", "Order e-mails", "mailer", List.of(), null, null, null, false, SourcePosition.UNKNOWN));
        return new Topology("Online shop", "Checkout path of the shop, as deployed in 2026.", teams, zones, nodes,
                deps, flows);
    }

    /** Every name, description and team name tries to break out of its context. */
    public static Topology hostile() {
        List<Team> teams = List.of(new Team("t1", "<b>bold</b> & " + SCRIPT, List.of("x"), SourcePosition.UNKNOWN));
        List<Node> nodes = List.of(
                node("a", SCRIPT, Kind.SERVICE, "t1", 1, 1, List.of()),
                node("b.b", ATTRIBUTE_BREAKOUT, Kind.DATABASE, null, 1, 1, List.of()),
                node("c:c/c", "a & b | c `tick` *star* [link](http://x) \\ back", Kind.QUEUE, "t1", 1, 1, List.of()),
                node("d", "it's \"quoted\" #1 {x} (y) <img src=x onerror=alert(3)>", Kind.EXTERNAL, null, 1, 1,
                        List.of()));
        List<Dependency> deps = List.of(Dependency.sync("a", "b.b"), Dependency.sync("a", "c:c/c").withFallback("d"));
        List<Flow> flows = List.of(new Flow("f", SCRIPT, "a", List.of(), null, null, null, false, SourcePosition.UNKNOWN));
        return new Topology(SCRIPT + " | shop", "<img src=x onerror=alert(4)> & more", teams, List.of(), nodes, deps,
                flows);
    }

    public static AnalysisReport analyse(Topology topology) {
        return new Analyzer().analyze(topology);
    }

    public static SimulationResult simulate(Topology topology, String... events) {
        return new FailureEngine(topology).simulate(Scenario.parse(List.of(events)));
    }

    static Node node(String id, String name, Kind kind, String team, int replicas, int minHealthy, List<String> zones) {
        return Node.builder(id).name(name).kind(kind).team(team).replicas(replicas).minHealthy(minHealthy)
                .zones(zones).build();
    }
}
