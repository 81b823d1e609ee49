package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.latency.FlowLatency;
import dev.faultline.analysis.latency.LatencyAnalysis;
import dev.faultline.analysis.latency.LatencyReport;
import dev.faultline.model.Flow;

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
        LatencyReport report = LatencyAnalysis.of(c.topology());
        List<Finding> out = new ArrayList<>();
        for (Flow f : c.topology().flows()) {
            FlowLatency l = report.flow(f.id()).orElseThrow();
            Double budget = f.latencyBudgetMs();
            if (budget == null || l.expectedMs() == null || l.expectedMs() <= budget) continue;
            String chain = l.criticalPath().stream()
                    .map(id -> id + " " + Figures.ms(c.node(id).effectiveLatencyMs()) + " ms")
                    .collect(Collectors.joining(" → "));
            out.add(new Finding(id(), Severity.WARNING, l.criticalPath(), "Flow " + f.id() + " needs "
                    + Figures.ms(l.expectedMs()) + " ms in expectation, over its latency budget of "
                    + Figures.ms(budget) + " ms; the slowest chain is " + chain + ".",
                    "Take work off the slowest chain: call independent services in parallel (callOrder: parallel),"
                            + " cache reads close to the entry, move what the user need not wait for behind a"
                            + " queue (async), or merge chatty hops (fewer calls)."));
        }
        return out;
    }
}
