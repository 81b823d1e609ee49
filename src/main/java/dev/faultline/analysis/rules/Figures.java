package dev.faultline.analysis.rules;

import java.util.Locale;

/**
 * How the latency and capacity rules print numbers: whole values without ".0", else one or two decimals.
 * <p>
 * The text is that of {@code String.format(Locale.ROOT, "%.1f")} (or {@code "%.2f"}) with trailing zeros dropped.
 * A 50,000-node analysis prints ~100,000 such figures, and the formatter plus a regular expression per figure was
 * most of the over-capacity rule's time (issue #18), so the usual values take a direct path that gives the same
 * text: whole numbers, and positive values in [0.001, 10^7), where the formatter rounds half up the same decimal
 * digits as {@link Double#toString} (a test compares both ways on millions of values). Anything else is formatted.
 */
final class Figures {
    /** Whole values below this print as their digits (every integer below 2^53 is exact). */
    private static final double WHOLE_LIMIT = 1e15;
    /** The range in which {@link Double#toString} gives the formatter's digits (no exponent form). */
    private static final double DIGITS_FROM = 1e-3;
    private static final double DIGITS_TO = 1e7;

    private Figures() {
    }

    static String ms(double v) {
        return decimals(v, 1);
    }

    static String ratio(double v) {
        return decimals(v, 2);
    }

    /** {@code v} with at most {@code places} decimals, rounded half up, without trailing zeros. */
    static String decimals(double v, int places) {
        if (v == Math.rint(v) && Math.abs(v) < WHOLE_LIMIT && (v != 0 || 1 / v > 0)) {
            return Long.toString((long) v);
        }
        if (v >= DIGITS_FROM && v < DIGITS_TO) return rounded(Double.toString(v), places);
        return formatted(v, places);
    }

    /**
     * {@code digits} (a positive decimal with a point and no exponent) rounded half up to {@code places} decimals,
     * without trailing zeros: what {@code new BigDecimal(digits).setScale(places, HALF_UP).toPlainString()}, trimmed,
     * gives, done on the characters (issue #18: the BigDecimal way made eight objects per figure, ~100,000 figures at
     * 50,000 nodes).
     */
    private static String rounded(String digits, int places) {
        int keep = digits.indexOf('.') + 1 + places;
        if (keep >= digits.length()) return trim(digits);
        char[] d = new char[keep + 1]; // d[0]: room for a digit carried out of the first one
        digits.getChars(0, keep, d, 1);
        int start = 1;
        if (digits.charAt(keep) >= '5') {
            int i = keep;
            while (true) {
                if (i == 0) {
                    d[0] = '1';
                    start = 0;
                    break;
                }
                if (d[i] == '.') {
                    i--;
                } else if (d[i] == '9') {
                    d[i--] = '0';
                } else {
                    d[i]++;
                    break;
                }
            }
        }
        int end = keep + 1;
        while (d[end - 1] == '0') end--;
        if (d[end - 1] == '.') end--;
        return new String(d, start, end - start);
    }

    /** The formatter's way, for every value (the tests' reference for {@link #decimals}). */
    static String formatted(double v, int places) {
        return trim(String.format(Locale.ROOT, "%." + places + "f", v));
    }

    private static String trim(String s) {
        if (s.indexOf('.') < 0) return s;
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        if (s.charAt(end - 1) == '.') end--;
        return s.substring(0, end);
    }
}
