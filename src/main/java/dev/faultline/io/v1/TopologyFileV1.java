package dev.faultline.io.v1;

import java.util.List;
import java.util.Map;

import dev.faultline.model.SourcePosition;
import dev.faultline.io.yaml.Located;

/**
 * Format version 1 exactly as the file spells it, every value with its position. A value that is absent or had the
 * wrong type is null (the type problem is already logged); the validator then checks ranges, ids and references
 * against these records, and only a clean file becomes a model.
 */
public record TopologyFileV1(
        SourcePosition at,
        Located<Long> faultline,
        Located<String> name,
        Located<String> description,
        List<TeamV1> teams,
        List<ZoneV1> zones,
        SourcePosition nodesAt,
        List<NodeV1> nodes,
        List<DependencyV1> dependencies,
        List<FlowV1> flows) {

    record TeamV1(SourcePosition at, Located<String> id, Located<String> name, List<Located<String>> members) {
    }

    record ZoneV1(SourcePosition at, Located<String> id, Located<String> region, Located<Double> availability,
                  Located<String> jurisdiction) {
    }

    record NodeV1(
            SourcePosition at,
            Located<String> id,
            Located<String> name,
            Located<String> kind,
            Located<String> team,
            Located<Long> replicas,
            Located<Long> minHealthy,
            List<Located<String>> zones,
            Located<Boolean> entrypoint,
            Located<Double> slo,
            Located<Double> availability,
            Located<Double> latencyMs,
            Located<Double> p99Ms,
            Located<String> callOrder,
            Located<Double> capacityRps,
            Located<Double> monthlyCost,
            Located<Double> latencyBudgetMs,
            Located<Double> rps,
            List<Located<String>> data,
            List<Located<String>> residency,
            Located<String> jurisdiction,
            List<Located<String>> observability,
            Map<String, Object> tags,
            Located<String> description) {
    }

    record DependencyV1(
            SourcePosition at,
            Located<String> from,
            Located<String> to,
            Located<String> mode,
            Located<Boolean> required,
            List<Located<String>> fallback,
            Located<Double> timeoutMs,
            Located<Boolean> circuitBreaker,
            Located<Long> retries,
            Located<Double> calls,
            Located<String> description) {
    }

    record FlowV1(
            SourcePosition at,
            Located<String> id,
            Located<String> name,
            Located<String> entry,
            List<Located<String>> via,
            Located<Double> slo,
            Located<Double> latencyBudgetMs,
            Located<Double> rps) {
    }
}
