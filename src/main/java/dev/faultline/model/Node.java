package dev.faultline.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A deployable thing: a service, a database, a CDN, an external provider...
 * Instances are placed on {@link #zones()} round-robin: instance i lives in zones[i mod zones.size()].
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
        Integer latencyMs,
        List<String> observability,
        Map<String, Object> tags,
        String description,
        SourcePosition position) {

    public Node {
        zones = List.copyOf(zones);
        observability = List.copyOf(observability);
        tags = normalizedTags(tags);
        name = name == null || name.isBlank() ? id : name;
        if (replicas < 1) throw new IllegalArgumentException("replicas must be at least 1: " + id);
        if (minHealthy < 1 || minHealthy > replicas) throw new IllegalArgumentException("minHealthy out of range: " + id);
    }

    /** Whole numbers become Long and other numbers Double, so equal files give equal nodes whoever built them. */
    private static Map<String, Object> normalizedTags(Map<String, Object> tags) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        tags.forEach((k, v) -> out.put(k, v instanceof Integer || v instanceof Long || v instanceof Short
                || v instanceof Byte ? (Object) ((Number) v).longValue()
                : v instanceof Float ? (Object) ((Number) v).doubleValue() : v));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** A minimal node, for tests and generators. */
    public static Node of(String id, Kind kind, int replicas) {
        return new Node(id, null, kind, null, replicas, 1, List.of(), false, null, null, null, List.of(), Map.of(), null,
                SourcePosition.UNKNOWN);
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

    public double effectiveAvailability() {
        return availability == null ? kind.defaultAvailability() : availability;
    }

    public Node withTeam(String newTeam) {
        return new Node(id, name, kind, newTeam, replicas, minHealthy, zones, entrypoint, slo, availability, latencyMs,
                observability, tags, description, position);
    }

    public Node withEntrypoint(boolean value) {
        return new Node(id, name, kind, team, replicas, minHealthy, zones, value, slo, availability, latencyMs,
                observability, tags, description, position);
    }

    public Node withPlacement(int newReplicas, int newMinHealthy, List<String> newZones) {
        return new Node(id, name, kind, team, newReplicas, newMinHealthy, newZones, entrypoint, slo, availability,
                latencyMs, observability, tags, description, position);
    }
}
