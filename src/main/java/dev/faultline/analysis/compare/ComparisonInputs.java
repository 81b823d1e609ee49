package dev.faultline.analysis.compare;

import java.util.List;
import java.util.Map;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.cost.CostReport;
import dev.faultline.model.Topology;
import dev.faultline.simulation.NodeLossOutcome;

/**
 * What one version contributes to a comparison: its analysis, plus the per-flow availability, the double faults and
 * the monthly cost, each read from the report by one small static method below ({@link #availabilityOf},
 * {@link #doubleFaultsOf}, {@link #monthlyCostOf}).
 *
 * @param topology     the version's topology; null for {@link #absent()}
 * @param availability flow id to the probability the flow is up; only flows with a figure
 * @param monthlyCost  monthlyCost x replicas over the priced nodes, or null when no node has a price
 */
public record ComparisonInputs(Topology topology, List<Spof> spofs, List<DomainSpof> domainSpofs,
                               List<Finding> findings, List<NodeLossOutcome> blastRadius,
                               Map<String, Double> availability, List<DoubleFaultPair> doubleFaults,
                               Double monthlyCost) {
    public ComparisonInputs {
        spofs = List.copyOf(spofs);
        domainSpofs = List.copyOf(domainSpofs);
        findings = List.copyOf(findings);
        blastRadius = List.copyOf(blastRadius);
        availability = Map.copyOf(availability);
        doubleFaults = List.copyOf(doubleFaults);
    }

    public static ComparisonInputs of(AnalysisReport r) {
        return new ComparisonInputs(r.topology(), r.spofs(), r.domainSpofs(), r.findings(), r.blastRadius(),
                availabilityOf(r), doubleFaultsOf(r), monthlyCostOf(r.topology()));
    }

    /** A version that does not exist (a file added since the base revision): compared with it, everything is new. */
    public static ComparisonInputs absent() {
        return new ComparisonInputs(null, List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), null);
    }

    /** Per-flow availability (risk-model.md §1), by flow id. */
    static Map<String, Double> availabilityOf(AnalysisReport r) {
        Map<String, Double> byFlow = new java.util.LinkedHashMap<>();
        r.availability().forEach(a -> byFlow.put(a.flow(), a.availability()));
        return byFlow;
    }

    /** Order-2 cut sets (risk-model.md §2), every pair. */
    static List<DoubleFaultPair> doubleFaultsOf(AnalysisReport r) {
        return r.doubleFaults().pairs().stream().map(p -> new DoubleFaultPair(p.events(), p.flowsDown())).toList();
    }

    /** monthlyCost x replicas summed over the nodes that have a price (risk-model.md §5); null when none has. */
    public static Double monthlyCostOf(Topology t) {
        return CostReport.of(t).total();
    }
}
