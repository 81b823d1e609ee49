package dev.faultline.io.yaml;

import java.nio.charset.StandardCharsets;

/**
 * For the tests of the bytes reader (issue #18): which texts and bytes it must read, written from the string
 * reader's rule ({@link PlainBlockReader#onlyPlainCharacters}), and byte offsets for character offsets.
 */
public final class PlainCharacters {
    /** Non-ASCII characters the bytes reader reads: é, ü, an em-dash, a no-break space, CJK, U+FFFD. */
    public static final String READABLE = "éü—\u00A0漢字\uFFFD";
    /** Characters neither reader reads: tab, CR, NEL, C1, line/paragraph separators, BOM, U+FFFE, an emoji. */
    public static final String REFUSED = "\t\r\u0085\u0080\u009F\u2028\u2029\uFEFF\uFFFE\uD83D\uDE00";

    private PlainCharacters() {
    }

    /** Every character is one the string reader reads: printable ASCII, line feeds, U+00A0 up (see above). */
    public static boolean readable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c >= 0x20 && c <= 0x7E)) continue;
            if (c < 0xA0 || Character.isSurrogate(c) || c >= 0xFFFE || c == 0xFEFF || c == 0x2028 || c == 0x2029) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every byte from {@code from} to {@code to} is printable ASCII (0x20 to 0x7E), a line feed, or part of a
     * well-formed UTF-8 sequence of a character the reader reads ({@link PlainBytesReader#charEnd}). No NUL, no tab,
     * no other line break, no byte order mark, nothing a decoder could refuse.
     */
    public static boolean plainBytes(byte[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = text[i];
            if (b >= 0x20 ? b != 0x7F : b == '\n') continue; // bytes over 0x7F are negative
            int end = b < 0 ? PlainBytesReader.charEnd(text, i, to) : -1;
            if (end < 0) return false;
            i = end - 1;
        }
        return true;
    }

    /** The byte offset of character offset {@code at} of {@code text} in its UTF-8 encoding. */
    public static int byteOffset(String text, int at) {
        return text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Malformed UTF-8 sequences, each refused by decoding: overlong forms, lone and stray continuation bytes, a
     * sequence cut short (by a line feed or a letter), surrogates encoded, leads that do not exist, code points beyond
     * U+10FFFF.
     */
    public static byte[][] malformed() {
        return new byte[][] {
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF},
            {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC3, (byte) 0xA9, (byte) 0xA9}, {(byte) 0xC3}, {(byte) 0xC3, 'a'},
            {(byte) 0xE2, (byte) 0x80}, {(byte) 0xE2, (byte) 0x80, 'a'}, {(byte) 0xC3, '\n'},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xFE}, {(byte) 0xFF},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        };
    }

    /** {@code a}, then {@code b}, then {@code c}. */
    public static byte[] join(byte[] a, byte[] b, byte[] c) {
        byte[] all = new byte[a.length + b.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(c, 0, all, a.length + b.length, c.length);
        return all;
    }
}
