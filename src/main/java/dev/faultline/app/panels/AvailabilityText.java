package dev.faultline.app.panels;

import dev.faultline.analysis.availability.FlowAvailability;
import dev.faultline.analysis.availability.Method;
import dev.faultline.analysis.availability.Percent;
import dev.faultline.analysis.availability.Verdict;

/** A flow's availability as the Flows panel shows it, e.g. "99.87 % / SLO 99.95 % ✗" (no JavaFX: testable alone). */
public final class AvailabilityText {
    private AvailabilityText() {
    }

    public static String of(FlowAvailability a) {
        if (a == null) return "";
        String value = Percent.of(a.availability()) + (a.method() == Method.MONTE_CARLO ? " (est.)" : "");
        if (a.slo() == null) return value;
        return value + " / SLO " + Percent.of(a.slo()) + (a.verdict() == Verdict.MEETS ? " ✓" : " ✗");
    }
}
