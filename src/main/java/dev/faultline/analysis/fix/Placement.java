package dev.faultline.analysis.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.faultline.analysis.Redundancy;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/** Replica counts and zones that give a node redundancy, computed with the same placement formula as the engine. */
final class Placement {
    /** Fixes never propose more than this many extra instances: beyond that, it is a redesign, not a fix. */
    static final int MAX_EXTRA_REPLICAS = 4;

    private Placement() {
    }

    /** The fewest replicas (at least one more than now) that leave the node without a deficit in its zones. */
    static Optional<Integer> replicasFor(Node n, List<String> zones) {
        for (int r = Math.max(n.replicas() + (zones.equals(n.zones()) ? 1 : 0), 2); r <= n.replicas() + MAX_EXTRA_REPLICAS; r++) {
            Node candidate = n.toBuilder().replicas(r).zones(zones).build();
            if (Redundancy.deficit(candidate).isEmpty()) return Optional.of(r);
        }
        return Optional.empty();
    }

    /**
     * Declared zones the node does not use yet, best first: zones of a region it already runs in (a zone spread
     * keeps latency), then the others; by id within each group.
     */
    static List<String> otherZones(Topology t, Node n) {
        List<String> regions = n.zones().stream().map(z -> t.zone(z).map(Zone::region).orElse(null))
                .filter(Objects::nonNull).toList();
        List<Zone> out = new ArrayList<>();
        for (Zone z : t.zones()) if (!n.zones().contains(z.id())) out.add(z);
        out.sort(Comparator.comparing((Zone z) -> !regions.contains(z.region())).thenComparing(Zone::id));
        return out.stream().map(Zone::id).toList();
    }

    /** Zones of another region than {@code region}, by id. */
    static List<String> zonesOutside(Topology t, String region, Node n) {
        return t.zones().stream().filter(z -> !Objects.equals(z.region(), region) && !n.zones().contains(z.id()))
                .map(Zone::id).sorted().toList();
    }

    static List<String> plus(List<String> list, String item) {
        List<String> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
