package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.capacity.CapacityAnalysis;
import dev.faultline.analysis.capacity.Overload;

/**
 * {@code no-capacity-headroom}: the headroom rehearsal's event ({@code instance:X} an error, {@code zone:Z} a
 * warning) pushes nodes that are within capacity with everything up over it: their redundancy exists on paper only.
 * One finding per event, naming every node it overloads.
 */
public final class NoCapacityHeadroomRule implements Rule {
    @Override
    public String id() { return "no-capacity-headroom"; }

    @Override
    public String description() {
        return "Losing one instance or one zone overloads nodes that are within capacity with everything up.";
    }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        Map<String, List<Overload>> byEvent = new LinkedHashMap<>();
        for (Overload o : CapacityAnalysis.of(c.topology()).overloads()) {
            byEvent.computeIfAbsent(o.event(), k -> new ArrayList<>()).add(o);
        }
        List<Finding> out = new ArrayList<>();
        StringBuilder text = new StringBuilder(1 << 10); // reused for every message (Texts)
        byEvent.forEach((event, overloads) -> {
            boolean instance = overloads.get(0).isInstanceEvent();
            Texts.cleared(text).append("After ").append(event).append(" the survivors cannot carry the load: ");
            for (int i = 0; i < overloads.size(); i++) {
                Overload o = overloads.get(i);
                if (i > 0) text.append(", ");
                text.append(o.node()).append(" (utilisation ").append(Figures.ratio(o.utilization())).append(')');
            }
            out.add(new Finding(id(), instance ? Severity.ERROR : Severity.WARNING,
                    overloads.stream().map(Overload::node).toList(),
                    text.append(". The redundancy exists on paper only.").toString(),
                    "Provision for the loss: enough replicas that replicas − 1 (or the instances outside any one"
                            + " zone) still serve the peak, i.e. N+1 capacity, or let autoscaling add instances"
                            + " before the remaining ones saturate."));
        });
        return out;
    }
}
