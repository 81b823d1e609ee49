package dev.faultline.model;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean ...?" for misspelt ids and kinds: the nearest candidate by edit distance, if close enough. */
public final class Suggestions {
    private Suggestions() {
    }

    public static Optional<String> nearest(String wanted, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(wanted.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null) return Optional.empty();
        int allowed = Math.max(2, Math.min(wanted.length(), best.length()) / 3);
        boolean prefix = best.startsWith(wanted) || wanted.startsWith(best);
        return bestDistance <= allowed || (prefix && Math.min(wanted.length(), best.length()) >= 3)
                ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean 'x'?)" or an empty string. */
    public static String didYouMean(String wanted, Collection<String> candidates) {
        return nearest(wanted, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** Levenshtein distance; inputs are ids of at most 200 characters, so two rows are plenty. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
