package dev.faultline.analysis.cost;

import java.util.List;

/**
 * What one team pays per month, or the unowned nodes when {@code team} is null. {@code monthly} is the sum of
 * monthlyCost × replicas and {@code redundancyPremium} the sum of monthlyCost × (replicas − minHealthy) over the
 * line's priced nodes; both are null when none of its nodes has a cost (the file gives no figure, none is invented).
 * {@code unpriced} names the line's nodes without a cost, in file order.
 */
public record CostLine(String team, int nodes, Double monthly, Double redundancyPremium, List<String> unpriced) {
    public CostLine {
        unpriced = List.copyOf(unpriced);
    }

    public boolean unowned() {
        return team == null;
    }
}
