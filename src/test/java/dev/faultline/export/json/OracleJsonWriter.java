package dev.faultline.export.json;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

/**
 * A small pretty-printing JSON writer. Hand-written because output is all we need and Jackson stays confined to
 * {@code io}; it escapes every string per RFC 8259, so user-supplied ids cannot break the document.
 */
final class OracleJsonWriter {
    /** Streamed output is handed on in pieces of about this many characters. */
    private static final int PIECE = 1 << 15;

    /** Where the document is built: the caller's builder, or a piece of a stream that {@link #sink} takes in turns. */
    private StringBuilder out;
    /** The stream being written to, or null when {@link #out} is the caller's builder. */
    private final Appendable sink;
    private final Deque<boolean[]> firstInScope = new ArrayDeque<>();
    private boolean afterName;

    /** Writes into memory; {@link #toString()} gives the document. */
    public OracleJsonWriter() {
        this(new StringBuilder());
    }

    /** Streams to {@code out} (for documents too big to hold twice in memory); call {@link #finish()} at the end. */
    public OracleJsonWriter(Appendable out) {
        // A stream gets the document in pieces: one append per piece instead of one synchronized Writer call per
        // character and string (issue #18: a 10,000-node analysis is 20 MB of JSON, written by cold code).
        if (out instanceof StringBuilder sb) {
            this.out = sb;
            this.sink = null;
        } else {
            this.out = new StringBuilder(PIECE + 1024);
            this.sink = out;
        }
    }

    /**
     * A piece of a document rendered on its own ({@link JsonParts}): it starts inside {@code depth} open scopes, the
     * innermost of which has had no element yet when {@code first}. Its {@link #fragmentText()} is exactly what a
     * writer of the whole document would have written for the same calls at that point.
     */
    static OracleJsonWriter fragment(int depth, boolean first) {
        return fragment(depth, first, 1 << 12);
    }

    /** The same, its builder starting with room for {@code capacity} characters. */
    static OracleJsonWriter fragment(int depth, boolean first, int capacity) {
        OracleJsonWriter f = new OracleJsonWriter(new StringBuilder(capacity));
        for (int i = 0; i < depth; i++) f.firstInScope.push(new boolean[] {i == depth - 1 && first});
        return f;
    }

    /** What a {@link #fragment} wrote. */
    String fragmentText() {
        return out.toString();
    }

    /** Appends text rendered elsewhere ({@link JsonParts}), as it is. */
    void splice(String text) {
        if (text.isEmpty()) return;
        if (sink == null) {
            out.append(text);
            return;
        }
        if (out.length() > 0) handOn();
        try {
            sink.append(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Ends the document with a newline, and hands a stream what is left of it. */
    public void finish() {
        put('\n');
        handOn();
    }

    private void put(char c) {
        out.append(c);
    }

    private void put(CharSequence s) {
        out.append(s);
    }

    private void handOn() {
        if (sink == null) return;
        try {
            sink.append(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // A new builder rather than setLength(0): one that held a non-Latin-1 character ("→" in a finding) stays
        // UTF-16 for good, and every later piece would be widened on append and narrowed again on the way out.
        out = new StringBuilder(PIECE + 1024);
    }

    public OracleJsonWriter beginObject() {
        value();
        put('{');
        firstInScope.push(new boolean[] {true});
        return this;
    }

    public OracleJsonWriter endObject() {
        return close('}');
    }

    public OracleJsonWriter beginArray() {
        value();
        put('[');
        firstInScope.push(new boolean[] {true});
        return this;
    }

    public OracleJsonWriter endArray() {
        return close(']');
    }

    private OracleJsonWriter close(char c) {
        boolean empty = firstInScope.pop()[0];
        if (!empty) newline();
        put(c);
        return this;
    }

    public OracleJsonWriter name(String name) {
        separator();
        string(name);
        put(": ");
        afterName = true;
        return this;
    }

    public OracleJsonWriter value(String s) {
        value();
        if (s == null) put("null");
        else string(s);
        return this;
    }

    public OracleJsonWriter value(Number n) {
        value();
        put(n == null ? "null" : n.toString());
        return this;
    }

    public OracleJsonWriter value(boolean b) {
        value();
        put(String.valueOf(b));
        return this;
    }

    public OracleJsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    public OracleJsonWriter field(String name, Number value) {
        return name(name).value(value);
    }

    public OracleJsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    public OracleJsonWriter field(String name, Collection<String> values) {
        name(name).beginArray();
        values.forEach(this::value);
        return endArray();
    }

    /** An object whose values are strings, in the map's iteration order. */
    public OracleJsonWriter field(String name, Map<String, String> values) {
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
        if (firstInScope.isEmpty()) return;
        boolean[] first = firstInScope.peek();
        if (!first[0]) put(',');
        first[0] = false;
        newline();
    }

    private void newline() {
        if (sink != null && out.length() >= PIECE) handOn();
        int depth = firstInScope.size();
        put(depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth));
    }

    /** A newline and the indentation of each depth, made once: a 50,000-node document has millions of lines. */
    private static final String[] INDENTS = new String[16];

    static {
        for (int i = 0; i < INDENTS.length; i++) INDENTS[i] = "\n" + "  ".repeat(i);
    }

    /**
     * Strings already found to need no escaping, by hash: names, flow ids and rule ids repeat millions of times in a
     * big document, and checking a string goes through {@code charAt} per character (issue #18: a quarter of the
     * JSON's CPU samples). Identity, not equality, so a hit is always the very string that was checked.
     */
    private final String[] clean = new String[1024];

    private boolean needsEscapingCached(String s) {
        int slot = s.hashCode() & (clean.length - 1);
        if (clean[slot] == s) return false;
        if (needsEscaping(s)) return true;
        clean[slot] = s;
        return false;
    }

    private void string(String s) {
        put('"');
        if (!needsEscapingCached(s)) {
            // Ids and names almost never need escaping: one append instead of one per character.
            put(s);
            put('"');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> put("\\\"");
                case '\\' -> put("\\\\");
                case '\n' -> put("\\n");
                case '\r' -> put("\\r");
                case '\t' -> put("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') put(String.format("\\u%04x", (int) c));
                    else put(c);
                }
            }
        }
        put('"');
    }

    private static boolean needsEscaping(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return out + "\n";
    }
}
