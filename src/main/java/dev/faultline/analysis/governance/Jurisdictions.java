package dev.faultline.analysis.governance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/**
 * Where a node runs, in jurisdictions (risk-model.md §5). An external node runs where its {@code jurisdiction} says;
 * any other node runs in the jurisdictions of its zones. A zone without {@code jurisdiction}, an external node
 * without one, and an internal node without zones are of unknown jurisdiction. Jurisdictions compare as written
 * (case-sensitive), like ids.
 */
public final class Jurisdictions {
    /** Stands for "unknown" in {@link #of}. */
    public static final String UNKNOWN = "unknown";

    private Jurisdictions() {
    }

    /**
     * "Placed in R": an external node whose jurisdiction is in R, or an internal node with at least one zone, every
     * zone having a jurisdiction in R. Everything else lies outside R (unknown counts as outside).
     */
    public static boolean placedIn(Topology t, Node n, Collection<String> allowed) {
        if (n.kind() == Kind.EXTERNAL) return n.jurisdiction() != null && allowed.contains(n.jurisdiction());
        if (n.zones().isEmpty()) return false;
        for (String z : n.zones()) {
            String j = jurisdictionOf(t, z);
            if (j == null || !allowed.contains(j)) return false;
        }
        return true;
    }

    /** The jurisdiction of a zone, null when unknown. */
    public static String jurisdictionOf(Topology t, String zone) {
        return t.zone(zone).map(Zone::jurisdiction).orElse(null);
    }

    /** The jurisdictions a node runs in, sorted, with {@link #UNKNOWN} for what the file does not say. */
    public static List<String> of(Topology t, Node n) {
        TreeSet<String> out = new TreeSet<>();
        if (n.kind() == Kind.EXTERNAL || n.zones().isEmpty()) {
            out.add(n.kind() == Kind.EXTERNAL && n.jurisdiction() != null ? n.jurisdiction() : UNKNOWN);
        } else {
            for (String z : n.zones()) {
                String j = jurisdictionOf(t, z);
                out.add(j == null ? UNKNOWN : j);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Where a node runs, in words that follow "it runs", naming only what lies outside {@code allowed}: "in zone
     * us-east-1a (US)", "in zone eu-x of unknown jurisdiction", "as an external provider in US", "in no declared zone
     * (its placement is unknown)".
     */
    public static String describeOutside(Topology t, Node n, Collection<String> allowed) {
        if (n.kind() == Kind.EXTERNAL) {
            return n.jurisdiction() == null ? "as an external provider of unknown jurisdiction"
                    : "as an external provider in " + n.jurisdiction();
        }
        if (n.zones().isEmpty()) return "in no declared zone (its placement is unknown)";
        List<String> parts = new ArrayList<>();
        for (String z : new TreeSet<>(n.zones())) {
            String j = jurisdictionOf(t, z);
            if (j == null) parts.add("zone " + z + " of unknown jurisdiction");
            else if (!allowed.contains(j)) parts.add("zone " + z + " (" + j + ")");
        }
        return "in " + String.join(", ", parts);
    }
}
