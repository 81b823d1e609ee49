package dev.faultline.io.v1;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import dev.faultline.io.v1.TopologyFileV1.DependencyV1;
import dev.faultline.io.v1.TopologyFileV1.FlowV1;
import dev.faultline.io.v1.TopologyFileV1.NodeV1;
import dev.faultline.io.v1.TopologyFileV1.TeamV1;
import dev.faultline.io.v1.TopologyFileV1.ZoneV1;
import dev.faultline.model.CallOrder;
import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;
import dev.faultline.io.yaml.Located;

/**
 * Turns version-1 records into the model, applying the contract's defaults. Used only when the validator found no
 * error (a big file's model is built while it validates, and dropped if it finds one), so the model trusts the
 * validator's resolution of every reference ({@link Topology#ofResolvedReferences}).
 */
public final class ModelBuilder {
    private ModelBuilder() {
    }

    public static Topology build(TopologyFileV1 file) {
        List<Node> nodes = file.nodes().stream().map(ModelBuilder::node).toList();
        NodeIds ids = new NodeIds(nodes);
        List<Dependency> dependencies = new ArrayList<>(file.dependencies().size());
        for (DependencyV1 d : file.dependencies()) dependencies.add(dependency(d, ids));
        return Topology.ofResolvedReferences(file.name().value(), value(file.description()),
                file.teams().stream().map(ModelBuilder::team).toList(),
                file.zones().stream().map(ModelBuilder::zone).toList(),
                nodes, dependencies, file.flows().stream().map(ModelBuilder::flow).toList());
    }

    /**
     * Each node id as the node holds it, so that a dependency names its ends with the very same strings (issue #18):
     * every later lookup of an end in a map keyed by node ids then finds its key by identity, without comparing the
     * characters (the dependencies were read by another thread than most nodes, each sharing its own copies).
     */
    private static final class NodeIds {
        private final Map<String, String> ids;
        private final RecentIds recent = new RecentIds();

        NodeIds(List<Node> nodes) {
            ids = new HashMap<>((int) (nodes.size() / 0.75f) + 1);
            for (Node n : nodes) ids.putIfAbsent(n.id(), n.id());
        }

        /** The node's own string for {@code id}; {@code id} itself when no node has it. */
        String same(String id) {
            String own = recent.get(id);
            if (own != null) return own;
            own = ids.get(id);
            if (own == null) return id;
            recent.put(id, own);
            return own;
        }

        List<String> same(List<String> list) {
            if (list.isEmpty()) return list;
            String[] out = new String[list.size()];
            for (int i = 0; i < out.length; i++) out[i] = same(list.get(i));
            return List.of(out);
        }
    }

    private static Team team(TeamV1 t) {
        // An absent members key stays null: unknown people, not an empty team.
        return new Team(t.id().value(), value(t.name()), t.members() == null ? null : values(t.members()), t.at());
    }

    private static Zone zone(ZoneV1 z) {
        return new Zone(z.id().value(), value(z.region()), value(z.availability()), value(z.jurisdiction()), z.at());
    }

    private static Node node(NodeV1 n) {
        Kind kind = n.kind() == null ? Kind.SERVICE : Kind.fromId(n.kind()).orElseThrow();
        return Node.builder(n.id()).name(n.name()).kind(kind).team(n.team())
                .replicas(n.replicas() == null ? 1 : n.replicas().intValue())
                .minHealthy(n.minHealthy() == null ? 1 : n.minHealthy().intValue())
                .zones(n.zones().values()).entrypoint(n.entrypoint() != null && n.entrypoint())
                .slo(n.slo()).availability(n.availability()).latencyMs(n.latencyMs())
                .p99Ms(n.p99Ms())
                .callOrder(n.callOrder() == null ? null : CallOrder.fromId(n.callOrder()).orElseThrow())
                .capacityRps(n.capacityRps()).monthlyCost(n.monthlyCost())
                .latencyBudgetMs(n.latencyBudgetMs()).rps(n.rps())
                .data(n.data().values()).residency(n.residency().values()).jurisdiction(n.jurisdiction())
                .observability(n.observability().values()).tags(n.tags()).description(n.description())
                .position(n.at()).build();
    }

    private static Dependency dependency(DependencyV1 d, NodeIds ids) {
        Mode mode = d.mode() == null ? Mode.SYNC : Mode.valueOf(d.mode().toUpperCase(Locale.ROOT));
        return Dependency.builder(ids.same(d.from()), ids.same(d.to())).mode(mode)
                .required(d.required() == null || d.required()).fallback(ids.same(d.fallback().values()))
                .timeoutMs(d.timeoutMs()).circuitBreaker(d.circuitBreaker())
                .retries(d.retries() == null ? null : Math.toIntExact(d.retries())).calls(d.calls())
                .description(d.description()).position(d.at()).build();
    }

    private static Flow flow(FlowV1 f) {
        return new Flow(f.id().value(), value(f.name()), f.entry().value(), values(f.via()), value(f.slo()),
                value(f.latencyBudgetMs()), value(f.rps()), false, f.at());
    }

    private static <T> T value(Located<T> located) {
        return located == null ? null : located.value();
    }

    /** Immutable already, so the model's {@code List.copyOf} keeps it instead of copying it again. */
    private static List<String> values(List<Located<String>> located) {
        if (located.isEmpty()) return List.of();
        String[] out = new String[located.size()];
        for (int i = 0; i < out.length; i++) out[i] = located.get(i).value();
        return List.of(out);
    }
}
