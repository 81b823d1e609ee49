package dev.faultline.analysis.fix;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Finding;
import dev.faultline.model.Node;

/**
 * {@code unguarded-sync-call}: a circuit breaker on the call, and a timeout of twice the callee's p99 when the file
 * gives its latency (no figure is invented: without one, only the breaker is proposed).
 */
final class GuardCallRecipe implements FixRecipe {
    @Override
    public String rule() {
        return "unguarded-sync-call";
    }

    @Override
    public List<FixCandidate> candidates(AnalysisReport report, Finding finding) {
        if (finding.nodes().size() != 2) return List.of();
        String call = finding.nodes().get(0) + "->" + finding.nodes().get(1);
        List<FixCandidate> out = new ArrayList<>();
        double p99 = report.topology().node(finding.nodes().get(1)).map(Node::effectiveP99Ms).orElse(0.0);
        if (p99 > 0) {
            long timeout = Math.max(1, Math.round(2 * p99));
            out.add(new FixCandidate("time out " + call + " after " + timeout + " ms behind a circuit breaker",
                    List.of("set " + call + ".timeoutMs=" + timeout, "set " + call + ".circuitBreaker=true")));
        }
        out.add(new FixCandidate("put a circuit breaker on " + call, List.of("set " + call + ".circuitBreaker=true")));
        return out;
    }
}
