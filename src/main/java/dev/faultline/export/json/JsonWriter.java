package dev.faultline.export.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A small pretty-printing JSON writer. Hand-written because output is all we need and Jackson stays confined to
 * {@code io}; it escapes every string per RFC 8259, so user-supplied ids cannot break the document.
 *
 * <p>The document is built as UTF-8 bytes (issue #18: a 50,000-node analysis is 196 MB of JSON, and building it as
 * text, then encoding it, cost a core-second under C1, which has no intrinsics for {@code charAt} on UTF-16 builders
 * nor for {@code String.getBytes}). A stream ({@link #JsonWriter(OutputStream)}) gets the bytes as they are; text
 * ({@link #toString()}, an {@code Appendable}) is decoded from them. Unpaired surrogates are written as {@code ?},
 * as Java's UTF-8 encoder writes them, so every output is the bytes the text writer and the encoder made before
 * ({@code JsonWriterOracleTest}).
 */
public final class JsonWriter {
    /** Streamed output is handed on in pieces of about this many bytes. */
    private static final int PIECE = 1 << 15;

    private byte[] buf;
    private int len;
    /** The stream being written to, or null. */
    private final OutputStream stream;
    /** The text being written to, or null. Both null: in memory ({@link #toString()}). */
    private final Appendable text;
    /** Per depth, whether the scope has had no element yet (index 1 is the outermost scope). */
    private boolean[] firstInScope = new boolean[16];
    private int depth;
    private boolean afterName;
    private final EncodedStrings encoded;

    /** Writes into memory; {@link #toString()} gives the document. */
    public JsonWriter() {
        this(null, null, 1 << 12, new EncodedStrings());
    }

    /** Streams to {@code out} as text (decoded from the UTF-8 it builds); call {@link #finish()} at the end. */
    public JsonWriter(Appendable out) {
        this(null, out, PIECE + 1024, new EncodedStrings());
    }

    /** Streams UTF-8 to {@code out}, in pieces of tens of kilobytes; call {@link #finish()} at the end. */
    public JsonWriter(OutputStream out) {
        this(out, null, PIECE + 1024, new EncodedStrings());
    }

    private JsonWriter(OutputStream stream, Appendable text, int capacity, EncodedStrings encoded) {
        this(stream, text, new byte[capacity], encoded);
    }

    private JsonWriter(OutputStream stream, Appendable text, byte[] buffer, EncodedStrings encoded) {
        this.stream = stream;
        this.text = text;
        this.buf = buffer;
        this.encoded = encoded;
    }

    /**
     * A piece of a document rendered on its own ({@link JsonParts}): it starts inside {@code depth} open scopes, the
     * innermost of which has had no element yet when {@code first}. Its {@link #fragmentBytes()} are exactly what a
     * writer of the whole document would have written for the same calls at that point. It writes into
     * {@code buffer} (whatever it holds; a bigger one if it outgrows it); it remembers encoded strings in
     * {@code encoded} (one per thread: not thread-safe).
     */
    static JsonWriter fragment(int depth, boolean first, byte[] buffer, EncodedStrings encoded) {
        JsonWriter f = new JsonWriter(null, null, buffer, encoded);
        for (int i = 0; i < depth; i++) f.push(i == depth - 1 && first);
        return f;
    }

    /**
     * What a {@link #fragment} wrote: its buffer, not a copy (the fragment is done with; the buffer may be given to
     * the next fragment once these bytes have been used).
     */
    Bytes fragmentBytes() {
        return new Bytes(buf, len);
    }

    /** Bytes in {@code array[0, length)}. */
    record Bytes(byte[] array, int length) {
    }

    /** Appends bytes rendered elsewhere ({@link JsonParts}) as they are: {@code length} bytes from {@code offset}. */
    void splice(byte[] bytes, int offset, int length) {
        if (length <= 0) return;
        if (stream == null && text == null) {
            ensure(length);
            System.arraycopy(bytes, offset, buf, len, length);
            len += length;
            return;
        }
        if (len > 0) handOn();
        try {
            if (stream != null) stream.write(bytes, offset, length);
            else text.append(new String(bytes, offset, length, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the document with a newline, and hands a stream what is left of it. */
    public void finish() {
        put((byte) '\n');
        handOn();
    }

    private void handOn() {
        if (stream == null && text == null) return;
        try {
            if (stream != null) stream.write(buf, 0, len);
            else text.append(new String(buf, 0, len, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        len = 0;
    }

    private void ensure(int more) {
        if (len + more <= buf.length) return;
        byte[] bigger = new byte[Math.max(buf.length * 2, len + more)];
        System.arraycopy(buf, 0, bigger, 0, len);
        buf = bigger;
    }

    private void put(byte b) {
        if (len == buf.length) ensure(1);
        buf[len++] = b;
    }

    private void put(byte[] bytes) {
        int n = bytes.length;
        ensure(n);
        System.arraycopy(bytes, 0, buf, len, n);
        len += n;
    }

    private void push(boolean first) {
        if (++depth == firstInScope.length) {
            firstInScope = java.util.Arrays.copyOf(firstInScope, depth * 2);
        }
        firstInScope[depth] = first;
    }

    public JsonWriter beginObject() {
        value();
        put((byte) '{');
        push(true);
        return this;
    }

    public JsonWriter endObject() {
        return close((byte) '}');
    }

    public JsonWriter beginArray() {
        value();
        put((byte) '[');
        push(true);
        return this;
    }

    public JsonWriter endArray() {
        return close((byte) ']');
    }

    private JsonWriter close(byte c) {
        boolean empty = firstInScope[depth--];
        if (!empty) newline();
        put(c);
        return this;
    }

    private static final byte[] NAME_END = {':', ' '};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    public JsonWriter name(String name) {
        separator();
        string(name);
        put(NAME_END);
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) {
        value();
        if (s == null) put(NULL);
        else string(s);
        return this;
    }

    /** As {@code n.toString()}; integers and doubles without a string in between. */
    public JsonWriter value(Number n) {
        value();
        if (n == null) put(NULL);
        else if (n instanceof Integer i) digits(i);
        else if (n instanceof Long l) digits(l);
        else if (n instanceof Double d) ascii(Double.toString(d));
        else raw(n.toString());
        return this;
    }

    /** As {@link #value(Number)} of the boxed value, without boxing it. */
    public JsonWriter value(int n) {
        value();
        digits(n);
        return this;
    }

    /** As {@link #value(Number)} of the boxed value, without boxing it. */
    public JsonWriter value(long n) {
        value();
        digits(n);
        return this;
    }

    public JsonWriter value(boolean b) {
        value();
        put(b ? TRUE : FALSE);
        return this;
    }

    public JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, Number value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, int value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, Collection<String> values) {
        name(name).beginArray();
        if (values instanceof List<String> list && values instanceof RandomAccess) {
            // No iterator: a 50,000-node document writes millions of lists (issue #18).
            for (int i = 0; i < list.size(); i++) value(list.get(i));
        } else {
            for (String v : values) value(v);
        }
        return endArray();
    }

    /** An object whose values are strings, in the map's iteration order. */
    public JsonWriter field(String name, Map<String, String> values) {
        name(name).beginObject();
        values.forEach(this::field);
        return endObject();
    }

    private void value() {
        if (afterName) {
            afterName = false;
            return;
        }
        separator();
    }

    private void separator() {
        if (depth == 0) return;
        if (!firstInScope[depth]) put((byte) ',');
        firstInScope[depth] = false;
        newline();
    }

    private void newline() {
        if (len >= PIECE && (stream != null || text != null)) handOn();
        if (depth < INDENTS.length) {
            put(INDENTS[depth]);
        } else {
            put((byte) '\n');
            for (int i = 0; i < depth; i++) put(INDENTS[1], 1, 2);
        }
    }

    private void put(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buf, len, length);
        len += length;
    }

    /** A newline and the indentation of each depth, made once: a 50,000-node document has millions of lines. */
    private static final byte[][] INDENTS = new byte[16][];

    static {
        for (int i = 0; i < INDENTS.length; i++) {
            INDENTS[i] = ("\n" + "  ".repeat(i)).getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** {@code Integer.toString(n)}, straight into the buffer. */
    private void digits(int n) {
        digits((long) n);
    }

    /** {@code Long.toString(n)}, straight into the buffer. */
    private void digits(long n) {
        if (n == Long.MIN_VALUE) {
            ascii(Long.toString(n));
            return;
        }
        ensure(20);
        if (n < 0) {
            buf[len++] = '-';
            n = -n;
        }
        int end = len + digitCount(n);
        for (int i = end - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        len = end;
    }

    private static int digitCount(long n) {
        int count = 1;
        while (n >= 10) {
            n /= 10;
            count++;
        }
        return count;
    }

    /** Text known to be ASCII (a number's digits): each char is its byte. */
    @SuppressWarnings("deprecation")
    private void ascii(String s) {
        int n = s.length();
        ensure(n);
        s.getBytes(0, n, buf, len); // a copy of a Latin-1 string's bytes; exact for ASCII
        len += n;
    }

    /** Text written as it is, encoded (a {@code Number} of another kind's {@code toString}). */
    private void raw(String s) {
        put(s.getBytes(StandardCharsets.UTF_8));
    }

    private void string(String s) {
        if (s.length() > EncodedStrings.LONGEST) {
            // A message: rarely the same string twice, and hashing it would be one more pass over it.
            encode(s);
            return;
        }
        byte[] known = encoded.get(s);
        if (known != null) {
            put(known);
            return;
        }
        int start = len;
        encode(s);
        encoded.remember(s, buf, start, len - start);
    }

    /**
     * {@code s} quoted and escaped, in UTF-8 (see {@link #encodeChars}). Most strings are Latin-1: their bytes are
     * copied in bulk ({@code getBytes(ISO_8859_1)} copies a Latin-1 string's array) and only looked at once more here.
     * A character beyond Latin-1 comes out of that copy as {@code ?}: a {@code ?} sends the string the long way.
     */
    private void encode(String s) {
        byte[] latin = s.getBytes(StandardCharsets.ISO_8859_1);
        int n = latin.length;
        ensure(2 * n + 2 + 4); // a Latin-1 character is at most 2 bytes; controls are handled the long way
        byte[] b = buf;
        int at = len;
        b[at++] = '"';
        for (int i = 0; i < n; i++) {
            byte c = latin[i];
            if (c >= 0x20 && c != '"' && c != '\\' && c != '?') {
                b[at++] = c;
            } else if (c < 0) {
                b[at++] = (byte) (0xc0 | ((c & 0xff) >> 6));
                b[at++] = (byte) (0x80 | (c & 0x3f));
            } else {
                encodeChars(s); // a control, quote or backslash to escape, or perhaps not Latin-1
                return;
            }
        }
        b[at++] = '"';
        len = at;
    }

    /** Reused for the characters of each string encoded: {@code getChars} copies in bulk, {@code charAt} does not. */
    private char[] chars = new char[64];

    /**
     * {@code s} quoted and escaped, in UTF-8: quote, backslash, newline, return and tab as such, other controls and
     * U+2028/2029 as a four-hex-digit escape, a surrogate pair as one 4-byte character, an unpaired surrogate as
     * {@code ?} (as Java's encoder writes it).
     */
    private void encodeChars(String s) {
        int n = s.length();
        if (chars.length < n) chars = new char[Math.max(n, chars.length * 2)];
        char[] cs = chars;
        s.getChars(0, n, cs, 0);
        ensure(6 * n + 2);
        byte[] b = buf;
        int at = len;
        b[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    b[at++] = (byte) c;
                } else {
                    at = escape(b, at, c);
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xc0 | (c >> 6));
                b[at++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cs[i + 1])) {
                    int cp = Character.toCodePoint(c, cs[++i]);
                    b[at++] = (byte) (0xf0 | (cp >> 18));
                    b[at++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                    b[at++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                    b[at++] = (byte) (0x80 | (cp & 0x3f));
                } else {
                    b[at++] = '?';
                }
            } else if (c == '\u2028' || c == '\u2029') {
                at = escape(b, at, c);
            } else {
                b[at++] = (byte) (0xe0 | (c >> 12));
                b[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                b[at++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        b[at++] = '"';
        len = at;
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** The escape of {@code c} at {@code at}; returns the position after it. */
    private static int escape(byte[] b, int at, char c) {
        b[at++] = '\\';
        switch (c) {
            case '"' -> b[at++] = '"';
            case '\\' -> b[at++] = '\\';
            case '\n' -> b[at++] = 'n';
            case '\r' -> b[at++] = 'r';
            case '\t' -> b[at++] = 't';
            default -> {
                b[at++] = 'u';
                b[at++] = HEX[(c >> 12) & 0xf];
                b[at++] = HEX[(c >> 8) & 0xf];
                b[at++] = HEX[(c >> 4) & 0xf];
                b[at++] = HEX[c & 0xf];
            }
        }
        return at;
    }

    /** The document written so far (decoded from its UTF-8), with the final newline. */
    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.UTF_8) + "\n";
    }

    /**
     * Strings already encoded, quoted, by identity: names, ids and rule ids repeat millions of times in a big document
     * (issue #18), and copying their bytes costs far less than encoding them again. Identity, not equality, so a hit
     * is always the very string that was encoded. Not thread-safe: one per thread.
     */
    static final class EncodedStrings {
        private static final int SLOTS = 1 << 14;
        /** Longer strings (messages) are rarely repeated: not worth a copy. */
        static final int LONGEST = 64;
        private final String[] strings = new String[SLOTS];
        private final byte[][] bytes = new byte[SLOTS][];

        byte[] get(String s) {
            int slot = s.hashCode() & (SLOTS - 1);
            return strings[slot] == s ? bytes[slot] : null;
        }

        void remember(String s, byte[] buf, int offset, int length) {
            int slot = s.hashCode() & (SLOTS - 1);
            strings[slot] = s;
            bytes[slot] = java.util.Arrays.copyOfRange(buf, offset, offset + length);
        }
    }
}
