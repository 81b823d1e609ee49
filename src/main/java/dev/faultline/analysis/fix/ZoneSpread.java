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
            edits(n, zone).ifPresent(e -> out.add(new FixCandidate(title(n, zone, e), e)));
        }
        return out;
    }

    /** The edits that add {@code zone} to the node and, when needed, the replicas it then requires. */
    static Optional<List<String>> edits(Node n, String zone) {
        List<String> zones = Placement.plus(n.zones(), zone);
        return Placement.replicasFor(n, zones).map(r -> {
            List<String> edits = new ArrayList<>();
            edits.add("add " + n.id() + ".zones=" + zone);
            if (r != n.replicas()) edits.add("set " + n.id() + ".replicas=" + r);
            return edits;
        });
    }

    private static String title(Node n, String zone, List<String> edits) {
        return "spread " + n.id() + " over zone " + zone + (edits.size() > 1 ? " with " + edits.get(1)
                .substring(edits.get(1).indexOf('=') + 1) + " instances" : "");
    }
}
