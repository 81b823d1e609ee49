package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.latency.FlowLatency;
import dev.faultline.analysis.latency.LatencyAnalysis;
import dev.faultline.analysis.latency.LatencyReport;
import dev.faultline.model.Flow;

/**
 * A flow the latency rules can judge: it has a {@code latencyBudgetMs} and an expected latency (risk-model.md
 * section 3). {@link LatencyBudgetRule} compares the expectation with the budget, {@link HangExceedsBudgetRule} the
 * worst single hang; both start from this one selection.
 */
record BudgetedFlow(Flow flow, FlowLatency latency, double budgetMs) {

    /** What {@code judge} finds on each budgeted flow, in flow order. */
    static List<Finding> judgeEach(AnalysisContext c, Function<BudgetedFlow, Optional<Finding>> judge) {
        LatencyReport report = LatencyAnalysis.of(c.topology());
        List<Finding> out = new ArrayList<>();
        for (Flow f : c.topology().flows()) {
            FlowLatency l = report.flow(f.id()).orElseThrow();
            Double budget = f.latencyBudgetMs();
            if (budget != null && l.expectedMs() != null) judge.apply(new BudgetedFlow(f, l, budget)).ifPresent(out::add);
        }
        return out;
    }
}
