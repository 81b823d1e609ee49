package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.model.Flow;

/** {@code flow-without-slo}: a user journey (or entrypoint) without an availability objective. */
public final class FlowWithoutSloRule implements Rule {
    @Override
    public String id() { return "flow-without-slo"; }

    @Override
    public String description() { return "A user flow with no availability objective (slo)."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        List<Finding> out = new ArrayList<>();
        for (Flow f : c.topology().flows()) {
            boolean hasSlo = f.slo() != null || (f.implicit() && c.node(f.entry()).slo() != null);
            if (!hasSlo) {
                out.add(new Finding(id(), Severity.WARNING, List.of(f.entry()), "Flow " + f.id()
                        + " has no SLO: nobody has said how available it must be, so there is no error budget to"
                        + " decide between shipping features and fixing reliability.",
                        "Set an availability objective (slo: 0.999 or similar) on the flow"
                                + (f.implicit() ? " or its entrypoint node" : "")
                                + ", alert on error-budget burn, and review it with the product owner."));
            }
        }
        return out;
    }
}
