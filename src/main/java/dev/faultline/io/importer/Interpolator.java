package dev.faultline.io.importer;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Compose variable interpolation: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}} (unset or empty),
 * {@code ${VAR-default}} (unset), {@code ${VAR:+alt}} / {@code ${VAR+alt}}, {@code ${VAR:?msg}} / {@code ${VAR?msg}},
 * and {@code $$} for a literal dollar. Defaults may themselves hold variables. Variables that are unset and have no
 * default read as empty, as in Compose, and are remembered so the report can name them.
 */
final class Interpolator {
    private final Map<String, String> variables;
    private final Set<String> unset = new LinkedHashSet<>();
    /** Values whose defaults nest deeper than {@link #MAX_NESTING}: kept as written, so the importer must say so. */
    private final Set<String> tooDeep = new LinkedHashSet<>();

    Interpolator(Map<String, String> variables) {
        this.variables = variables;
    }

    /** Names used without a value (and without a default), in first-use order. */
    Set<String> unset() {
        return unset;
    }

    /** The start of each value left as written because its defaults nest too deep, in first-seen order. */
    Set<String> tooDeep() {
        return tooDeep;
    }

    /** Defaults nest ({@code ${A:-${B:-x}}}); real files use two or three levels, hostile ones thousands. */
    static final int MAX_NESTING = 16;

    String interpolate(String text) {
        return interpolate(text, 0);
    }

    private String interpolate(String text, int depth) {
        if (text == null || text.indexOf('$') < 0) return text;
        if (depth > MAX_NESTING) {
            if (tooDeep.size() < 100) tooDeep.add(text.length() <= 60 ? text : text.substring(0, 60) + "\u2026");
            return text;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
            } else if (next == '{') {
                int close = matchingBrace(text, i + 1);
                if (close < 0) { // not closed: keep as written
                    out.append(text, i, text.length());
                    break;
                }
                out.append(expand(text.substring(i + 2, close), depth));
                i = close + 1;
            } else if (Character.isLetter(next) || next == '_') {
                int end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) end++;
                out.append(lookup(text.substring(i + 1, end)));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int j = open; j < text.length(); j++) {
            char ch = text.charAt(j);
            if (ch == '{') depth++;
            else if (ch == '}' && --depth == 0) return j;
        }
        return -1;
    }

    private String expand(String expression, int depth) {
        int j = 0;
        while (j < expression.length() && (Character.isLetterOrDigit(expression.charAt(j)) || expression.charAt(j) == '_')) j++;
        String name = expression.substring(0, j);
        String rest = expression.substring(j);
        String value = variables.get(name);
        boolean colon = rest.startsWith(":");
        String op = colon ? rest.substring(1) : rest;
        boolean missing = colon ? value == null || value.isEmpty() : value == null;
        if (op.startsWith("-")) return missing ? interpolate(op.substring(1), depth + 1) : value;
        if (op.startsWith("+")) return missing ? "" : interpolate(op.substring(1), depth + 1);
        if (op.startsWith("?")) {
            if (missing) unset.add(name);
            return missing ? "" : value;
        }
        return lookup(name);
    }

    private String lookup(String name) {
        String value = variables.get(name);
        if (value == null) {
            unset.add(name);
            return "";
        }
        return value;
    }
}
