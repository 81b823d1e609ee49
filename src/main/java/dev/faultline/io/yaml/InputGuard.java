package dev.faultline.io.yaml;

import java.util.Locale;
import java.util.Optional;

/**
 * Refuses hostile or accidental non-topology input before the YAML parser sees it: cheap linear scans that keep
 * memory bounded and turn every refusal into a positioned problem, never an exception.
 */
public final class InputGuard {
    /** Admits a 50,000-service topology (about 17 MB) with room to spare; anything bigger is refused unread. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /**
     * SnakeYAML scans a run without whitespace in time quadratic in its length (3 M characters took 6 s), and no
     * real topology line comes near this, so longer lines are refused before parsing.
     */
    public static final int MAX_LINE_CHARS = 100_000;

    private InputGuard() {
    }

    /** The file's size, as the refusal message shows it. */
    public static String tooBigMessage(long bytes) {
        return String.format(Locale.ROOT, "the file is %.1f MiB; Faultline reads topology files up to %d MiB",
                bytes / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024));
    }

    /** Checks raw bytes and decodes them as UTF-8 (a UTF-8 byte order mark is skipped). */
    public static Optional<String> decode(byte[] bytes, ProblemLog log) {
        if (bytes.length > MAX_BYTES) {
            log.error(1, 1, tooBigMessage(bytes.length));
            return Optional.empty();
        }
        if (bytes.length == 0) {
            log.error(1, 1, "the file is empty; a topology needs at least 'faultline: 1', 'name' and 'nodes'");
            return Optional.empty();
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            log.error(1, 1, "the file is UTF-16 encoded; save it as UTF-8");
            return Optional.empty();
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            log.error(lineOf(bytes, nul), columnOf(bytes, nul),
                    "not a text file: it contains a NUL byte (is this a binary file?)");
            return Optional.empty();
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        // No NUL byte, so no NUL character: strict UTF-8 decodes only a zero byte to U+0000.
        return utf8(bytes, start, log).flatMap(text -> checkText(text, log, false));
    }

    /**
     * A reader of the file's bytes as they are, when {@link #decode}'s checks but the characters' pass (the size, an
     * empty file, no line too long) find nothing wrong; the reader itself refuses every byte but printable ASCII, line
     * feeds and well-formed UTF-8 of the characters the plain reader reads, whose decoding would then find nothing
     * wrong either (a line's characters are never more than its bytes, so no line is too long) (issue #18: generated
     * files and the samples are read without decoding them; decoding's passes and copy cost about 0.1 s at 50,000
     * nodes). Empty otherwise: decode the bytes, which reports what is wrong.
     */
    public static Optional<PlainBytesReader> undecoded(byte[] bytes) {
        if (bytes.length > MAX_BYTES) return Optional.empty();
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (start == bytes.length || !noLineTooLong(bytes, start)) return Optional.empty();
        return Optional.of(new PlainBytesReader(bytes, start));
    }

    /** {@link #noLineTooLong(String)} of the bytes from {@code from} on, a byte for a character. */
    static boolean noLineTooLong(byte[] bytes, int from) {
        int n = bytes.length;
        for (int p = from; n - p > MAX_LINE_CHARS; ) {
            int lineBreak = p + MAX_LINE_CHARS;
            while (lineBreak >= p && bytes[lineBreak] != '\n') lineBreak--;
            if (lineBreak < p) return false;
            p = lineBreak + 1;
        }
        return true;
    }

    /** Checks text that is already decoded (the {@code parse(String)} entry point). */
    public static Optional<String> checkText(String text, ProblemLog log) {
        return checkText(text, log, true);
    }

    private static Optional<String> checkText(String text, ProblemLog log, boolean mayHoldNul) {
        if (text.length() > MAX_BYTES) {
            log.error(1, 1, tooBigMessage(text.length()));
            return Optional.empty();
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (text.isEmpty()) {
            log.error(1, 1, "the file is empty; a topology needs at least 'faultline: 1', 'name' and 'nodes'");
            return Optional.empty();
        }
        // Line by line with indexOf (a tight loop in String, not a bounds-checked charAt per character: this runs over
        // every character of a big file before parsing starts, in code the JIT has not compiled yet; issue #18).
        // Whichever comes first in the text is reported, as a scan character by character would.
        int nul = mayHoldNul ? text.indexOf('\0') : -1;
        if (nul < 0 && noLineTooLong(text)) return Optional.of(text);
        int line = 1;
        for (int lineStart = 0, n = text.length(); ; line++) {
            int end = text.indexOf('\n', lineStart);
            if (end < 0) end = n;
            int tooLongAt = end - lineStart > MAX_LINE_CHARS ? lineStart + MAX_LINE_CHARS : -1;
            if (nul >= 0 && nul < end && (tooLongAt < 0 || nul <= tooLongAt)) {
                log.error(line, nul - lineStart + 1,
                        "not a text file: it contains a NUL character (is this a binary file?)");
                return Optional.empty();
            }
            if (tooLongAt >= 0) {
                log.error(line, MAX_LINE_CHARS + 1, "line " + line + " is longer than " + MAX_LINE_CHARS
                        + " characters; split long values (YAML lists can span lines)");
                return Optional.empty();
            }
            if (end == n) break;
            lineStart = end + 1;
        }
        return Optional.of(text);
    }

    /**
     * No line is longer than {@link #MAX_LINE_CHARS}, found by jumping: from a line's start, the last line break within
     * that many characters ends a line short enough, and every line before it is shorter still. Reads a few characters
     * per jump instead of every character of the file (run by code not yet compiled; issue #18).
     */
    static boolean noLineTooLong(String text) {
        int n = text.length();
        for (int p = 0; n - p > MAX_LINE_CHARS; ) {
            int lineBreak = text.lastIndexOf('\n', p + MAX_LINE_CHARS);
            if (lineBreak < p) return false;
            p = lineBreak + 1;
        }
        return true;
    }

    private static Optional<String> utf8(byte[] bytes, int start, ProblemLog log) {
        Utf8.Decoded d = Utf8.decode(bytes, start);
        if (d.ok()) return Optional.of(d.text());
        log.error(lineOf(bytes, d.badByte()), columnOf(bytes, d.badByte()), d.problem(bytes));
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) return i;
        }
        return -1;
    }

    /** 1-based line of a byte offset. */
    public static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }

    /** 1-based column of a byte offset, counted in characters: UTF-8 continuation bytes do not start one. */
    public static int columnOf(byte[] bytes, int offset) {
        int column = 1;
        for (int i = offset - 1; i >= 0 && bytes[i] != '\n'; i--) {
            if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return column;
    }
}
