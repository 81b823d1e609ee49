package dev.faultline.analysis.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/** Spreading one node over another declared zone, with as many replicas as that needs. */
final class ZoneSpread {
    private static final int MAX_ZONES_TRIED = 2;

    private ZoneSpread() {
    }

    /** Up to two candidates: add one more zone (same region first), raising replicas when the zone loss needs it. */
    static List<FixCandidate> candidates(Topology t, Node n) {
        if (n.zones().isEmpty()) return List.of();
        List<FixCandidate> out = new ArrayList<>();
        for (String zone : Placement.otherZones(t, n)) {
            if (out.size() == MAX_ZONES_TRIED) break;
            replicasFor(n, zone).ifPresent(r -> out.add(new FixCandidate(title(n, zone, r), edits(n, zone, r))));
        }
        return out;
    }

    /** The edits that add {@code zone} to the node and, when needed, the replicas it then requires. */
    static Optional<List<String>> edits(Node n, String zone) {
        return replicasFor(n, zone).map(r -> edits(n, zone, r));
    }

    /** How many replicas the node needs once it also runs in {@code zone}; empty when no count is enough. */
    private static Optional<Integer> replicasFor(Node n, String zone) {
        return Placement.replicasFor(n, Placement.plus(n.zones(), zone));
    }

    private static List<String> edits(Node n, String zone, int replicas) {
        List<String> edits = new ArrayList<>();
        edits.add("add " + n.id() + ".zones=" + zone);
        if (replicas != n.replicas()) edits.add("set " + n.id() + ".replicas=" + replicas);
        return edits;
    }

    private static String title(Node n, String zone, int replicas) {
        return "spread " + n.id() + " over zone " + zone
                + (replicas != n.replicas() ? " with " + replicas + " instances" : "");
    }
}
