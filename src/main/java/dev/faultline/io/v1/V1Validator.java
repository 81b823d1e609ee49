package dev.faultline.io.v1;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import dev.faultline.io.v1.TopologyFileV1.DependencyV1;
import dev.faultline.io.v1.TopologyFileV1.FlowV1;
import dev.faultline.io.v1.TopologyFileV1.NodeV1;
import dev.faultline.io.v1.TopologyFileV1.Positioned;
import dev.faultline.io.v1.TopologyFileV1.Texts;
import dev.faultline.io.v1.TopologyFileV1.ZoneV1;
import dev.faultline.model.CallOrder;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.SourcePosition;
import dev.faultline.io.yaml.Located;
import dev.faultline.io.yaml.ProblemLog;

/**
 * Checks what types alone cannot: ranges, id spelling and uniqueness, references, and dependency sanity. Every
 * problem is logged; nothing stops at the first. Linear in the file size: references go through hash maps and
 * "did you mean" hints are computed only for names that are actually unknown.
 *
 * <p>Decisions beyond the contract: {@code availability} may be exactly 1 (a component modelled as never failing),
 * while {@code slo} must stay below 1 (an objective of 100% leaves no error budget). A {@code fallback} equal to
 * {@code from} is an error (a node serving itself would hide every outage of {@code to}); one equal to {@code to}
 * is a warning (it adds no redundancy but changes no result).
 */
public final class V1Validator {
    public static final long MAX_REPLICAS = 100_000;

    private final ProblemLog log;
    private final SuggestionBudget hints = new SuggestionBudget();
    private final IdRegistry teams;
    private final IdRegistry zones;
    private final IdRegistry nodes;
    private final IdRegistry flows;

    public V1Validator(ProblemLog log) {
        this.log = log;
        this.teams = new IdRegistry("team", log, hints);
        this.zones = new IdRegistry("zone", log, hints);
        this.nodes = new IdRegistry("node", log, hints);
        this.flows = new IdRegistry("flow", log, hints);
    }

    public void validate(TopologyFileV1 file) {
        teams.expect(file.teams().size());
        zones.expect(file.zones().size());
        nodes.expect(file.nodes().size());
        flows.expect(file.flows().size());
        file.teams().forEach(t -> teams.declare(t.id()));
        file.zones().forEach(z -> zones.declare(z.id()));
        file.nodes().forEach(n -> nodes.declare(n.id(), n.idPos()));
        file.flows().forEach(f -> flows.declare(f.id()));
        // Team members are people, not ids: any text goes, so teams need no checks beyond their ids.
        file.zones().forEach(this::checkZone);
        file.nodes().forEach(this::checkNode);
        checkDependencies(file.dependencies());
        file.flows().forEach(this::checkFlow);
    }

    private void checkZone(ZoneV1 zone) {
        availability(zone.availability());
    }

    private void checkNode(NodeV1 node) {
        // The label is only spelled out for a message: a 50,000-node file has none (issue #18).
        java.util.function.Supplier<String> label =
                () -> "node " + (node.id() == null ? "'?'" : ProblemLog.quote(node.id()));
        if (node.kind() != null && Kind.fromId(node.kind()).isEmpty()) {
            log.error(node.at("kind"), "unknown kind " + ProblemLog.quote(node.kind())
                    + hints.didYouMean(node.kind(), Kind.ids())
                    + "; kinds are: " + String.join(", ", Kind.ids()));
        }
        if (!teams.knows(node.team())) teams.unknown(node.team(), node.at("team"), label.get());
        Texts zoneIds = node.zones();
        for (int i = 0; i < zoneIds.size(); i++) {
            if (!zones.knows(zoneIds.get(i))) zones.unknown(zoneIds.get(i), zoneIds.at(i), label.get());
        }
        long replicas = checkReplicas(node);
        if (node.minHealthy() != null) {
            long min = node.minHealthy();
            if (min < 1) {
                log.error(node.at("minHealthy"), "minHealthy must be at least 1, got " + min);
            } else if (replicas > 0 && min > replicas) {
                log.error(node.at("minHealthy"), "minHealthy (" + min + ") is more than replicas (" + replicas
                        + "); the node could never serve");
            }
        }
        if (node.slo() != null) slo(node.slo(), () -> node.at("slo"));
        if (node.availability() != null) availability(node.availability(), () -> node.at("availability"));
        nonNegative(node.latencyMs(), node, "latencyMs");
        nonNegative(node.p99Ms(), node, "p99Ms");
        if (node.latencyMs() != null && node.p99Ms() != null && node.p99Ms() < node.latencyMs()) {
            log.warning(node.at("p99Ms"), "p99Ms (" + format(node.p99Ms()) + ") is below latencyMs ("
                    + format(node.latencyMs()) + "); a 99th percentile is normally at least the typical time");
        }
        if (node.callOrder() != null && CallOrder.fromId(node.callOrder()).isEmpty()) {
            log.error(node.at("callOrder"), "callOrder must be parallel or sequential, got "
                    + ProblemLog.quote(node.callOrder()));
        }
        positive(node.capacityRps(), node, "capacityRps");
        nonNegative(node.monthlyCost(), node, "monthlyCost");
        nonNegative(node.latencyBudgetMs(), node, "latencyBudgetMs");
        nonNegative(node.rps(), node, "rps");
        boolean external = node.kind() != null && "external".equalsIgnoreCase(node.kind());
        if (node.jurisdiction() != null && !external) {
            log.warning(node.at("jurisdiction"), "jurisdiction is read on external nodes only; " + label.get()
                    + " takes its jurisdiction from its zones");
        }
    }

    /** The replica count to compare minHealthy with: 1 by default, 0 when invalid (comparison skipped). */
    private long checkReplicas(NodeV1 node) {
        if (node.replicas() == null) return 1;
        long value = node.replicas();
        if (value < 1) {
            log.error(node.at("replicas"), "replicas must be at least 1, got " + value);
            return 0;
        }
        if (value > MAX_REPLICAS) {
            log.error(node.at("replicas"), "replicas must be at most " + MAX_REPLICAS + ", got " + value);
            return 0;
        }
        return value;
    }

    private void checkDependencies(List<DependencyV1> dependencies) {
        // Sized at once: 216,000 dependencies at 50,000 nodes grew it through 17 rehashes (issue #18).
        Map<Ends, DependencyV1> firstByEnds = new HashMap<>((int) (dependencies.size() / 0.75f) + 1);
        for (DependencyV1 d : dependencies) {
            // Roles are spelled out only for a message: none in a clean file (issue #18).
            if (!nodes.knows(d.from())) nodes.unknown(d.from(), d.at("from"), "'from' of " + label(d));
            if (!nodes.knows(d.to())) nodes.unknown(d.to(), d.at("to"), "'to' of " + label(d));
            Texts fallback = d.fallback();
            for (int i = 0; i < fallback.size(); i++) {
                if (!nodes.knows(fallback.get(i))) {
                    nodes.unknown(fallback.get(i), fallback.at(i), "'fallback' of " + label(d));
                }
            }
            if (d.mode() != null && !isMode(d.mode())) {
                log.error(d.at("mode"), "mode must be sync or async, got " + ProblemLog.quote(d.mode()));
            }
            nonNegative(d.timeoutMs(), d, "timeoutMs");
            nonNegativeWhole(d, "retries");
            positive(d.calls(), d, "calls");
            if (d.from() == null || d.to() == null) continue;
            if (d.from().equals(d.to())) {
                log.error(d.at("to"), "a node cannot depend on itself (" + ProblemLog.quote(d.from()) + ")");
            }
            checkFallbacks(d);
            DependencyV1 first = firstByEnds.putIfAbsent(new Ends(d.from(), d.to()), d);
            if (first != null) duplicate(d, first);
        }
    }

    private static String label(DependencyV1 d) {
        return d.from() != null && d.to() != null ? "dependency " + ends(d) : "dependency";
    }
    /**
     * Written out rather than generated: a record's own equals/hashCode are bootstrapped through method handles on
     * first use, about 10-20 ms of every command's start (issue #18), and this is the first record hashed.
     */
    private record Ends(String from, String to) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Ends e && from.equals(e.from) && to.equals(e.to);
        }

        @Override
        public int hashCode() {
            return 31 * from.hashCode() + to.hashCode();
        }
    }

    private void checkFallbacks(DependencyV1 d) {
        Texts fallback = d.fallback();
        if (fallback.isEmpty()) return;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fallback.size(); i++) {
            String f = fallback.get(i);
            if (f.equals(d.from())) {
                log.error(fallback.at(i), ProblemLog.quote(f) + " cannot be its own fallback: it would hide every outage of "
                        + ProblemLog.quote(d.to()));
            } else if (f.equals(d.to())) {
                log.warning(fallback.at(i), "fallback " + ProblemLog.quote(f) + " is the node the dependency already calls; it adds"
                        + " no redundancy");
            } else if (!seen.add(f)) {
                log.warning(fallback.at(i), "fallback " + ProblemLog.quote(f) + " is listed twice");
            }
        }
    }

    private void duplicate(DependencyV1 d, DependencyV1 first) {
        String ends = ends(d);
        boolean same = Objects.equals(mode(d), mode(first)) && required(d) == required(first)
                && d.fallback().values().equals(first.fallback().values());
        log.warning(d.at(), same
                ? "duplicate dependency " + ends + " (first on line " + first.at().line() + ")"
                : "dependency " + ends + " is declared again with other settings (first on line "
                        + first.at().line() + "); both count");
    }

    private static String ends(DependencyV1 d) {
        return ProblemLog.shorten(d.from()) + " -> " + ProblemLog.shorten(d.to());
    }

    private static String mode(DependencyV1 d) {
        return d.mode() == null ? "sync" : d.mode().toLowerCase(Locale.ROOT);
    }

    private static boolean required(DependencyV1 d) {
        return d.required() == null || d.required();
    }

    static boolean isMode(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.equals(Mode.SYNC.id()) || v.equals(Mode.ASYNC.id());
    }

    private void checkFlow(FlowV1 flow) {
        String label = "flow " + (flow.id() == null ? "'?'" : ProblemLog.quote(flow.id().value()));
        nodes.requireKnown(flow.entry(), () -> "'entry' of " + label);
        flow.via().forEach(v -> nodes.requireKnown(v, () -> "'via' of " + label));
        slo(flow.slo());
        nonNegative(flow.latencyBudgetMs(), "latencyBudgetMs");
        nonNegative(flow.rps(), "rps");
    }

    private void slo(Located<Double> slo) {
        if (slo != null) slo(slo.value(), slo::at);
    }

    private void slo(double v, Supplier<SourcePosition> at) {
        if (!(v > 0 && v < 1)) {
            String hint = v > 1 && v < 100 ? " (write " + format(v) + "% as "
                    + java.math.BigDecimal.valueOf(v).movePointLeft(2).stripTrailingZeros().toPlainString() + ")" : "";
            log.error(at.get(), "slo must be between 0 and 1, both excluded, e.g. 0.999; got " + format(v) + hint);
        }
    }

    private void availability(Located<Double> availability) {
        if (availability != null) availability(availability.value(), availability::at);
    }

    private void availability(double v, Supplier<SourcePosition> at) {
        if (!(v > 0 && v <= 1)) {
            log.error(at.get(), "availability must be more than 0 and at most 1, e.g. 0.9995; got " + format(v));
        }
    }

    private void nonNegative(Located<Double> value, String key) {
        if (value != null) nonNegative(value.value(), k -> value.at(), key);
    }

    /** {@code at} gives where the value of a key is written; asked only for a message. */
    private void nonNegative(Double value, Positioned at, String key) {
        if (value == null) return;
        double v = value;
        if (!(v >= 0) || Double.isInfinite(v)) {
            log.error(at.at(key), key + " must be 0 or more" + (Double.isInfinite(v) ? " and finite" : "")
                    + ", got " + format(v));
        }
    }

    private void positive(Double value, Positioned at, String key) {
        if (value == null) return;
        double v = value;
        if (!(v > 0) || Double.isInfinite(v)) {
            log.error(at.at(key), key + " must be more than 0" + (Double.isInfinite(v) ? " and finite" : "")
                    + ", got " + format(v));
        }
    }

    private void nonNegativeWhole(DependencyV1 d, String key) {
        Long value = d.retries();
        if (value == null) return;
        if (value < 0) {
            log.error(d.at(key), key + " must be 0 or more, got " + value);
        } else if (value > Integer.MAX_VALUE) {
            log.error(d.at(key), key + " must be at most " + Integer.MAX_VALUE + ", got " + value);
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
