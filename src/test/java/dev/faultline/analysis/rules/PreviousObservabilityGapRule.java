package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.model.Node;

/**
 * {@code observability-gap}: a critical node (a SPOF, or one whose loss takes a flow down) that does not emit metrics,
 * logs and traces. When the topology declares no observability at all, one finding names every critical node.
 */
// The code of ObservabilityGapRule before issue #18's rules18 branch: the oracle of RulesEquivalenceTest.
final class PreviousObservabilityGapRule implements Rule {
    static final List<String> SIGNALS = List.of("metrics", "logs", "traces");

    @Override
    public String id() { return "observability-gap"; }

    @Override
    public String description() { return "A critical node that does not emit metrics, logs and traces."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        List<Node> critical = c.topology().nodes().stream()
                .filter(Recommendations::isInstrumentable).filter(n -> c.isCritical(n.id())).toList();
        if (critical.isEmpty()) return List.of();
        boolean anyDeclared = c.topology().nodes().stream().anyMatch(n -> !n.observability().isEmpty());
        if (!anyDeclared) {
            return List.of(new Finding(id(), Severity.WARNING, critical.stream().map(Node::id).toList(),
                    "No node declares what it emits (observability), including " + critical.size()
                            + " critical node" + (critical.size() == 1 ? "" : "s") + ": you cannot tell from this"
                            + " design whether an outage would be seen before users report it.",
                    "Declare observability: [metrics, logs, traces] on each node and fill the gaps: RED metrics"
                            + " and SLO alerts on the critical path, traces across every sync hop."));
        }
        List<Finding> out = new ArrayList<>();
        for (Node n : critical) {
            List<String> missing = SIGNALS.stream().filter(s -> !n.observability().contains(s)).toList();
            if (missing.isEmpty()) continue;
            out.add(new Finding(id(), Severity.WARNING, List.of(n.id()), n.id() + " is critical but emits no "
                    + String.join(" or ", missing) + ": when it fails, the time to find out why grows.",
                    "Add " + String.join(", ", missing) + " to " + n.id() + " (observability: [...]); alert on its"
                            + " SLO, and trace calls through it so latency and errors can be attributed."));
        }
        return out;
    }
}
