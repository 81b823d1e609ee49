package dev.faultline.analysis.rules;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.latency.FlowLatency;

/**
 * {@code latency-budget}: a flow whose expected latency (risk-model.md section 3: every sync call waited for,
 * required or not, with calls, callOrder and timeouts) exceeds its {@code latencyBudgetMs}; names the slowest chain.
 */
public final class LatencyBudgetRule implements Rule {
    @Override
    public String id() { return "latency-budget"; }

    @Override
    public String description() { return "A flow whose expected latency exceeds its latency budget."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        return BudgetedFlow.judgeEach(c, b -> judge(c, b));
    }

    private Optional<Finding> judge(AnalysisContext c, BudgetedFlow b) {
        FlowLatency l = b.latency();
        if (l.expectedMs() <= b.budgetMs()) return Optional.empty();
        String chain = l.criticalPath().stream()
                .map(id -> id + " " + Figures.ms(c.node(id).effectiveLatencyMs()) + " ms")
                .collect(Collectors.joining(" → "));
        return Optional.of(new Finding(id(), Severity.WARNING, l.criticalPath(), "Flow " + b.flow().id() + " needs "
                + Figures.ms(l.expectedMs()) + " ms in expectation, over its latency budget of "
                + Figures.ms(b.budgetMs()) + " ms; the slowest chain is " + chain + ".",
                "Take work off the slowest chain: call independent services in parallel (callOrder: parallel),"
                        + " cache reads close to the entry, move what the user need not wait for behind a"
                        + " queue (async), or merge chatty hops (fewer calls)."));
    }
}
