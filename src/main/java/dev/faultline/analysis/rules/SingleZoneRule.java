package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Redundancy;
import dev.faultline.analysis.Severity;
import dev.faultline.model.Node;

/**
 * {@code single-zone}: a node whose placement lets one zone take it below its quorum. Reported whether or not the node
 * is a SPOF, because zone outages are correlated: several such nodes fail together.
 */
public final class SingleZoneRule implements Rule {
    @Override
    public String id() { return "single-zone"; }

    @Override
    public String description() { return "Losing one zone leaves a node with fewer than minHealthy instances."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        List<Finding> out = new ArrayList<>();
        StringBuilder text = new StringBuilder(256); // reused for every message (Texts)
        for (Node n : c.topology().nodes()) {
            Redundancy.weakestZone(n).ifPresent(zone -> out.add(new Finding(id(), Severity.WARNING, List.of(n.id()),
                    message(n, zone, Texts.cleared(text)), Recommendations.forSingleZone(n, zone))));
        }
        return out;
    }

    private static String message(Node n, String zone, StringBuilder text) {
        int held = n.instancesIn(zone);
        if (held == n.replicas()) {
            text.append(n.id()).append(" runs all ").append(n.replicas()).append(" of its instances in zone ")
                    .append(zone).append(": a zone outage takes it down.");
        } else {
            text.append("zone ").append(zone).append(" holds ").append(held).append(" of ").append(n.id())
                    .append("'s ").append(n.replicas()).append(" instances; losing it leaves fewer than the ")
                    .append(n.minHealthy()).append(" it needs.");
        }
        return text.toString();
    }
}
