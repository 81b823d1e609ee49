package dev.faultline.export.json;

import java.util.List;

import dev.faultline.analysis.compare.Comparison.AvailabilityChange;
import dev.faultline.analysis.fix.VerifiedFix;

/**
 * {@code analyze --suggest-fixes --format json}: the key {@code fixes}, one entry per finding that has a verified
 * fix: {@code rule}, {@code nodes} (the finding's), {@code title}, {@code edits} (whatif syntax),
 * {@code monthlyCost} (added per month, null when unpriced) and {@code availability} (flows whose figure moves).
 */
public final class FixJson {
    private FixJson() {
    }

    public static void write(JsonWriter w, List<VerifiedFix> fixes) {
        w.name("fixes").beginArray();
        for (VerifiedFix f : fixes) {
            w.beginObject().field("rule", f.finding().rule()).field("nodes", f.finding().nodes())
                    .field("message", f.finding().message()).field("title", f.title()).field("edits", f.edits())
                    .field("monthlyCost", ComparisonJson.number(f.monthlyCost()));
            w.name("availability").beginArray();
            for (AvailabilityChange a : f.comparison().availability()) {
                w.beginObject().field("flow", a.flow()).field("before", ComparisonJson.number(a.before()))
                        .field("after", ComparisonJson.number(a.after())).endObject();
            }
            w.endArray().endObject();
        }
        w.endArray();
    }
}
