package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.governance.ResidencyCheck;
import dev.faultline.analysis.governance.ResidencyViolation;
import dev.faultline.model.Dependency;

/** Turns residency violations of one kind into findings; shared by the three residency rules. */
final class ResidencyRules {
    private ResidencyRules() {
    }

    /**
     * The last topology checked (weakly held, so a closed document can go) and its violations: the three residency
     * rules run on the same topology (at once, on the analysis's side threads), and the check is the costly part:
     * synchronized, so it is done once.
     */
    private record Checked(java.lang.ref.WeakReference<dev.faultline.model.Topology> topology,
                           List<ResidencyViolation> violations) {
    }

    private static volatile Checked last;

    private static synchronized List<ResidencyViolation> violations(dev.faultline.model.Topology t) {
        Checked c = last;
        if (c == null || c.topology().get() != t) {
            last = c = new Checked(new java.lang.ref.WeakReference<>(t), List.copyOf(ResidencyCheck.of(t)));
        }
        return c.violations();
    }

    static List<Finding> findings(AnalysisContext c, ResidencyViolation.Kind kind, Severity severity) {
        List<Finding> out = new ArrayList<>();
        for (ResidencyViolation v : violations(c.topology())) {
            if (v.kind() != kind) continue;
            List<String> nodes = v.counterpart() == null ? List.of(v.node()) : List.of(v.node(), v.counterpart());
            out.add(new Finding(kind.rule(), severity, nodes, message(v), recommendation(v)));
        }
        return out;
    }

    static String holds(ResidencyViolation v) {
        return v.node() + " holds " + String.join(", ", v.dataClasses()) + " that must stay in "
                + String.join(" or ", v.residency());
    }

    private static String message(ResidencyViolation v) {
        return switch (v.kind()) {
            case PLACEMENT -> holds(v) + ", but it runs " + v.where() + ".";
            case FLOW -> holds(v) + ", but it exchanges data with " + v.counterpart() + " ("
                    + dependencies(v) + "), which runs " + v.where() + ".";
            case FAILOVER -> holds(v) + ", but its disaster-recovery path breaks residency: fallback "
                    + v.counterpart() + " (of " + dependencies(v) + ") runs " + v.where() + ".";
        };
    }

    private static String dependencies(ResidencyViolation v) {
        return String.join(", ", v.dependencies().stream().map(Dependency::label).toList());
    }

    private static String recommendation(ResidencyViolation v) {
        String r = String.join(" or ", v.residency());
        return switch (v.kind()) {
            case PLACEMENT -> "Run " + v.node() + " only in zones whose jurisdiction is " + r
                    + ", and give every zone its jurisdiction (zones[].jurisdiction) so the placement can be checked.";
            case FLOW -> "Keep the exchange inside " + r + ": place " + v.counterpart() + " in " + r
                    + " zones (or pick a provider in " + r + "), or stop sending it the data (tokenise or "
                    + "anonymise it first).";
            case FAILOVER -> "Fail over to a fallback placed in " + r + " (a second region in the same "
                    + "jurisdiction), or remove " + v.counterpart() + " from the fallbacks.";
        };
    }
}
