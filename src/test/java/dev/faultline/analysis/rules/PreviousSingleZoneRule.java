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
// The code of SingleZoneRule before issue #18's alloc18 branch: the oracle of RulesEquivalenceTest.
final class PreviousSingleZoneRule implements Rule {
    @Override
    public String id() { return "single-zone"; }

    @Override
    public String description() { return "Losing one zone leaves a node with fewer than minHealthy instances."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        List<Finding> out = new ArrayList<>();
        for (Node n : c.topology().nodes()) {
            Redundancy.weakestZone(n).ifPresent(zone -> out.add(new Finding(id(), Severity.WARNING, List.of(n.id()),
                    message(n, zone), Recommendations.forSingleZone(n, zone))));
        }
        return out;
    }

    private static String message(Node n, String zone) {
        int held = n.instancesIn(zone);
        return held == n.replicas()
                ? n.id() + " runs all " + n.replicas() + " of its instances in zone " + zone
                        + ": a zone outage takes it down."
                : "zone " + zone + " holds " + held + " of " + n.id() + "'s " + n.replicas()
                        + " instances; losing it leaves fewer than the " + n.minHealthy() + " it needs.";
    }
}
