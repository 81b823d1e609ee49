package dev.faultline.analysis.rules;

import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.model.Node;

/** {@code unowned-critical}: a node no team owns whose loss touches user flows. */
public final class UnownedCriticalRule implements Rule {
    @Override
    public String id() { return "unowned-critical"; }

    @Override
    public String description() { return "A node without an owning team whose loss touches user flows."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        return c.topology().nodes().stream()
                .filter(n -> n.team() == null && n.kind() != dev.faultline.model.Kind.EXTERNAL)
                .filter(n -> c.spof(n.id()).isPresent() || c.touchesFlows(n.id()))
                .map(this::finding).toList();
    }

    private Finding finding(Node n) {
        return new Finding(id(), Severity.WARNING, List.of(n.id()), n.id() + " has no owning team, yet user flows"
                + " depend on it: when it breaks, nobody is paged and nobody owns the fix.",
                "Give " + n.id() + " an owning team (team: ...) with an on-call rota and a runbook.");
    }
}
