package dev.faultline.io.v1;

import java.nio.charset.StandardCharsets;

/**
 * The searches {@link PlainSplitRead} makes in a file's bytes from {@code start} (after a byte order mark) to cut it
 * in two (issue #18). They look only at line feeds, spaces, dashes, colons and ASCII letters, which are single bytes
 * in UTF-8 (no byte of a longer character looks like one); what lies between them may be any byte (the plain reader
 * refuses the ones it does not read).
 */
final class AsciiText {
    private final byte[] t;
    private final int start;

    AsciiText(byte[] bytes, int start) {
        this.t = bytes;
        this.start = start;
    }

    int length() {
        return t.length - start;
    }

    /**
     * The start of the first line at or after {@code aim} that is a list item ({@code - } after spaces only) whose
     * previous line is indented deeper (the previous item's last line: so the cut is never a list's first item,
     * where the first part would end in a key without its value), or -1.
     */
    int cutBeforeItem(int aim) {
        int previous = aim > start ? lastLineFeed(aim - 1) + 1 : start;
        int line = lineFeed(previous);
        for (int seen = 0; line >= 0 && line + 1 < t.length && seen < PlainSplitRead.SEARCH_LINES; seen++) {
            int lineStart = line + 1;
            int column = indentation(lineStart);
            int dash = lineStart + column;
            if (previous > start && dash < t.length && t[dash] == '-'
                    && (dash + 1 == t.length || t[dash + 1] == ' ' || t[dash + 1] == '\n')
                    && deeperContent(previous, column)) {
                return lineStart;
            }
            previous = lineStart;
            line = lineFeed(lineStart);
        }
        return -1;
    }

    private boolean deeperContent(int lineStart, int column) {
        int ind = indentation(lineStart);
        int c = lineStart + ind;
        return ind > column && c < t.length && t[c] != '\n' && t[c] != '#';
    }

    /** The spaces at the start of the line that starts at {@code at}. */
    int indentation(int at) {
        int i = at;
        while (i < t.length && t[i] == ' ') i++;
        return i - at;
    }

    /** The first line feed at or after {@code from}, or -1. */
    private int lineFeed(int from) {
        for (int i = from; i < t.length; i++) {
            if (t[i] == '\n') return i;
        }
        return -1;
    }

    /** The last line feed at or before {@code from} and not before the text's start, or {@code start - 1}. */
    private int lastLineFeed(int from) {
        int i = from;
        while (i >= start && t[i] != '\n') i--;
        return i;
    }

    /**
     * The start of the first line after {@code aim} that begins with a letter (a top-level key, in a plain file), or
     * -1: where a file is cut when it cannot be cut inside a list.
     */
    int cutBeforeTopKey(int aim) {
        for (int i = lineFeed(Math.max(aim, start)); i >= 0 && i + 1 < t.length; i = lineFeed(i + 1)) {
            if (isLetter(t[i + 1])) return i + 1;
        }
        return -1;
    }

    /** The line feeds before {@code cut}: the lines of the file before a part that starts there. */
    int lineFeedsBefore(int cut) {
        int lines = 0;
        for (int i = start; i < cut; i++) {
            if (t[i] == '\n') lines++;
        }
        return lines;
    }

    /** A top-level key ({@code name} on line {@code line}) and the line breaks before the cut. */
    record TopKey(String name, int line, int linesBefore) {
    }

    /** The line breaks before {@code cut} and the last top-level key before it; null when there is none. */
    TopKey lastTopKeyBefore(int cut) {
        byte[] t = this.t;
        int lines = 0;
        int keyStart = start < t.length && isLetter(t[start]) ? start : -1;
        int keyLine = 1;
        for (int i = start; i < cut; i++) {
            if (t[i] != '\n') continue;
            lines++;
            if (i + 1 < cut && isLetter(t[i + 1])) {
                keyStart = i + 1;
                keyLine = lines + 1;
            }
        }
        if (keyStart < 0) return null;
        int colon = keyStart;
        while (colon < cut && t[colon] != ':') colon++;
        if (colon >= cut) return null;
        return new TopKey(new String(t, keyStart, colon - keyStart, StandardCharsets.UTF_8), keyLine, lines);
    }

    private static boolean isLetter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }
}
