package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.capacity.CapacityAnalysis;
import dev.faultline.analysis.capacity.NodeLoad;
import dev.faultline.model.Node;

/** {@code over-capacity}: a node whose peak load exceeds what its instances can serve with everything up (U > 1). */
public final class OverCapacityRule implements Rule {
    @Override
    public String id() { return "over-capacity"; }

    @Override
    public String description() { return "A node whose peak load exceeds its capacity with everything up."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        List<Finding> out = new ArrayList<>();
        StringBuilder text = new StringBuilder(256); // reused for every text (Texts)
        for (NodeLoad l : CapacityAnalysis.of(c.topology()).nodes()) {
            if (!l.overloaded()) continue;
            Node n = c.node(l.node());
            String message = Texts.cleared(text).append(n.id()).append(" receives ").append(Figures.ms(l.loadRps()))
                    .append(" rps at peak but ").append(n.replicas()).append(" × ").append(Figures.ms(n.capacityRps()))
                    .append(" rps can be served (utilisation ").append(Figures.ratio(l.utilization()))
                    .append("): it is overloaded with everything up.").toString();
            String fix = Texts.cleared(text).append("Scale ").append(n.id()).append(" out (replicas: ")
                    .append((int) Math.ceil(l.loadRps() / n.capacityRps()))
                    .append(" or more, plus spares), cache or batch the calls that reach it (fewer calls), or"
                            + " shed load before it.").toString();
            out.add(new Finding(id(), Severity.ERROR, List.of(n.id()), message, fix));
        }
        return out;
    }
}
