package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.latency.LatencyAnalysis;
import dev.faultline.analysis.latency.LatencyReport;
import dev.faultline.model.Dependency;

/**
 * The oracle of {@link TimeoutInversionRule}: its previous code, which looked the callee's latency up by the
 * dependency's {@code to} string for every dependency (issue #18 looks it up by node index).
 */
final class StraightforwardTimeoutInversion {
    private StraightforwardTimeoutInversion() {
    }

    static List<Finding> apply(AnalysisContext c) {
        String id = new TimeoutInversionRule().id();
        LatencyReport report = LatencyAnalysis.of(c.topology());
        List<Finding> out = new ArrayList<>();
        for (Dependency d : c.topology().dependencies()) {
            Double callee = report.nodeMs().get(d.to());
            if (d.timeoutMs() == null || callee == null || d.timeoutMs() >= callee) continue;
            out.add(new Finding(id, Severity.WARNING, List.of(d.from(), d.to()), d.label() + " times out after "
                    + Figures.ms(d.timeoutMs()) + " ms, but " + d.to() + " needs " + Figures.ms(callee)
                    + " ms with its own calls: the call times out in normal operation"
                    + (d.effectiveRetries() > 0 ? " and every retry repeats the wasted work." : "."),
                    "Raise the timeout above " + d.to() + "'s latency (with headroom for its tail), or make "
                            + d.to() + " faster; a timeout should cut off hangs, not ordinary requests."));
        }
        return out;
    }
}
