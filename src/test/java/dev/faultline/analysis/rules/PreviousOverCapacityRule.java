package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.capacity.CapacityAnalysis;
import dev.faultline.analysis.capacity.NodeLoad;
import dev.faultline.model.Node;

/** {@code over-capacity}: a node whose peak load exceeds what its instances can serve with everything up (U > 1). */
// The code of OverCapacityRule before issue #18's alloc18 branch: the oracle of RulesEquivalenceTest.
final class PreviousOverCapacityRule implements Rule {
    @Override
    public String id() { return "over-capacity"; }

    @Override
    public String description() { return "A node whose peak load exceeds its capacity with everything up."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        List<Finding> out = new ArrayList<>();
        for (NodeLoad l : CapacityAnalysis.of(c.topology()).nodes()) {
            if (!l.overloaded()) continue;
            Node n = c.node(l.node());
            out.add(new Finding(id(), Severity.ERROR, List.of(n.id()), n.id() + " receives "
                    + Figures.ms(l.loadRps()) + " rps at peak but " + n.replicas() + " × "
                    + Figures.ms(n.capacityRps()) + " rps can be served (utilisation "
                    + Figures.ratio(l.utilization()) + "): it is overloaded with everything up.",
                    "Scale " + n.id() + " out (replicas: " + (int) Math.ceil(l.loadRps() / n.capacityRps())
                            + " or more, plus spares), cache or batch the calls that reach it (fewer calls), or"
                            + " shed load before it."));
        }
        return out;
    }
}
