package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.SpofCause;
import dev.faultline.analysis.SpofWording;
import dev.faultline.model.Node;

/** {@code spof}: every single point of failure, with why it is one and what it takes down. */
public final class SpofRule implements Rule {
    @Override
    public String id() { return "spof"; }

    @Override
    public String description() { return "A node without redundancy whose loss takes a user flow down."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        StringBuilder text = new StringBuilder(1 << 10); // reused for every message (Texts)
        List<Finding> out = new ArrayList<>(c.spofs().size());
        for (Spof s : c.spofs()) out.add(finding(c.node(s.node()), s, text));
        return out;
    }

    private Finding finding(Node n, Spof s, StringBuilder text) {
        Texts.cleared(text).append(n.id()).append(" (").append(n.kind()).append(") is a single point of failure: ");
        if (s.cause() instanceof SpofCause.SingleZone z) {
            text.append("losing zone ").append(z.zone()).append(" leaves fewer than ").append(n.minHealthy())
                    .append(" of its ").append(n.replicas()).append(" instances");
        } else if (n.replicas() == 1) {
            text.append(SpofWording.singleInstance(n));
        } else {
            text.append("it needs ").append(n.minHealthy()).append(" of ").append(n.replicas())
                    .append(" instances, so losing one takes it down");
        }
        String message = flows(text.append("; losing it takes down "), s.flowsDown()).append('.').toString();
        String fix = s.cause() instanceof SpofCause.SingleZone z ? Recommendations.forSingleZone(n, z.zone())
                : Recommendations.forMissingSpare(n);
        return new Finding(id(), Severity.ERROR, List.of(n.id()), message, fix);
    }

    static String flows(List<String> flows) {
        return flows(new StringBuilder(), flows).toString();
    }

    /** "flow a" or "flows a, b, ..." appended to {@code text}. */
    static StringBuilder flows(StringBuilder text, List<String> flows) {
        text.append(flows.size() == 1 ? "flow " : "flows ");
        for (int i = 0; i < flows.size(); i++) {
            if (i > 0) text.append(", ");
            text.append(flows.get(i));
        }
        return text;
    }
}
