package dev.faultline.analysis.rules;

import java.util.Locale;

/** How the latency and capacity rules print numbers: whole values without ".0", else one or two decimals. */
final class Figures {
    private Figures() {
    }

    static String ms(double v) {
        return trim(String.format(Locale.ROOT, "%.1f", v));
    }

    static String ratio(double v) {
        return trim(String.format(Locale.ROOT, "%.2f", v));
    }

    private static String trim(String s) {
        if (!s.contains(".")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
