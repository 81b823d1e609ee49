package dev.faultline.analysis.rules;

import java.util.List;

/** The registry of built-in rules, in a fixed order. Rule ids are stable: scripts and suppressions rely on them. */
public final class Rules {
    private Rules() {
    }

    public static List<Rule> defaults() {
        return List.of(
                new SpofRule(),
                new FailureDomainRule(),
                new SingleZoneRule(),
                new SharedDatastoreRule(),
                new DeepSyncChainRule(),
                new SyncCycleRule(),
                new ExternalWithoutFallbackRule(),
                new UnguardedSyncCallRule(),
                new FlowWithoutSloRule(),
                new ObservabilityGapRule(),
                new KnowledgeSiloRule(),
                new UnownedCriticalRule(),
                new ResidencyPlacementRule(),
                new ResidencyFlowRule(),
                new ResidencyFailoverRule(),
                new ComplianceScopeRule(),
                new LatencyBudgetRule(),
                new HangExceedsBudgetRule(),
                new TimeoutInversionRule(),
                new OverCapacityRule(),
                new NoCapacityHeadroomRule(),
                new RetryStormRule(),
                new SloInfeasibleRule(),
                new DoubleFaultRule(),
                new CorrelatedFallbackRule());
    }
}
