package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;

/** {@code external-without-fallback}: a third-party provider called synchronously, as a hard need, with no fallback. */
public final class ExternalWithoutFallbackRule implements Rule {
    @Override
    public String id() { return "external-without-fallback"; }

    @Override
    public String description() { return "An external provider that callers need synchronously with no fallback."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        List<Finding> out = new ArrayList<>();
        for (Node ext : c.topology().nodes()) {
            if (ext.kind() != Kind.EXTERNAL) continue;
            TreeSet<String> callers = new TreeSet<>();
            for (Dependency d : c.topology().dependentsOf(ext.id())) {
                if (d.isHard() && d.to().equals(ext.id()) && d.fallback().isEmpty()) callers.add(d.from());
            }
            if (callers.isEmpty()) continue;
            List<String> nodes = new ArrayList<>();
            nodes.add(ext.id());
            nodes.addAll(callers);
            out.add(new Finding(id(), Severity.WARNING, nodes, ext.id() + " is an external provider that "
                    + String.join(", ", callers) + " call" + (callers.size() == 1 ? "s" : "")
                    + " synchronously with no fallback: when the provider has an outage, so do you.",
                    "Add a fallback provider (fallback: [...]), or move the call off the request path through a queue"
                            + " with retries; guard it with a timeout and a circuit breaker."));
        }
        return out;
    }
}
