package dev.faultline.analysis.rules;

import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.governance.ResidencyViolation;

/** {@code residency-flow}: a node holding data with a residency calls, or is called by, a node not placed in that residency (including unknown jurisdictions); fallbacks are left to residency-failover. */
public final class ResidencyFlowRule implements Rule {
    @Override
    public String id() { return "residency-flow"; }

    @Override
    public String description() { return "A dependency to or from a node with a residency reaches a node outside it."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        return ResidencyRules.findings(c, ResidencyViolation.Kind.FLOW, Severity.ERROR);
    }
}
