package dev.faultline.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.SpofCause;
import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;
import dev.faultline.simulation.NodeLossOutcome;

/** Topologies built in code for render and export tests (the YAML loader is another package's business). */
public final class RenderFixtures {
    private RenderFixtures() {
    }

    static Node node(String id, Kind kind, String team, int replicas, String... zones) {
        return Node.builder(id).kind(kind).team(team).replicas(replicas).zones(List.of(zones)).build();
    }

    /** An online shop with three teams, two zones, a fallback, soft and async dependencies. */
    public static Topology shop() {
        List<Team> teams = List.of(new Team("storefront", List.of("ann", "bob")), new Team("payments", List.of("cy")),
                new Team("platform", List.of("dee", "eve", "fay")));
        List<Zone> zones = List.of(new Zone("eu-1a", "eu-1"), new Zone("eu-1b", "eu-1"));
        List<Node> nodes = List.of(
                node("cdn", Kind.CDN, "platform", 1).withEntrypoint(true),
                node("web", Kind.GATEWAY, "storefront", 3, "eu-1a", "eu-1b"),
                node("catalog", Kind.SERVICE, "storefront", 2, "eu-1a", "eu-1b"),
                node("checkout", Kind.SERVICE, "payments", 2, "eu-1a", "eu-1b"),
                node("catalog-db", Kind.DATABASE, "storefront", 2, "eu-1a", "eu-1b"),
                node("orders-db", Kind.DATABASE, "payments", 1, "eu-1a"),
                node("session-cache", Kind.CACHE, "platform", 1, "eu-1b"),
                node("order-events", Kind.QUEUE, "platform", 3, "eu-1a", "eu-1b"),
                node("fulfilment-worker", Kind.JOB, "payments", 2, "eu-1b"),
                node("stripe", Kind.EXTERNAL, null, 1),
                node("adyen", Kind.EXTERNAL, null, 1),
                node("dns", Kind.DNS, "platform", 2));
        List<Dependency> deps = List.of(
                Dependency.sync("cdn", "web"), Dependency.sync("cdn", "dns"),
                Dependency.sync("web", "catalog"), Dependency.sync("web", "checkout"),
                Dependency.sync("web", "session-cache").soft(),
                Dependency.sync("catalog", "catalog-db"),
                Dependency.sync("checkout", "orders-db"),
                Dependency.sync("checkout", "stripe").withFallback("adyen"),
                Dependency.async("checkout", "order-events"),
                Dependency.sync("fulfilment-worker", "order-events"),
                Dependency.sync("fulfilment-worker", "orders-db"));
        return new Topology("online-shop", "demo", teams, zones, nodes, deps, List.of());
    }

    /** The analysis the contract gives for {@link #shop()}, written by hand (the analyzer is tested elsewhere). */
    public static AnalysisReport shopAnalysis(Topology t) {
        List<Spof> spofs = List.of(new Spof("cdn", SpofCause.NO_SPARE_INSTANCE, List.of("cdn")),
                new Spof("orders-db", SpofCause.NO_SPARE_INSTANCE, List.of("cdn")));
        List<NodeLossOutcome> blast = new ArrayList<>();
        for (Node n : t.nodes()) {
            boolean big = n.id().equals("cdn") || n.id().equals("orders-db");
            boolean some = n.id().equals("session-cache") || n.id().equals("stripe");
            blast.add(new NodeLossOutcome(n.id(), big ? List.of("cdn") : List.of(), some ? List.of("cdn") : List.of(),
                    big ? 4 : 1, some ? 2 : 0));
        }
        return new AnalysisReport(t, spofs, List.of(DomainSpof.zone("eu-1a", List.of("cdn"))), blast, List.of(), null,
                List.of());
    }
}
