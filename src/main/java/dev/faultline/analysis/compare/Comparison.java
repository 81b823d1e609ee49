package dev.faultline.analysis.compare;

import java.util.List;

import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Spof;
import dev.faultline.simulation.NodeLossOutcome;

/**
 * What changed between two versions of a topology (risk-model.md §6), everything matched by id. Lists are sorted
 * (SPOFs, nodes and flows by id; findings by severity (errors first), then rule, then nodes; blast radius in the new version's ranking order).
 * {@code reasons} says in words why it {@link #regressed()}, one line per cause; empty when it did not.
 */
public record Comparison(
        List<String> nodesAdded, List<String> nodesRemoved,
        List<Spof> spofsAdded, List<Spof> spofsRemoved, List<SpofChange> spofsChanged,
        List<DomainSpof> domainSpofsAdded, List<DomainSpof> domainSpofsRemoved,
        List<Finding> findingsAdded, List<Finding> findingsRemoved,
        List<String> flowsAdded, List<String> flowsRemoved,
        List<AvailabilityChange> availability,
        List<DoubleFaultPair> doubleFaultsAdded, List<DoubleFaultPair> doubleFaultsRemoved,
        List<BlastRadiusChange> blastRadius,
        Double costBefore, Double costAfter,
        List<String> reasons) {

    /** A SPOF in both versions whose cause or flowsDown changed. */
    public record SpofChange(String node, Spof before, Spof after) {
    }

    /** A common flow's availability; either side is null when that version has no figure. */
    public record AvailabilityChange(String flow, Double before, Double after) {
        /** Lower by more than the contract's 1e-9. */
        public boolean dropped() {
            return before != null && after != null && before - after > Comparer.AVAILABILITY_EPSILON;
        }
    }

    /** A common node whose blast-radius tuple (flows down, flows degraded, nodes down, nodes degraded) changed. */
    public record BlastRadiusChange(String node, NodeLossOutcome before, NodeLossOutcome after) {
        /** The new version loses a flow with this node that the old one did not. */
        public boolean grew() {
            return after.flowsDown().stream().anyMatch(f -> !before.flowsDown().contains(f));
        }
    }

    public Comparison {
        nodesAdded = List.copyOf(nodesAdded);
        nodesRemoved = List.copyOf(nodesRemoved);
        spofsAdded = List.copyOf(spofsAdded);
        spofsRemoved = List.copyOf(spofsRemoved);
        spofsChanged = List.copyOf(spofsChanged);
        domainSpofsAdded = List.copyOf(domainSpofsAdded);
        domainSpofsRemoved = List.copyOf(domainSpofsRemoved);
        findingsAdded = List.copyOf(findingsAdded);
        findingsRemoved = List.copyOf(findingsRemoved);
        flowsAdded = List.copyOf(flowsAdded);
        flowsRemoved = List.copyOf(flowsRemoved);
        availability = List.copyOf(availability);
        doubleFaultsAdded = List.copyOf(doubleFaultsAdded);
        doubleFaultsRemoved = List.copyOf(doubleFaultsRemoved);
        blastRadius = List.copyOf(blastRadius);
        reasons = List.copyOf(reasons);
    }

    public boolean regressed() {
        return !reasons.isEmpty();
    }

    /**
     * Regressed for a reason other than new double faults. A fix that gives a single point of failure its redundancy
     * turns it into pairs of failures by design (one event no longer suffices; two still do), so a fix is judged by
     * this, not by {@link #regressed()}. Each added pair gives exactly one reason.
     */
    public boolean regressedBeyondNewDoubleFaults() {
        return reasons.size() > doubleFaultsAdded.size();
    }

    /** {@code --fail-on new-spof}: a node or failure-domain SPOF that the old version did not have. */
    public boolean addsSpof() {
        return !spofsAdded.isEmpty() || !domainSpofsAdded.isEmpty();
    }

    /** Nothing at all differs in what the comparison looks at. */
    public boolean isEmpty() {
        return nodesAdded.isEmpty() && nodesRemoved.isEmpty() && spofsAdded.isEmpty() && spofsRemoved.isEmpty()
                && spofsChanged.isEmpty() && domainSpofsAdded.isEmpty() && domainSpofsRemoved.isEmpty()
                && findingsAdded.isEmpty() && findingsRemoved.isEmpty() && flowsAdded.isEmpty()
                && flowsRemoved.isEmpty() && availability.stream().allMatch(a -> java.util.Objects.equals(a.before(), a.after()))
                && doubleFaultsAdded.isEmpty() && doubleFaultsRemoved.isEmpty() && blastRadius.isEmpty()
                && java.util.Objects.equals(costBefore, costAfter);
    }
}
