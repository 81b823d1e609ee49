package dev.faultline.analysis.rules;

import java.util.List;

import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;

/** {@code failure-domain}: a zone or region whose loss alone takes user flows down. */
public final class FailureDomainRule implements Rule {
    @Override
    public String id() { return "failure-domain"; }

    @Override
    public String description() { return "A zone or region whose loss alone takes a user flow down."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        return c.domainSpofs().stream().map(FailureDomainRule::finding).toList();
    }

    /** The finding this rule writes for a domain: also how a fix recipe finds the domain a finding is about. */
    public static Finding finding(DomainSpof d) {
        String what = d.zone() != null ? "Zone " + d.zone() : "Region " + d.region();
        return new Finding("failure-domain", Severity.ERROR, List.of(), what + " is a failure-domain single point of failure: "
                + "losing it takes down " + SpofRule.flows(d.flowsDown()) + ".",
                d.zone() != null
                        ? "Run every node these flows need in at least two zones, with enough replicas that one zone"
                                + " can fail; rehearse the zone loss (faultline simulate --fail zone:" + d.zone() + ")."
                        : "Run the flows' critical path in a second region (active-active or warm standby) with data"
                                + " replicated across regions; rehearse a regional failover.");
    }
}
