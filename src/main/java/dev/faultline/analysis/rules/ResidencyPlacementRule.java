package dev.faultline.analysis.rules;

import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.governance.ResidencyViolation;

/** {@code residency-placement}: a node holding data with a residency runs in a zone outside it, in a zone of unknown jurisdiction, or in no declared zone at all (its placement, hence its jurisdiction, is unknown). */
public final class ResidencyPlacementRule implements Rule {
    @Override
    public String id() { return "residency-placement"; }

    @Override
    public String description() { return "A node with data and a residency runs outside it, or where its jurisdiction is unknown."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        return ResidencyRules.findings(c, ResidencyViolation.Kind.PLACEMENT, Severity.ERROR);
    }
}
