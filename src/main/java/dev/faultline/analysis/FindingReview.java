package dev.faultline.analysis;

import java.util.Locale;
import java.util.Optional;

/**
 * A reviewer's decision on one finding: accepted as a known risk, or ignored (not relevant here), with a note saying
 * why. Kept beside the topology file (never in it) and carried into the review reports as "accepted risks".
 *
 * @param key    which finding: {@link #keyOf(Finding)}, stable across runs as long as the rule and its nodes are
 * @param status accepted or ignored
 * @param note   the reviewer's reason, may be empty
 */
public record FindingReview(String key, Status status, String note) {
    public enum Status {
        ACCEPTED, IGNORED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Status> fromId(String id) {
            for (Status s : values()) if (s.id().equals(id)) return Optional.of(s);
            return Optional.empty();
        }
    }

    public FindingReview {
        note = note == null ? "" : note.strip();
    }

    /** The rule id and the nodes it names: what identifies a finding from one run to the next. */
    public static String keyOf(Finding f) {
        return f.rule() + ":" + String.join(",", f.nodes());
    }

    /** The finding of a report this decision is about, if the report still has it. */
    public Optional<Finding> findingIn(AnalysisReport report) {
        return report.findings().stream().filter(f -> keyOf(f).equals(key)).findFirst();
    }
}
