package dev.faultline.analysis.availability;

import java.util.Locale;

/** How an availability was computed: exactly, or by Monte Carlo sampling (then with a 95 % interval). */
public enum Method {
    EXACT, MONTE_CARLO;

    /** The contract's spelling: {@code exact}, {@code monte-carlo}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
