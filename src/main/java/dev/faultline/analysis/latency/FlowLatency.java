package dev.faultline.analysis.latency;

import java.util.List;

/**
 * The latency figures of one flow (risk-model.md section 3). A null figure means "no figure": the flow reaches a
 * cycle of sync dependencies. {@code worstCaseMs} is null and {@code unbounded} true when some single hang has no
 * bound; {@code worstCaseNode} is null when the flow reaches nothing over sync dependencies.
 *
 * @param criticalPath the slowest chain of sync calls, from the member with the largest latency, following at each
 *                     node its most expensive sync dependency (empty when expectedMs is null)
 */
public record FlowLatency(
        String flow,
        Double expectedMs,
        Double p99Ms,
        Double slowCallProbability,
        Double worstCaseMs,
        boolean unbounded,
        String worstCaseNode,
        List<String> criticalPath) {

    public FlowLatency {
        criticalPath = List.copyOf(criticalPath);
    }
}
