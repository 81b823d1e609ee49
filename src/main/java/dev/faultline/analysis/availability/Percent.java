package dev.faultline.analysis.availability;

import java.util.Locale;

/** Availabilities as people read them: enough decimals to show the digits after the nines ("99.8999 %"). */
public final class Percent {
    private Percent() {
    }

    public static String of(double probability) {
        double missing = 1 - probability;
        int decimals = missing <= 0 ? 2 : (int) Math.max(2, Math.min(8, Math.ceil(-Math.log10(missing) - 1e-6) - 1));
        return String.format(Locale.ROOT, "%." + decimals + "f %%", probability * 100);
    }

    /** A share of the unavailability, e.g. "99.6 %". */
    public static String share(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    /** Minutes a year, e.g. "526.7 min/year". */
    public static String minutesPerYear(double minutes) {
        return String.format(Locale.ROOT, "%.1f min/year", minutes);
    }
}
