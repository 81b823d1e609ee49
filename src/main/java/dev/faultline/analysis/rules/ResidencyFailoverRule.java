package dev.faultline.analysis.rules;

import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.governance.ResidencyViolation;

/** {@code residency-failover}: a fallback that would carry a node's data out of its residency on failover, either a fallback of a dependency the node calls or one standing in for the node itself. */
public final class ResidencyFailoverRule implements Rule {
    @Override
    public String id() { return "residency-failover"; }

    @Override
    public String description() { return "A fallback of a node with a residency lies outside it: the disaster-recovery path breaks residency."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        return ResidencyRules.findings(c, ResidencyViolation.Kind.FAILOVER, Severity.WARNING);
    }
}
