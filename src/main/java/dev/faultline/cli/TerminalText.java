package dev.faultline.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Makes text from a user's file safe to print on a terminal or in a CI log. Names, ids and paths come from files a
 * colleague committed or a pipeline generated: an ESC could clear the screen or set the window title, a carriage
 * return could overwrite the line and forge a {@code FILE:1:1: error:} line. Every control character except the
 * newline and tab that a report itself uses is shown as a visible escape ({@code \e}, {@code \r}, {@code \x07},
 * {@code \u009b}) instead. Above U+007F the escape is JSON's own, so JSON on standard output means the same.
 */
final class TerminalText {
    private TerminalText() {
    }

    /** One line or a multi-line report: keeps {@code \n} and {@code \t}, escapes every other control character. */
    static String escape(String text) {
        if (text == null) return "null";
        int i = firstUnsafe(text);
        if (i < 0) return text;
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (int n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                out.append(c);
            } else if (c == '\u001b') {
                out.append("\\e");
            } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                out.append(c); // a Windows line end
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /**
     * One line that must stay one line: a problem ({@code FILE:LINE:COL: error: ...}) or a message with a path or
     * value in it. A newline in a value (a file name may hold one) could otherwise start a forged problem line.
     */
    static String line(String text) {
        return escape(text).replace("\n", "\\n").replace("\t", "\\t");
    }

    /**
     * A writer that escapes as it goes: everything a command prints goes through one of these, so no code path can
     * forget. JSON and SARIF escape control characters themselves, so they pass through unchanged.
     */
    static PrintWriter guard(PrintWriter target) {
        return new PrintWriter(new Escaping(target), true);
    }

    private static final class Escaping extends Writer {
        private final PrintWriter target;

        Escaping(PrintWriter target) {
            this.target = target;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            target.write(escape(new String(buf, off, len)));
        }

        @Override
        public void write(String s, int off, int len) {
            target.write(escape(s.substring(off, off + len)));
        }

        @Override
        public void flush() {
            target.flush();
        }

        @Override
        public void close() {
            target.flush();
        }
    }

    private static int firstUnsafe(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (unsafe(text.charAt(i))) return i;
        }
        return -1;
    }

    /**
     * C0 and C1 controls and DEL, and the Unicode line and paragraph separators and bidi overrides, which reorder or
     * break what a reader sees.
     */
    private static boolean unsafe(char c) {
        if (c == '\n' || c == '\t') return false;
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
