package dev.faultline.analysis.rules;

import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.SpofCause;
import dev.faultline.analysis.SpofWording;
import dev.faultline.model.Node;

/** {@code spof}: every single point of failure, with why it is one and what it takes down. */
// The code of SpofRule before issue #18's alloc18 branch: the oracle of RulesEquivalenceTest.
final class PreviousSpofRule implements Rule {
    @Override
    public String id() { return "spof"; }

    @Override
    public String description() { return "A node without redundancy whose loss takes a user flow down."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        return c.spofs().stream().map(s -> finding(c.node(s.node()), s)).toList();
    }

    private Finding finding(Node n, Spof s) {
        String why = s.cause() instanceof SpofCause.SingleZone z
                ? "losing zone " + z.zone() + " leaves fewer than " + n.minHealthy() + " of its " + n.replicas()
                        + " instances"
                : n.replicas() == 1 ? SpofWording.singleInstance(n)
                : "it needs " + n.minHealthy() + " of " + n.replicas() + " instances, so losing one takes it down";
        String message = n.id() + " (" + n.kind() + ") is a single point of failure: " + why + "; losing it takes down "
                + flows(s.flowsDown()) + ".";
        String fix = s.cause() instanceof SpofCause.SingleZone z ? Recommendations.forSingleZone(n, z.zone())
                : Recommendations.forMissingSpare(n);
        return new Finding(id(), Severity.ERROR, List.of(n.id()), message, fix);
    }

    static String flows(List<String> flows) {
        return (flows.size() == 1 ? "flow " : "flows ") + String.join(", ", flows);
    }
}
