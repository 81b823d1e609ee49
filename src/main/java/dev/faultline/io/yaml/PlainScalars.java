package dev.faultline.io.yaml;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@link PlainBytesReader} does once a scalar's text is cut out: how it resolves (as Jackson's YAML parser does,
 * for the forms it reads), and its way out for anything else; also its limits. Shared with its oracle, the string
 * reader it replaced ({@code PlainBlockReader} in the test tree).
 */
final class PlainScalars {
    /** Deeper than any topology (about 5 levels) and well within the full reader's limit. */
    static final int MAX_DEPTH = 40;
    static final int SMALL_MAPPING = 16;
    static final int MAX_SHARED_KEYS = 1_000;
    /** A power of two, over twice {@link #MAX_SHARED_KEYS}: probes stay short. */
    static final int KEY_TABLE = 2_048;
    /** The value table's first size (a power of two); it doubles at half full, up to {@link #MAX_SHARED_VALUES}. */
    static final int VALUE_TABLE = 1_024;
    static final int MAX_SHARED_VALUES = 1 << 18;
    /** A value not found within this many slots is not shared: keys made to collide cannot make reading quadratic. */
    static final int MAX_PROBES = 16;
    /** Words YAML 1.1 resolves to a boolean or null; only the lower-case true, false and null are read here. */
    private static final Set<String> SPECIAL_WORDS =
            Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    /** "Not mine": unwinds the parse; carries no stack trace, since it is the normal way out for other YAML. */
    static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    static final NotPlain NOT_PLAIN = new NotPlain();

    private PlainScalars() {
    }

    static boolean wordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    static boolean contains(List<YamlMap.Entry> entries, String key) {
        for (int i = 0, n = entries.size(); i < n; i++) { // indexed: no iterator per key (C1 keeps them)
            if (entries.get(i).key().equals(key)) return true;
        }
        return false;
    }

    /** A plain scalar resolved as Jackson's YAML parser does, for the forms read here. */
    static YamlScalar scalar(String text, long at) {
        char c = text.charAt(0);
        if ((c >= '0' && c <= '9') || c == '-') return number(text, at);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            if (text.length() <= 5 && SPECIAL_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
                return switch (text) {
                    case "true" -> new YamlScalar(text, YamlScalar.Type.BOOLEAN, 1, at);
                    case "false" -> new YamlScalar(text, YamlScalar.Type.BOOLEAN, 0, at);
                    case "null" -> new YamlScalar(text, YamlScalar.Type.NULL, null, at);
                    default -> throw NOT_PLAIN; // Yes, off, NULL, ...
                };
            }
            return new YamlScalar(text, YamlScalar.Type.STRING, null, at);
        }
        if (text.equals("~")) return new YamlScalar(text, YamlScalar.Type.NULL, null, at);
        throw NOT_PLAIN; // an indicator ('&', '*', '!', '|', '>', '{', '?', '%', '@', ...) or another form
    }

    /** {@code 12}, {@code -3} (Integer, or Long when larger) and {@code 1.5}, {@code -0.25} (Double); else not mine. */
    private static YamlScalar number(String text, long at) {
        int i = text.charAt(0) == '-' ? 1 : 0;
        int digits = digitsFrom(text, i);
        if (digits == 0 || (digits > 1 && text.charAt(i) == '0')) throw NOT_PLAIN; // "-", "-x", leading zeros
        int end = i + digits;
        if (end == text.length()) {
            if (digits > 18 || (i == 1 && digits == 1 && text.charAt(1) == '0')) throw NOT_PLAIN; // huge, "-0"
            long value = Long.parseLong(text);
            Number n; // not a ?: expression, which would widen the Integer to a Long
            if (value == (int) value) n = Integer.valueOf((int) value);
            else n = Long.valueOf(value);
            return new YamlScalar(text, YamlScalar.Type.INTEGER, n, at);
        }
        if (text.charAt(end) != '.' || end - i > 15) throw NOT_PLAIN;
        int fraction = digitsFrom(text, end + 1);
        if (fraction == 0 || fraction > 15 || end + 1 + fraction != text.length()) throw NOT_PLAIN;
        return new YamlScalar(text, YamlScalar.Type.FLOAT, Double.parseDouble(text), at);
    }

    private static int digitsFrom(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') j++;
        return j - i;
    }
}
