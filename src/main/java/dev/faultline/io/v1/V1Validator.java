package dev.faultline.io.v1;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.faultline.io.v1.TopologyFileV1.DependencyV1;
import dev.faultline.io.v1.TopologyFileV1.FlowV1;
import dev.faultline.io.v1.TopologyFileV1.NodeV1;
import dev.faultline.io.v1.TopologyFileV1.ZoneV1;
import dev.faultline.model.CallOrder;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
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
        file.nodes().forEach(n -> nodes.declare(n.id()));
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
                () -> "node " + (node.id() == null ? "'?'" : ProblemLog.quote(node.id().value()));
        if (node.kind() != null && Kind.fromId(node.kind().value()).isEmpty()) {
            log.error(node.kind().at(), "unknown kind " + ProblemLog.quote(node.kind().value())
                    + hints.didYouMean(node.kind().value(), Kind.ids())
                    + "; kinds are: " + String.join(", ", Kind.ids()));
        }
        teams.requireKnown(node.team(), label);
        node.zones().forEach(z -> zones.requireKnown(z, label));
        long replicas = checkReplicas(node.replicas());
        if (node.minHealthy() != null) {
            long min = node.minHealthy().value();
            if (min < 1) {
                log.error(node.minHealthy().at(), "minHealthy must be at least 1, got " + min);
            } else if (replicas > 0 && min > replicas) {
                log.error(node.minHealthy().at(), "minHealthy (" + min + ") is more than replicas (" + replicas
                        + "); the node could never serve");
            }
        }
        slo(node.slo());
        availability(node.availability());
        nonNegative(node.latencyMs(), "latencyMs");
        nonNegative(node.p99Ms(), "p99Ms");
        if (node.latencyMs() != null && node.p99Ms() != null && node.p99Ms().value() < node.latencyMs().value()) {
            log.warning(node.p99Ms().at(), "p99Ms (" + format(node.p99Ms().value()) + ") is below latencyMs ("
                    + format(node.latencyMs().value()) + "); a 99th percentile is normally at least the typical time");
        }
        if (node.callOrder() != null && CallOrder.fromId(node.callOrder().value()).isEmpty()) {
            log.error(node.callOrder().at(), "callOrder must be parallel or sequential, got "
                    + ProblemLog.quote(node.callOrder().value()));
        }
        positive(node.capacityRps(), "capacityRps");
        nonNegative(node.monthlyCost(), "monthlyCost");
        nonNegative(node.latencyBudgetMs(), "latencyBudgetMs");
        nonNegative(node.rps(), "rps");
        boolean external = node.kind() != null && "external".equalsIgnoreCase(node.kind().value());
        if (node.jurisdiction() != null && !external) {
            log.warning(node.jurisdiction().at(), "jurisdiction is read on external nodes only; " + label.get()
                    + " takes its jurisdiction from its zones");
        }
    }

    /** The replica count to compare minHealthy with: 1 by default, 0 when invalid (comparison skipped). */
    private long checkReplicas(Located<Long> replicas) {
        if (replicas == null) return 1;
        long value = replicas.value();
        if (value < 1) {
            log.error(replicas.at(), "replicas must be at least 1, got " + value);
            return 0;
        }
        if (value > MAX_REPLICAS) {
            log.error(replicas.at(), "replicas must be at most " + MAX_REPLICAS + ", got " + value);
            return 0;
        }
        return value;
    }

    private void checkDependencies(List<DependencyV1> dependencies) {
        // Sized at once: 216,000 dependencies at 50,000 nodes grew it through 17 rehashes (issue #18).
        Map<Ends, DependencyV1> firstByEnds = new HashMap<>((int) (dependencies.size() / 0.75f) + 1);
        for (DependencyV1 d : dependencies) {
            java.util.function.Supplier<String> label = () -> d.from() != null && d.to() != null
                    ? "dependency " + ends(d) : "dependency";
            nodes.requireKnown(d.from(), () -> "'from' of " + label.get());
            nodes.requireKnown(d.to(), () -> "'to' of " + label.get());
            d.fallback().forEach(f -> nodes.requireKnown(f, () -> "'fallback' of " + label.get()));
            if (d.mode() != null && !isMode(d.mode().value())) {
                log.error(d.mode().at(), "mode must be sync or async, got " + ProblemLog.quote(d.mode().value()));
            }
            nonNegative(d.timeoutMs(), "timeoutMs");
            nonNegativeWhole(d.retries(), "retries");
            positive(d.calls(), "calls");
            if (d.from() == null || d.to() == null) continue;
            if (d.from().value().equals(d.to().value())) {
                log.error(d.to().at(), "a node cannot depend on itself (" + ProblemLog.quote(d.from().value()) + ")");
            }
            checkFallbacks(d);
            DependencyV1 first = firstByEnds.putIfAbsent(new Ends(d.from().value(), d.to().value()), d);
            if (first != null) duplicate(d, first);
        }
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
        if (d.fallback().isEmpty()) return;
        Set<String> seen = new HashSet<>();
        for (Located<String> f : d.fallback()) {
            if (f.value().equals(d.from().value())) {
                log.error(f.at(), ProblemLog.quote(f.value()) + " cannot be its own fallback: it would hide every outage of "
                        + ProblemLog.quote(d.to().value()));
            } else if (f.value().equals(d.to().value())) {
                log.warning(f.at(), "fallback " + ProblemLog.quote(f.value()) + " is the node the dependency already calls; it adds"
                        + " no redundancy");
            } else if (!seen.add(f.value())) {
                log.warning(f.at(), "fallback " + ProblemLog.quote(f.value()) + " is listed twice");
            }
        }
    }

    private void duplicate(DependencyV1 d, DependencyV1 first) {
        String ends = ends(d);
        boolean same = Objects.equals(mode(d), mode(first)) && required(d) == required(first)
                && values(d.fallback()).equals(values(first.fallback()));
        log.warning(d.at(), same
                ? "duplicate dependency " + ends + " (first on line " + first.at().line() + ")"
                : "dependency " + ends + " is declared again with other settings (first on line "
                        + first.at().line() + "); both count");
    }

    private static String ends(DependencyV1 d) {
        return ProblemLog.shorten(d.from().value()) + " -> " + ProblemLog.shorten(d.to().value());
    }

    private static String mode(DependencyV1 d) {
        return d.mode() == null ? "sync" : d.mode().value().toLowerCase(Locale.ROOT);
    }

    private static boolean required(DependencyV1 d) {
        return d.required() == null || d.required().value();
    }

    private static List<String> values(List<Located<String>> located) {
        return located.stream().map(Located::value).toList();
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
        if (slo == null) return;
        double v = slo.value();
        if (!(v > 0 && v < 1)) {
            String hint = v > 1 && v < 100 ? " (write " + format(v) + "% as "
                    + java.math.BigDecimal.valueOf(v).movePointLeft(2).stripTrailingZeros().toPlainString() + ")" : "";
            log.error(slo.at(), "slo must be between 0 and 1, both excluded, e.g. 0.999; got " + format(v) + hint);
        }
    }

    private void availability(Located<Double> availability) {
        if (availability == null) return;
        double v = availability.value();
        if (!(v > 0 && v <= 1)) {
            log.error(availability.at(), "availability must be more than 0 and at most 1, e.g. 0.9995; got "
                    + format(v));
        }
    }

    private void nonNegative(Located<Double> value, String key) {
        if (value == null) return;
        double v = value.value();
        if (!(v >= 0) || Double.isInfinite(v)) {
            log.error(value.at(), key + " must be 0 or more" + (Double.isInfinite(v) ? " and finite" : "") + ", got "
                    + format(v));
        }
    }

    private void positive(Located<Double> value, String key) {
        if (value == null) return;
        double v = value.value();
        if (!(v > 0) || Double.isInfinite(v)) {
            log.error(value.at(), key + " must be more than 0" + (Double.isInfinite(v) ? " and finite" : "") + ", got "
                    + format(v));
        }
    }

    private void nonNegativeWhole(Located<Long> value, String key) {
        if (value == null) return;
        if (value.value() < 0) {
            log.error(value.at(), key + " must be 0 or more, got " + value.value());
        } else if (value.value() > Integer.MAX_VALUE) {
            log.error(value.at(), key + " must be at most " + Integer.MAX_VALUE + ", got " + value.value());
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
