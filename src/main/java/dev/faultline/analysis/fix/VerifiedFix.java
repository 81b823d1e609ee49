package dev.faultline.analysis.fix;

import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.compare.Comparison;

/**
 * A fix that was applied in memory and re-analysed: it removes {@code finding} and does not regress the topology.
 *
 * @param monthlyCost what it adds per month (replicas x monthlyCost), or null when a node it scales has no price
 * @param comparison  the whole effect, with the availability it buys once the analysis reports availability
 */
public record VerifiedFix(Finding finding, String title, List<String> edits, Double monthlyCost, Comparison comparison) {
    public VerifiedFix {
        edits = List.copyOf(edits);
    }
}
