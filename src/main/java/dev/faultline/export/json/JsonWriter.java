package dev.faultline.export.json;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

/**
 * A small pretty-printing JSON writer. Hand-written because output is all we need and Jackson stays confined to
 * {@code io}; it escapes every string per RFC 8259, so user-supplied ids cannot break the document.
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    private final Deque<boolean[]> firstInScope = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter beginObject() {
        value();
        out.append('{');
        firstInScope.push(new boolean[] {true});
        return this;
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        value();
        out.append('[');
        firstInScope.push(new boolean[] {true});
        return this;
    }

    public JsonWriter endArray() {
        return close(']');
    }

    private JsonWriter close(char c) {
        boolean empty = firstInScope.pop()[0];
        if (!empty) newline();
        out.append(c);
        return this;
    }

    public JsonWriter name(String name) {
        separator();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) {
        value();
        if (s == null) out.append("null");
        else string(s);
        return this;
    }

    public JsonWriter value(Number n) {
        value();
        out.append(n == null ? "null" : n.toString());
        return this;
    }

    public JsonWriter value(boolean b) {
        value();
        out.append(b);
        return this;
    }

    public JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, Number value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, Collection<String> values) {
        name(name).beginArray();
        values.forEach(this::value);
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
        if (firstInScope.isEmpty()) return;
        boolean[] first = firstInScope.peek();
        if (!first[0]) out.append(',');
        first[0] = false;
        newline();
    }

    private void newline() {
        out.append('\n');
        out.append("  ".repeat(firstInScope.size()));
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString() + "\n";
    }
}
