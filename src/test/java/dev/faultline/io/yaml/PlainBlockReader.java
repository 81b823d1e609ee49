package dev.faultline.io.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.faultline.io.yaml.PlainScalars.KEY_TABLE;
import static dev.faultline.io.yaml.PlainScalars.MAX_DEPTH;
import static dev.faultline.io.yaml.PlainScalars.MAX_PROBES;
import static dev.faultline.io.yaml.PlainScalars.MAX_SHARED_KEYS;
import static dev.faultline.io.yaml.PlainScalars.MAX_SHARED_VALUES;
import static dev.faultline.io.yaml.PlainScalars.NOT_PLAIN;
import static dev.faultline.io.yaml.PlainScalars.NotPlain;
import static dev.faultline.io.yaml.PlainScalars.SMALL_MAPPING;
import static dev.faultline.io.yaml.PlainScalars.VALUE_TABLE;
import static dev.faultline.io.yaml.PlainScalars.contains;
import static dev.faultline.io.yaml.PlainScalars.scalar;
import static dev.faultline.io.yaml.PlainScalars.wordStart;

/**
 * The oracle of {@link PlainBytesReader} (issue #18): the plain reader as it was written over a decoded string, kept
 * from the main tree when the bytes reader became the only one (a string is now encoded and read as bytes). It reads
 * the same subset and answers "not mine" (empty) for the rest; {@code PlainBlockReaderTest} checks it against {@link
 * YamlTreeReader}, {@code PlainBytesReaderTest} and {@code PlainSplitReadTest} check the bytes reader against it.
 * The bytes reader was written from it step for step: a step changed in one and not in the other shows as a
 * different tree or answer on some text. What it reads and why the subset exists: see {@link PlainBytesReader}.
 */
public final class PlainBlockReader {
    public Optional<YamlNode> read(String text, int linesBefore, ProblemLog log, YamlTreeReader.ItemSink sink) {
        return read(text, 0, text.length(), linesBefore, log, sink);
    }

    /** Reads the region in place: the parser's cursor simply starts at {@code from} and stops at {@code to}. */
    public Optional<YamlNode> read(String text, int from, int to, int linesBefore, ProblemLog log,
                                   YamlTreeReader.ItemSink sink) {
        if (!onlyPlainCharacters(text, from, to)) return Optional.empty();
        try {
            return Optional.ofNullable(new Parse(text, from, to, linesBefore, sink).document());
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }

    /**
     * The part of a file that begins inside the block sequence of the top-level key {@code key}, at one of its items
     * (issue #18: a big file's longest list cut in two, so both halves of a split read are the same length). The
     * region from {@code from} must begin with a dash in column {@code column} (0-based), the column of that
     * sequence's dashes; its items go to {@code sink} under {@code key} (which the sink must accept), and the
     * top-level keys that follow the sequence, if any, are returned as a mapping (empty when the sequence runs to the
     * end). This is exactly how reading the whole file continues at that line once it has read the sequence's items
     * before it, so the caller must make sure it has (the first part's last key is {@code key}, its value a block
     * sequence with dashes in {@code column}, and the cut is not its first item). Empty when not plain.
     */
    public Optional<YamlMap> readListTail(String text, int from, int to, int linesBefore, String key, int column,
                                          YamlTreeReader.ItemSink sink) {
        if (!sink.accepts(key) || !onlyPlainCharacters(text, from, to)) return Optional.empty();
        try {
            return Optional.of(new Parse(text, from, to, linesBefore, sink).listTail(key, column));
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }

    /**
     * Line feeds and the characters SnakeYAML accepts, without tabs (indentation rules), other line breaks (line
     * numbers), the byte order mark, and surrogates (columns count code points there, characters here).
     */
    static boolean onlyPlainCharacters(String text) {
        return onlyPlainCharacters(text, 0, text.length());
    }

    private static boolean onlyPlainCharacters(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7E || c == '\n') continue;
            if (c < 0xA0 || (c >= 0xD800 && c <= 0xDFFF) || c >= 0xFFFE || c == 0xFEFF || c == 0x2028 || c == 0x2029) {
                return false;
            }
        }
        return true;
    }

    /** One read of one text: a cursor over its lines, and recursive descent by indentation. */
    private static final class Parse {
        private final String t;
        /** Where the text read ends (exclusive): its length, or the end of a part read in place. */
        private final int stop;
        private final int linesBefore;
        private final YamlTreeReader.ItemSink sink;
        /** The shared keys, open addressing by the key's String hash; {@link #sharedKeys} of them in use. */
        private final String[] keys = new String[KEY_TABLE];
        private int sharedKeys;
        /** The shared values, as {@link #keys}: open addressing by the String hash, {@link #sharedValues} in use. */
        private String[] values = new String[VALUE_TABLE];
        private int sharedValues;
        /** Start and end (the line feed, or the text's end) of the current line, its number and indentation. */
        private int ls;
        private int le;
        private int line = 1;
        private int ind;
        private boolean eof;
        /** Just past the closing bracket or brace of the flow collection read last. */
        private int after;

        Parse(String text, int from, int to, int linesBefore, YamlTreeReader.ItemSink sink) {
            this.t = text;
            this.stop = to;
            this.ls = from;
            this.linesBefore = linesBefore;
            this.sink = sink;
        }

        YamlNode document() {
            setLine();
            skipBlankLines();
            if (eof) throw NOT_PLAIN; // an empty file: the full reader says so
            int start = ls + ind;
            if (keyEnd(start) < 0) throw NOT_PLAIN;
            YamlNode root = mapping(ind, start, 0);
            if (!eof) throw NOT_PLAIN;
            return root;
        }

        /** {@link #readListTail}: the sequence's remaining items, then the rest of the top-level mapping. */
        YamlMap listTail(String key, int col) {
            setLine();
            if (ind != col || !atDash()) throw NOT_PLAIN;
            sequence(col, 1, key); // depth 1, as under a top-level key
            if (eof) return new YamlMap(new ArrayList<>(0), pos(ls));
            if (ind > 0 || atDash()) throw NOT_PLAIN; // as the top-level mapping finds it after the sequence
            return mapping(0, ls, 0);
        }

        // --- the line cursor ---

        private void setLine() {
            le = t.indexOf('\n', ls);
            if (le < 0 || le > stop) le = stop;
            int i = ls;
            while (i < le && t.charAt(i) == ' ') i++;
            ind = i - ls;
        }

        private boolean blank() {
            int c = ls + ind;
            return c >= le || t.charAt(c) == '#';
        }

        private void nextLine() {
            if (le >= stop) {
                eof = true;
                return;
            }
            ls = le + 1;
            line++;
            setLine();
        }

        private void skipBlankLines() {
            while (!eof && blank()) nextLine();
        }

        /** To the next line with content. */
        private void advance() {
            nextLine();
            skipBlankLines();
        }

        private boolean atDash() {
            int c = ls + ind;
            return c < le && t.charAt(c) == '-' && (c + 1 == le || t.charAt(c + 1) == ' ');
        }

        private long pos(int offset) {
            return Positions.pack(linesBefore + line, offset - ls + 1);
        }

        private int skipSpaces(int i) {
            while (i < le && t.charAt(i) == ' ') i++;
            return i;
        }

        // --- blocks ---

        /**
         * A mapping whose first key starts at {@code start} on the current line, in column {@code col}: after a
         * sequence's dash ({@code - id: x}) that is not the line's indentation, for the keys below it is.
         */
        private YamlMap mapping(int col, int start, int depth) {
            if (depth > MAX_DEPTH) throw NOT_PLAIN;
            List<YamlMap.Entry> entries = new ArrayList<>();
            Set<String> seen = null;
            long at = pos(start);
            int keyStart = start;
            while (true) {
                int colon = keyEnd(keyStart);
                if (colon < 0) throw NOT_PLAIN;
                String key = sharedKey(keyStart, colon);
                if (seen == null && entries.size() >= SMALL_MAPPING) {
                    seen = new HashSet<>();
                    for (YamlMap.Entry e : entries) seen.add(e.key());
                }
                if (seen != null ? !seen.add(key) : contains(entries, key)) throw NOT_PLAIN; // reported by the full reader
                long keyAt = pos(keyStart);
                entries.add(new YamlMap.Entry(key, keyAt, value(col, colon + 1, depth, depth == 0 ? key : null)));
                if (eof || ind < col) break;
                if (ind > col || atDash()) throw NOT_PLAIN; // a stray indentation or list item: a YAML mistake
                keyStart = ls + ind;
            }
            return new YamlMap(entries, at);
        }

        /** The value after a key's colon, leaving the cursor on the next line with content. */
        private YamlNode value(int col, int afterColon, int depth, String rootKey) {
            int v = skipSpaces(afterColon);
            String streamed = rootKey != null && sink.accepts(rootKey) ? rootKey : null;
            if (v < le && t.charAt(v) != '#') {
                YamlNode value = inline(v);
                advance();
                if (!eof && ind > col) throw NOT_PLAIN; // a plain value continued on the next line
                return streamed != null && value instanceof YamlList list ? stream(streamed, list) : value;
            }
            advance(); // nothing on the key's line: the value is the block below
            if (eof) throw NOT_PLAIN; // an empty value
            if (ind > col) {
                return atDash() ? sequence(ind, depth + 1, streamed) : mapping(ind, ls + ind, depth + 1);
            }
            if (ind == col && atDash()) return sequence(col, depth + 1, streamed); // "key:" then "- a" below it
            throw NOT_PLAIN; // an empty value
        }

        /** A block sequence whose dashes stand in column {@code col}; its items go to the sink for a streamed key. */
        private YamlList sequence(int col, int depth, String streamKey) {
            if (depth > MAX_DEPTH) throw NOT_PLAIN;
            List<YamlNode> items = new ArrayList<>(streamKey == null ? 10 : 0);
            long at = pos(ls + col);
            while (true) {
                int s = skipSpaces(ls + col + 1);
                if (s >= le || t.charAt(s) == '#') throw NOT_PLAIN; // "-" alone, its item on the lines below
                YamlNode item;
                if (keyEnd(s) >= 0) {
                    item = mapping(s - ls, s, depth + 1);
                } else {
                    item = inline(s);
                    advance();
                }
                if (streamKey != null) sink.item(streamKey, item);
                else items.add(item);
                if (eof || ind < col) break;
                if (ind > col) throw NOT_PLAIN;
                if (!atDash()) break; // the parent mapping's next key
            }
            return new YamlList(items, at);
        }

        private YamlList stream(String key, YamlList list) {
            for (YamlNode item : list.items()) sink.item(key, item);
            return new YamlList(new ArrayList<>(0), list.pos());
        }

        /**
         * The end of a key at {@code s} (the index of its colon), or -1. Keys are words of letters, digits and
         * {@code _ . - /}, followed by a colon and a space or the line's end.
         */
        private int keyEnd(int s) {
            if (s >= le || !wordStart(t.charAt(s))) return -1;
            for (int i = s + 1; i < le; i++) {
                char c = t.charAt(i);
                if (c == ':') return i + 1 == le || t.charAt(i + 1) == ' ' ? i : -1;
                if (!wordStart(c) && c != '.' && c != '-' && c != '/') return -1;
            }
            return -1;
        }

        /**
         * The key written from {@code start} to {@code end}. Keys repeat thousands of times ("id", "replicas"); one
         * shared copy each keeps the tree small, and a key seen before is found in the text itself, without cutting
         * a new string out of it first (about 60 MB of garbage at 50,000 nodes, issue #18). After
         * {@link PlainScalars#MAX_SHARED_KEYS} different keys, new ones are no longer shared.
         */
        private String sharedKey(int start, int end) {
            int hash = 0; // String.hashCode of the key: the same characters give the same hash
            for (int i = start; i < end; i++) hash = 31 * hash + t.charAt(i);
            int len = end - start;
            int slot = (hash ^ (hash >>> 16)) & (KEY_TABLE - 1);
            for (String k = keys[slot]; k != null; k = keys[slot]) {
                if (k.hashCode() == hash && k.length() == len && t.startsWith(k, start)) return k;
                slot = (slot + 1) & (KEY_TABLE - 1);
            }
            String key = t.substring(start, end);
            if (sharedKeys < MAX_SHARED_KEYS) {
                keys[slot] = key;
                sharedKeys++;
            }
            return key;
        }

        /**
         * The scalar text written from {@code start} to {@code end}, one string for each different text (issue #18:
         * at 50,000 nodes a dependency's ends name a node, and kinds, teams, zones and small numbers repeat, about
         * 700,000 strings that were kept alive until the model was built, each copied by every young collection).
         */
        private String sharedValue(int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) hash = 31 * hash + t.charAt(i);
            int len = end - start;
            int mask = values.length - 1;
            int slot = (hash ^ (hash >>> 16)) & mask;
            for (int probes = 0; probes < MAX_PROBES; probes++) {
                String v = values[slot];
                if (v == null) {
                    String value = t.substring(start, end);
                    if (sharedValues < MAX_SHARED_VALUES) {
                        values[slot] = value;
                        if (++sharedValues * 2 > values.length) growValues();
                    }
                    return value;
                }
                if (v.hashCode() == hash && v.length() == len && t.startsWith(v, start)) return v;
                slot = (slot + 1) & mask;
            }
            return t.substring(start, end);
        }

        private void growValues() {
            String[] old = values;
            values = new String[old.length * 2];
            int mask = values.length - 1;
            for (String v : old) {
                if (v == null) continue;
                int h = v.hashCode();
                int slot = (h ^ (h >>> 16)) & mask;
                while (values[slot] != null) slot = (slot + 1) & mask;
                values[slot] = v;
            }
        }

        // --- values on one line ---

        /** A scalar or flow list starting at {@code s} and ending the line (a comment may follow). */
        private YamlNode inline(int s) {
            char c = t.charAt(s);
            if (c == '[' || c == '{') {
                YamlNode collection = c == '[' ? flowList(s) : flowMap(s);
                requireLineEnd(after);
                return collection;
            }
            if (c == '"' || c == '\'') {
                int end = quotedEnd(s, c);
                requireLineEnd(end + 1);
                return new YamlScalar(sharedValue(s + 1, end), YamlScalar.Type.STRING, null, pos(s));
            }
            int end = plainEnd(s);
            return scalar(sharedValue(s, end), pos(s));
        }

        /** The end of a plain value: before " #" or the line's end, trailing spaces left out. */
        private int plainEnd(int s) {
            int end = le;
            for (int i = s; i < le; i++) {
                char c = t.charAt(i);
                if (c == '#' && t.charAt(i - 1) == ' ') {
                    end = i;
                    break;
                }
                if (c == ':' && (i + 1 == le || t.charAt(i + 1) == ' ')) throw NOT_PLAIN; // "a: b: c"
            }
            while (end > s && t.charAt(end - 1) == ' ') end--;
            return end;
        }

        /** The closing quote; no escapes, no doubled quotes, on the same line. */
        private int quotedEnd(int s, char quote) {
            int end = t.indexOf(quote, s + 1);
            if (end < 0 || end >= le) throw NOT_PLAIN;
            if (quote == '"') {
                for (int i = s + 1; i < end; i++) {
                    if (t.charAt(i) == '\\') throw NOT_PLAIN; // an escape (looked for in place: no copy of the text)
                }
            }
            if (quote == '\'' && end + 1 < le && t.charAt(end + 1) == '\'') throw NOT_PLAIN;
            return end;
        }

        /** Only spaces, or spaces and a comment, from {@code i} to the line's end. */
        private void requireLineEnd(int i) {
            int j = skipSpaces(i);
            if (j < le && (t.charAt(j) != '#' || j == i)) throw NOT_PLAIN;
        }

        /** {@code [a, b, "c"]} on one line, of scalars; {@link #after} is set past its closing bracket. */
        private YamlList flowList(int open) {
            List<YamlNode> items = new ArrayList<>();
            int i = skipSpaces(open + 1);
            if (i < le && t.charAt(i) == ']') {
                after = i + 1;
                return new YamlList(items, pos(open));
            }
            while (true) {
                int next = flowScalar(i, items);
                if (t.charAt(next) == ']') {
                    after = next + 1;
                    return new YamlList(items, pos(open));
                }
                if (t.charAt(next) != ',') throw NOT_PLAIN;
                i = skipSpaces(next + 1);
            }
        }

        /**
         * {@code {id: a, members: [x, y]}} on one line, with scalars and lists of scalars as values; {@link #after}
         * is set past its closing brace.
         */
        private YamlMap flowMap(int open) {
            List<YamlMap.Entry> entries = new ArrayList<>();
            List<YamlNode> value = new ArrayList<>(1);
            int i = skipSpaces(open + 1);
            if (i < le && t.charAt(i) == '}') {
                after = i + 1;
                return new YamlMap(entries, pos(open));
            }
            while (true) {
                int colon = keyEnd(i);
                if (colon < 0 || colon + 1 >= le) throw NOT_PLAIN;
                String key = sharedKey(i, colon);
                if (contains(entries, key)) throw NOT_PLAIN;
                int v = skipSpaces(colon + 1);
                int next;
                value.clear();
                if (v < le && t.charAt(v) == '[') {
                    value.add(flowList(v));
                    next = skipSpaces(after);
                    if (next >= le) throw NOT_PLAIN;
                } else {
                    next = flowScalar(v, value);
                }
                entries.add(new YamlMap.Entry(key, pos(i), value.get(0)));
                if (t.charAt(next) == '}') {
                    after = next + 1;
                    return new YamlMap(entries, pos(open));
                }
                if (t.charAt(next) != ',') throw NOT_PLAIN;
                i = skipSpaces(next + 1);
            }
        }

        /**
         * A quoted or plain scalar inside brackets or braces, added to {@code out}; returns where the next non-space
         * character stands (a comma or the closing bracket, else not mine). Plain ones hold no flow indicator, no
         * colon and no question mark: SnakeYAML ends a plain scalar there in flow context.
         */
        private int flowScalar(int i, List<YamlNode> out) {
            if (i >= le) throw NOT_PLAIN; // a collection continued on the next line
            char c = t.charAt(i);
            int next;
            if (c == '"' || c == '\'') {
                int end = quotedEnd(i, c);
                out.add(new YamlScalar(sharedValue(i + 1, end), YamlScalar.Type.STRING, null, pos(i)));
                next = skipSpaces(end + 1);
            } else {
                int end = i;
                while (end < le && ",]}".indexOf(t.charAt(end)) < 0) {
                    if ("[{#:?\"'".indexOf(t.charAt(end)) >= 0) throw NOT_PLAIN;
                    end++;
                }
                next = end;
                while (end > i && t.charAt(end - 1) == ' ') end--;
                if (end == i) throw NOT_PLAIN; // an empty item
                out.add(scalar(sharedValue(i, end), pos(i)));
            }
            if (next >= le) throw NOT_PLAIN;
            return next;
        }
    }
}
