package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.availability.Contributor;
import dev.faultline.analysis.availability.FlowAvailability;
import dev.faultline.analysis.availability.Percent;
import dev.faultline.analysis.availability.Verdict;
import dev.faultline.model.Flow;

/**
 * {@code slo-infeasible}: a flow whose availability under the independent model of risk-model.md §1 is below its SLO
 * even when everything is operated perfectly — no amount of on-call fixes the design.
 */
public final class SloInfeasibleRule implements Rule {
    @Override
    public String id() { return "slo-infeasible"; }

    @Override
    public String description() { return "A flow's availability from its topology is below its SLO."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        List<Finding> out = new ArrayList<>();
        for (FlowAvailability a : c.availability()) {
            if (a.verdict() != Verdict.INFEASIBLE) continue;
            Flow flow = c.topology().flow(a.flow()).orElseThrow();
            Set<String> nodes = new LinkedHashSet<>();
            nodes.add(flow.entry());
            Contributor top = a.contributors().isEmpty() ? null : a.contributors().get(0);
            if (top != null) nodes.add(top.node());
            out.add(new Finding(id(), Severity.ERROR, List.copyOf(nodes), message(a, top), recommendation(top)));
        }
        return out;
    }

    private static String message(FlowAvailability a, Contributor top) {
        return "flow " + a.flow() + " is available " + Percent.of(a.availability())
                + (a.ci95() == null ? "" : " (estimated)") + ", below its SLO of " + Percent.of(a.slo())
                + " even when everything is operated perfectly: about "
                + Percent.minutesPerYear(a.downtimeMinutesPerYear()) + " of downtime"
                + (top == null ? "." : "; top contributor " + top.node() + " (" + Percent.share(top.share())
                        + " of the unavailability).");
    }

    private static String recommendation(Contributor top) {
        return top == null ? "Add redundancy (replicas, zones, fallbacks) along the flow, or relax the SLO."
                : "Make " + top.node() + " redundant (more replicas across zones, or a fallback), or relax the SLO.";
    }
}
