package dev.faultline.io.v1;

import java.util.List;
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

/** Turns validated version-1 records into the model, applying the contract's defaults. Only called without errors. */
public final class ModelBuilder {
    private ModelBuilder() {
    }

    public static Topology build(TopologyFileV1 file) {
        return new Topology(file.name().value(), value(file.description()),
                file.teams().stream().map(ModelBuilder::team).toList(),
                file.zones().stream().map(ModelBuilder::zone).toList(),
                file.nodes().stream().map(ModelBuilder::node).toList(),
                file.dependencies().stream().map(ModelBuilder::dependency).toList(),
                file.flows().stream().map(ModelBuilder::flow).toList());
    }

    private static Team team(TeamV1 t) {
        // An absent members key stays null: unknown people, not an empty team.
        return new Team(t.id().value(), value(t.name()), t.members() == null ? null : values(t.members()), t.at());
    }

    private static Zone zone(ZoneV1 z) {
        return new Zone(z.id().value(), value(z.region()), value(z.availability()), value(z.jurisdiction()), z.at());
    }

    private static Node node(NodeV1 n) {
        Kind kind = n.kind() == null ? Kind.SERVICE : Kind.fromId(n.kind().value()).orElseThrow();
        return Node.builder(n.id().value()).name(value(n.name())).kind(kind).team(value(n.team()))
                .replicas(n.replicas() == null ? 1 : n.replicas().value().intValue())
                .minHealthy(n.minHealthy() == null ? 1 : n.minHealthy().value().intValue())
                .zones(values(n.zones())).entrypoint(n.entrypoint() != null && n.entrypoint().value())
                .slo(value(n.slo())).availability(value(n.availability())).latencyMs(value(n.latencyMs()))
                .p99Ms(value(n.p99Ms()))
                .callOrder(n.callOrder() == null ? null : CallOrder.fromId(n.callOrder().value()).orElseThrow())
                .capacityRps(value(n.capacityRps())).monthlyCost(value(n.monthlyCost()))
                .latencyBudgetMs(value(n.latencyBudgetMs())).rps(value(n.rps()))
                .data(values(n.data())).residency(values(n.residency())).jurisdiction(value(n.jurisdiction()))
                .observability(values(n.observability())).tags(n.tags()).description(value(n.description()))
                .position(n.at()).build();
    }

    private static Dependency dependency(DependencyV1 d) {
        Mode mode = d.mode() == null ? Mode.SYNC : Mode.valueOf(d.mode().value().toUpperCase(Locale.ROOT));
        return Dependency.builder(d.from().value(), d.to().value()).mode(mode)
                .required(d.required() == null || d.required().value()).fallback(values(d.fallback()))
                .timeoutMs(value(d.timeoutMs())).circuitBreaker(value(d.circuitBreaker()))
                .retries(intValue(d.retries())).calls(value(d.calls())).description(value(d.description()))
                .position(d.at()).build();
    }

    private static Flow flow(FlowV1 f) {
        return new Flow(f.id().value(), value(f.name()), f.entry().value(), values(f.via()), value(f.slo()),
                value(f.latencyBudgetMs()), value(f.rps()), false, f.at());
    }

    private static <T> T value(Located<T> located) {
        return located == null ? null : located.value();
    }

    private static Integer intValue(Located<Long> located) {
        return located == null ? null : Math.toIntExact(located.value());
    }

    /** Immutable already, so the model's {@code List.copyOf} keeps it instead of copying it again. */
    private static List<String> values(List<Located<String>> located) {
        if (located.isEmpty()) return List.of();
        String[] out = new String[located.size()];
        for (int i = 0; i < out.length; i++) out[i] = located.get(i).value();
        return List.of(out);
    }
}
