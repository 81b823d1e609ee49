package dev.faultline.io.v1;

import java.util.Collection;

import dev.faultline.model.Suggestions;

/**
 * "Did you mean" costs an edit distance per candidate, so a generated 50,000-node file full of broken references
 * could spend minutes on hints alone. Hints are computed only for actual unknown names, and only until a fixed
 * amount of comparison work is used up; later problems are still reported, just without a hint.
 */
final class SuggestionBudget {
    static final long COMPARISONS = 2_000_000;

    private long remaining = COMPARISONS;

    String didYouMean(String wanted, Collection<String> candidates) {
        // An edit distance costs length x length: a hostile 100,000-character name is nothing like any id anyway.
        if (wanted.length() > IdRegistry.MAX_LENGTH || candidates.size() > remaining) return "";
        remaining -= candidates.size();
        return Suggestions.didYouMean(wanted, candidates);
    }
}
