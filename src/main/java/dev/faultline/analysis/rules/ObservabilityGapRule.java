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
public final class ObservabilityGapRule implements Rule {
    static final List<String> SIGNALS = List.of("metrics", "logs", "traces");

    @Override
    public String id() { return "observability-gap"; }

    @Override
    public String description() { return "A critical node that does not emit metrics, logs and traces."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        List<Node> critical = new ArrayList<>();
        for (Node n : c.topology().nodes()) {
            if (Recommendations.isInstrumentable(n) && c.isCritical(n.id())) critical.add(n);
        }
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
        // The wording depends only on which signals are missing: made once per combination (issue #18: 15,000
        // findings at 50,000 nodes each filtered the signals and joined them twice).
        String[][] wording = new String[1 << SIGNALS.size()][];
        List<Finding> out = new ArrayList<>();
        StringBuilder text = new StringBuilder(256); // reused for every text (Texts)
        for (Node n : critical) {
            int mask = missingMask(n.observability());
            if (mask == 0) continue;
            String[] w = wording[mask];
            if (w == null) w = wording[mask] = wording(mask);
            String message = Texts.cleared(text).append(n.id()).append(w[0]).toString();
            String fix = Texts.cleared(text).append(w[1]).append(n.id()).append(w[2]).toString();
            out.add(new Finding(id(), Severity.WARNING, List.of(n.id()), message, fix));
        }
        return out;
    }

    /** Bit i set: signal i of {@link #SIGNALS} is not among {@code emitted}. */
    private static int missingMask(List<String> emitted) {
        int mask = 0;
        for (int i = 0; i < SIGNALS.size(); i++) if (!emitted.contains(SIGNALS.get(i))) mask |= 1 << i;
        return mask;
    }

    /** The message after the node id, and the recommendation before and after it, for these missing signals. */
    private static String[] wording(int mask) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < SIGNALS.size(); i++) if ((mask & 1 << i) != 0) missing.add(SIGNALS.get(i));
        return new String[] {
            " is critical but emits no " + String.join(" or ", missing)
                    + ": when it fails, the time to find out why grows.",
            "Add " + String.join(", ", missing) + " to ",
            " (observability: [...]); alert on its SLO, and trace calls through it so latency and errors can be"
                    + " attributed."};
    }
}
