package dev.faultline.analysis.fix;

import java.util.List;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.compare.FindingKey;

/**
 * How to fix the findings of one rule: candidate edits, and when a finding counts as gone. Candidates are only
 * proposals; the advisor applies each one and re-runs the analysis before it offers it.
 */
public interface FixRecipe {
    String rule();

    List<FixCandidate> candidates(AnalysisReport report, Finding finding);

    /**
     * The finding of {@code before} is gone from {@code after}: by default no finding there has its rule and nodes.
     * {@code before} lets a recipe look the finding's subject up as data instead of reading it from the message.
     */
    default boolean resolved(AnalysisReport before, Finding finding, AnalysisReport after) {
        FindingKey key = FindingKey.of(finding);
        return after.findings().stream().noneMatch(f -> FindingKey.of(f).equals(key));
    }
}
