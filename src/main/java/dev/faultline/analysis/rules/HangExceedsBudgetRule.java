package dev.faultline.analysis.rules;

import java.util.List;
import java.util.Optional;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.latency.FlowLatency;
import dev.faultline.model.Flow;

/**
 * {@code hang-exceeds-budget}: when one node the flow calls hangs, the flow waits longer than its latency budget
 * (worstCaseMs > budget), or for ever (no timeout bounds the wait). A flow that calls nothing has worstCaseMs =
 * expectedMs, and is judged by the same comparison.
 */
public final class HangExceedsBudgetRule implements Rule {
    @Override
    public String id() { return "hang-exceeds-budget"; }

    @Override
    public String description() {
        return "A flow that waits longer than its latency budget, or for ever, when one node it calls hangs.";
    }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        return BudgetedFlow.judgeEach(c, this::judge);
    }

    private Optional<Finding> judge(BudgetedFlow b) {
        Flow f = b.flow();
        FlowLatency l = b.latency();
        if (l.worstCaseNode() == null) {
            // Nothing to hang: the worst case is the expected latency (the contract's reading), judged the same.
            if (l.worstCaseMs() <= b.budgetMs()) return Optional.empty();
            return Optional.of(new Finding(id(), Severity.WARNING, List.of(f.entry()), "Flow " + f.id()
                    + " calls nothing synchronously, so its worst case is its own " + Figures.ms(l.worstCaseMs())
                    + " ms, over its latency budget of " + Figures.ms(b.budgetMs()) + " ms.",
                    "Make the entry's own work faster, or revisit the budget."));
        }
        if (l.unbounded()) {
            return Optional.of(finding(f, l, "Flow " + f.id() + " waits for ever when " + l.worstCaseNode()
                    + " hangs: no timeout on the way bounds the wait, so its latency budget of "
                    + Figures.ms(b.budgetMs()) + " ms cannot hold."));
        }
        if (l.worstCaseMs() != null && l.worstCaseMs() > b.budgetMs()) {
            return Optional.of(finding(f, l, "Flow " + f.id() + " needs " + Figures.ms(l.worstCaseMs()) + " ms when "
                    + l.worstCaseNode() + " hangs (timeouts × attempts), over its latency budget of "
                    + Figures.ms(b.budgetMs()) + " ms."));
        }
        return Optional.empty();
    }

    private Finding finding(Flow f, FlowLatency l, String message) {
        return new Finding(id(), Severity.WARNING, List.of(f.entry(), l.worstCaseNode()), message,
                "Give every sync call to " + l.worstCaseNode() + " a timeoutMs that fits the budget (with its"
                        + " retries: calls × (retries + 1) × timeout), add a circuit breaker so a hang fails fast,"
                        + " and prefer a fallback or a cached answer over waiting.");
    }
}
