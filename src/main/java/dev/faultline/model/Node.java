package dev.faultline.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A deployable thing: a service, a database, a CDN, an external provider...
 * Instances are placed on {@link #zones()} round-robin: instance i lives in zones[i mod zones.size()].
 *
 * <p>Optional numbers are null when the file does not give them; the {@code effective...} accessors apply the
 * contract's defaults (docs/topology-format.md, the risk-model keys). Build one with {@link #builder(String)}.
 */
public record Node(
        String id,
        String name,
        Kind kind,
        String team,
        int replicas,
        int minHealthy,
        List<String> zones,
        boolean entrypoint,
        Double slo,
        Double availability,
        Double latencyMs,
        Double p99Ms,
        CallOrder callOrder,
        Double capacityRps,
        Double monthlyCost,
        Double latencyBudgetMs,
        Double rps,
        List<String> data,
        List<String> residency,
        String jurisdiction,
        List<String> observability,
        Map<String, Object> tags,
        String description,
        SourcePosition position) {

    public Node {
        zones = List.copyOf(zones);
        observability = List.copyOf(observability);
        data = List.copyOf(data);
        residency = List.copyOf(residency);
        tags = normalizedTags(tags);
        name = name == null || name.isBlank() ? id : name;
        callOrder = callOrder == null ? CallOrder.PARALLEL : callOrder;
        if (replicas < 1) throw new IllegalArgumentException("replicas must be at least 1: " + id);
        if (minHealthy < 1 || minHealthy > replicas) throw new IllegalArgumentException("minHealthy out of range: " + id);
    }

    /** Whole numbers become Long and other numbers Double, so equal files give equal nodes whoever built them. */
    private static Map<String, Object> normalizedTags(Map<String, Object> tags) {
        // One tag (a generated file's monthly-cost) or none: an immutable map of its own kind, kept as it is when
        // given so, instead of a copy in a linked hash map per node (issue #18: 50,000 maps alive while loading).
        if (tags.isEmpty()) return Collections.emptyMap();
        if (tags.size() == 1) {
            Map.Entry<String, Object> e = tags.entrySet().iterator().next();
            Object v = normalized(e.getValue());
            return tags.getClass() == SINGLETON_MAP && v == e.getValue() ? tags
                    : Collections.singletonMap(e.getKey(), v);
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        tags.forEach((k, v) -> out.put(k, normalized(v)));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static final Class<?> SINGLETON_MAP = Collections.singletonMap("", "").getClass();

    private static Object normalized(Object v) {
        return v instanceof Integer || v instanceof Short || v instanceof Byte ? (Object) ((Number) v).longValue()
                : v instanceof Float ? (Object) ((Number) v).doubleValue() : v;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A minimal node, for tests and generators. */
    public static Node of(String id, Kind kind, int replicas) {
        return builder(id).kind(kind).replicas(replicas).build();
    }

    /** A builder holding every value of this node, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public Optional<String> teamId() {
        return Optional.ofNullable(team);
    }

    /** The zone instance {@code i} (counting from 0) is placed in, or empty when the node declares no zones. */
    public Optional<String> zoneOfInstance(int i) {
        return zones.isEmpty() ? Optional.empty() : Optional.of(zones.get(i % zones.size()));
    }

    /**
     * How many of this node's instances the given zone holds (round-robin placement). Counted arithmetically, never
     * instance by instance: {@code replicas} is a number in the file, not a size, and may be 100,000.
     */
    public int instancesIn(String zone) {
        int count = 0;
        for (int j = 0; j < zones.size(); j++) {
            if (zones.get(j).equals(zone)) count += instancesAtPosition(j);
        }
        return count;
    }

    /**
     * Instances per zone, for every zone holding at least one, in the order the zones are listed. A zone listed twice
     * holds the instances of both positions.
     */
    public Map<String, Integer> instancesByZone() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (int j = 0; j < zones.size(); j++) {
            int here = instancesAtPosition(j);
            if (here > 0) counts.merge(zones.get(j), here, Integer::sum);
        }
        return counts;
    }

    /** Round-robin: position j of k receives instances j, j+k, j+2k, ...: replicas/k, plus one if j < replicas%k. */
    private int instancesAtPosition(int j) {
        int k = zones.size();
        return replicas / k + (j < replicas % k ? 1 : 0);
    }

    /** Losing one instance leaves fewer than minHealthy: the node has no spare. */
    public boolean hasNoSpareInstance() {
        return replicas - 1 < minHealthy;
    }

    /** Probability that one instance is up: declared, or the kind's default. */
    public double effectiveAvailability() {
        return availability == null ? kind.defaultAvailability() : availability;
    }

    /** Own work per call in ms; 0 when not declared. */
    public double effectiveLatencyMs() {
        return latencyMs == null ? 0 : latencyMs;
    }

    /** Own work per call at the 99th percentile; {@link #effectiveLatencyMs()} when not declared. */
    public double effectiveP99Ms() {
        return p99Ms != null ? p99Ms : effectiveLatencyMs();
    }

    /** Cost of one instance per month: {@code monthlyCost}, else a numeric {@code tags.monthly-cost}, else empty. */
    public Optional<Double> effectiveMonthlyCost() {
        if (monthlyCost != null) return Optional.of(monthlyCost);
        Object tag = tags.get("monthly-cost");
        if (tag instanceof Number n) return Optional.of(n.doubleValue());
        return Optional.empty();
    }

    public Node withTeam(String newTeam) {
        return toBuilder().team(newTeam).build();
    }

    public Node withEntrypoint(boolean value) {
        return toBuilder().entrypoint(value).build();
    }

    public Node withPlacement(int newReplicas, int newMinHealthy, List<String> newZones) {
        return toBuilder().replicas(newReplicas).minHealthy(newMinHealthy).zones(newZones).build();
    }

    /** Builds a {@link Node}; every value not set takes the contract's default (service, 1 replica, ...). */
    public static final class Builder {
        private String id;
        private String name;
        private Kind kind = Kind.SERVICE;
        private String team;
        private int replicas = 1;
        private int minHealthy = 1;
        private List<String> zones = List.of();
        private boolean entrypoint;
        private Double slo;
        private Double availability;
        private Double latencyMs;
        private Double p99Ms;
        private CallOrder callOrder = CallOrder.PARALLEL;
        private Double capacityRps;
        private Double monthlyCost;
        private Double latencyBudgetMs;
        private Double rps;
        private List<String> data = List.of();
        private List<String> residency = List.of();
        private String jurisdiction;
        private List<String> observability = List.of();
        private Map<String, Object> tags = Map.of();
        private String description;
        private SourcePosition position = SourcePosition.UNKNOWN;

        private Builder(String id) {
            this.id = id;
        }

        private Builder(Node n) {
            id = n.id; name = n.name; kind = n.kind; team = n.team; replicas = n.replicas; minHealthy = n.minHealthy;
            zones = n.zones; entrypoint = n.entrypoint; slo = n.slo; availability = n.availability;
            latencyMs = n.latencyMs; p99Ms = n.p99Ms; callOrder = n.callOrder; capacityRps = n.capacityRps;
            monthlyCost = n.monthlyCost; latencyBudgetMs = n.latencyBudgetMs; rps = n.rps; data = n.data;
            residency = n.residency; jurisdiction = n.jurisdiction; observability = n.observability; tags = n.tags;
            description = n.description; position = n.position;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder kind(Kind v) { kind = v == null ? Kind.SERVICE : v; return this; }
        public Builder team(String v) { team = v; return this; }
        public Builder replicas(int v) { replicas = v; return this; }
        public Builder minHealthy(int v) { minHealthy = v; return this; }
        public Builder zones(List<String> v) { zones = v; return this; }
        public Builder zones(String... v) { zones = List.of(v); return this; }
        public Builder entrypoint(boolean v) { entrypoint = v; return this; }
        public Builder slo(Double v) { slo = v; return this; }
        public Builder availability(Double v) { availability = v; return this; }
        public Builder latencyMs(Number v) { latencyMs = toDouble(v); return this; }
        public Builder p99Ms(Number v) { p99Ms = toDouble(v); return this; }
        public Builder callOrder(CallOrder v) { callOrder = v; return this; }
        public Builder capacityRps(Number v) { capacityRps = toDouble(v); return this; }
        public Builder monthlyCost(Number v) { monthlyCost = toDouble(v); return this; }
        public Builder latencyBudgetMs(Number v) { latencyBudgetMs = toDouble(v); return this; }
        public Builder rps(Number v) { rps = toDouble(v); return this; }
        public Builder data(List<String> v) { data = v; return this; }
        public Builder residency(List<String> v) { residency = v; return this; }
        public Builder jurisdiction(String v) { jurisdiction = v; return this; }
        public Builder observability(List<String> v) { observability = v; return this; }
        public Builder tags(Map<String, Object> v) { tags = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder position(SourcePosition v) { position = v; return this; }

        public Node build() {
            return new Node(id, name, kind, team, replicas, minHealthy, zones, entrypoint, slo, availability,
                    latencyMs, p99Ms, callOrder, capacityRps, monthlyCost, latencyBudgetMs, rps, data, residency,
                    jurisdiction, observability, tags, description, position);
        }
    }

    /** A Double is kept as it is: the loader shares the boxes of small whole numbers (issue #18). */
    static Double toDouble(Number v) {
        return v == null || v instanceof Double ? (Double) v : Double.valueOf(v.doubleValue());
    }
}
