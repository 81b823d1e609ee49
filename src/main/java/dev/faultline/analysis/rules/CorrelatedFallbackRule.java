package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;

/**
 * {@code correlated-fallback}: a dependency whose {@code to} and a {@code fallback} share every declared zone (both
 * declare zones, and the same set of them), or are owned by the same team — one zone outage or one team's bad day
 * takes both, so the "or" is weaker than it looks. One finding per (dependency, fallback).
 */
public final class CorrelatedFallbackRule implements Rule {
    @Override
    public String id() { return "correlated-fallback"; }

    @Override
    public String description() { return "A fallback shares every zone or the owning team with the node it backs up."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        List<Finding> out = new ArrayList<>();
        for (Dependency d : c.topology().dependencies()) {
            if (d.fallback().isEmpty()) continue; // nearly all of them: no look-up (issue #18)
            Node to = c.node(d.to());
            for (String fb : new java.util.LinkedHashSet<>(d.fallback())) {
                if (fb.equals(d.to())) continue;
                Node fallback = c.node(fb);
                boolean zones = sameZones(to, fallback);
                boolean team = to.team() != null && Objects.equals(to.team(), fallback.team());
                if (!zones && !team) continue;
                out.add(new Finding(id(), Severity.WARNING, List.of(d.from(), d.to(), fb), message(d, fb, to, zones, team),
                        "Run " + fb + " in other zones and under another team than " + d.to()
                                + ", so that one outage cannot take both."));
            }
        }
        return out;
    }

    static boolean sameZones(Node a, Node b) {
        return !a.zones().isEmpty() && !b.zones().isEmpty() && new HashSet<>(a.zones()).equals(new HashSet<>(b.zones()));
    }

    private static String message(Dependency d, String fb, Node to, boolean zones, boolean team) {
        String why = zones && team ? "runs in the same zones (" + String.join(", ", new java.util.TreeSet<>(to.zones()))
                + ") and is owned by the same team (" + to.team() + ")"
                : zones ? "runs in the same zones (" + String.join(", ", new java.util.TreeSet<>(to.zones())) + ")"
                : "is owned by the same team (" + to.team() + ")";
        return d.from() + " falls back from " + d.to() + " to " + fb + ", which " + why + " as " + d.to()
                + ": the fallback is weaker than it looks.";
    }
}
