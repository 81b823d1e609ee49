package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.doublefault.DoubleFault;
import dev.faultline.model.Flow;

/**
 * {@code double-fault}: two events that together take a flow down while neither alone does (risk-model.md §2). One
 * finding per such pair that takes down a flow with an {@code slo} (or any flow when no flow has one), for the first
 * ten such pairs in the contract's order.
 */
public final class DoubleFaultRule implements Rule {
    static final int MAX_FINDINGS = 10;

    @Override
    public String id() { return "double-fault"; }

    @Override
    public String description() { return "Two failures together take a flow down although neither alone does."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        Set<String> withSlo = c.topology().flows().stream().filter(f -> f.slo() != null).map(Flow::id)
                .collect(Collectors.toSet());
        List<Finding> out = new ArrayList<>();
        for (DoubleFault p : c.doubleFaults().pairs()) {
            if (out.size() == MAX_FINDINGS) break;
            if (!withSlo.isEmpty() && p.flowsDown().stream().noneMatch(withSlo::contains)) continue;
            out.add(new Finding(id(), Severity.WARNING, nodesOf(p), message(p), recommendation(p)));
        }
        return out;
    }

    private static List<String> nodesOf(DoubleFault p) {
        return p.nodes();
    }

    private static String message(DoubleFault p) {
        return p.events().get(0) + " and " + p.events().get(1) + " together take down "
                + (p.flowsDown().size() == 1 ? "flow " : "flows ") + String.join(", ", p.flowsDown())
                + "; neither does alone.";
    }

    private static String recommendation(DoubleFault p) {
        return "Make sure the two cannot fail together (different zones, teams and providers), or add a third way to "
                + "serve the flow.";
    }
}
