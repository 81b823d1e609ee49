package dev.faultline.analysis.availability;

import java.util.Locale;

/** How a flow's availability compares with its SLO. */
public enum Verdict {
    MEETS, INFEASIBLE, NO_SLO;

    /** The contract's spelling: {@code meets}, {@code infeasible}, {@code no-slo}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
