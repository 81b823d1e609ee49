package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.governance.AuditScope;
import dev.faultline.analysis.governance.Jurisdictions;
import dev.faultline.model.Topology;

/**
 * {@code compliance-scope}: for each data class on some node, the audit scope, the nodes that store it or call such a
 * node synchronously. One finding per class; its nodes are the scope, sorted.
 */
public final class ComplianceScopeRule implements Rule {
    @Override
    public String id() { return "compliance-scope"; }

    @Override
    public String description() {
        return "The audit scope of each data class: the nodes that store it or call such a node synchronously.";
    }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        List<Finding> out = new ArrayList<>();
        for (AuditScope s : AuditScope.of(c.topology())) {
            out.add(new Finding(id(), Severity.INFO, s.nodes(), message(c.topology(), s),
                    "Audit these " + s.nodes().size() + " node" + (s.nodes().size() == 1 ? "" : "s") + " for "
                            + s.dataClass() + "; keep synchronous callers of its stores few, since each one widens "
                            + "the scope."));
        }
        return out;
    }

    private static String message(Topology t, AuditScope s) {
        TreeSet<String> runsIn = new TreeSet<>();
        s.nodes().forEach(id -> runsIn.addAll(Jurisdictions.of(t, t.requireNode(id))));
        String must = s.residency().isEmpty() ? "no residency declared"
                : "must stay in " + String.join(" or ", s.residency());
        return "Audit scope of " + s.dataClass() + ": " + s.nodes().size() + " node"
                + (s.nodes().size() == 1 ? "" : "s") + " store it or call a store synchronously: "
                + String.join(", ", s.nodes()) + " (stored by " + String.join(", ", s.holders()) + "; " + must
                + "; runs in " + String.join(", ", runsIn) + ").";
    }
}
