package dev.faultline.analysis.cost;

import java.util.Locale;

/** Formats a monthly figure for people: whole amounts without decimals ("5400"), others with two; "–" for none. */
public final class Money {
    private Money() {
    }

    public static String format(Double v) {
        if (v == null) return "–";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString(v.longValue());
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
