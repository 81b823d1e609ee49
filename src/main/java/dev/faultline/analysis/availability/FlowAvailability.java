package dev.faultline.analysis.availability;

import java.util.List;

/**
 * A flow's availability under the independent random model of risk-model.md §1: A(F), the probability that the flow
 * is not DOWN. {@code ci95} is null for exact results; {@code slo} is null when the flow has none.
 */
public record FlowAvailability(String flow, double availability, Double slo, Verdict verdict, Method method,
                               Interval ci95, List<Contributor> contributors) {
    public static final double MINUTES_PER_YEAR = 525_600;

    public FlowAvailability {
        contributors = List.copyOf(contributors);
    }

    /** (1 − A) × 525600. */
    public double downtimeMinutesPerYear() {
        return (1 - availability) * MINUTES_PER_YEAR;
    }

    static Verdict verdictOf(double availability, Double slo) {
        if (slo == null) return Verdict.NO_SLO;
        return availability >= slo ? Verdict.MEETS : Verdict.INFEASIBLE;
    }
}
