package dev.faultline.export.text;

import java.util.List;

import dev.faultline.analysis.compare.Comparison.AvailabilityChange;
import dev.faultline.analysis.fix.VerifiedFix;

/** {@code analyze --suggest-fixes}: the cheapest verified fix per finding, as a section after the findings. */
public final class FixText {
    private FixText() {
    }

    public static String render(List<VerifiedFix> fixes) {
        StringBuilder sb = new StringBuilder("\nVerified fixes: ").append(fixes.size()).append('\n');
        for (VerifiedFix f : fixes) {
            sb.append("  ").append(f.finding().rule()).append(' ').append(f.finding().nodes()).append(": ")
                    .append(line(f)).append('\n');
            for (String e : f.edits()) sb.append("      --apply '").append(e).append("'\n");
        }
        return sb.toString();
    }

    /** "run 2 instances of orders-db: +420/month, checkout 99.87 % → 99.97 %". */
    public static String line(VerifiedFix f) {
        StringBuilder sb = new StringBuilder(f.title());
        if (f.monthlyCost() != null) {
            sb.append(": ").append(f.monthlyCost() >= 0 ? "+" : "-").append(ComparisonText.money(Math.abs(f.monthlyCost())))
                    .append("/month");
        } else {
            sb.append(": cost unknown (no monthlyCost)");
        }
        for (AvailabilityChange a : f.comparison().availability()) {
            if (a.before() != null && a.after() != null && !a.before().equals(a.after())) {
                sb.append(", ").append(a.flow()).append(' ').append(ComparisonText.percent(a.before())).append(" → ")
                        .append(ComparisonText.percent(a.after()));
            }
        }
        return sb.toString();
    }
}
