package dev.faultline.io.yaml;

import java.nio.charset.StandardCharsets;
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
 * {@link PlainBlockReader} over a file's UTF-8 bytes (issue #18): printable ASCII, line feeds, and the characters
 * beyond ASCII that the string reader reads (an é, an em-dash, 漢字: two or three bytes each). The file is read
 * without decoding it: no 36 MB string at 50,000 nodes, no pass to decode and check it, and array reads instead of
 * {@code String.charAt}, which the client compiler does not make cheap. Offsets are the bytes'; a line of ASCII has
 * a byte for each character, so its columns are offsets, and a line holding a longer character (noted by the line
 * cursor) counts its columns in characters, as the string does; a scalar cut from such a line is decoded.
 *
 * <p>It reads exactly what {@link PlainBlockReader} reads of the decoded text, line for line the same steps (that
 * reader is its oracle: {@code PlainBytesReaderTest}), and answers "not mine" (empty) for the rest. Any other byte
 * (a tab, a carriage return, a NUL, a malformed or overlong sequence, a character the string reader refuses: C1
 * controls, line and paragraph separators, U+FEFF, anything outside the Basic Multilingual Plane...) is met by the
 * line cursor, which looks at every byte of a line once anyway, so no pass of its own looks for them: the read ends
 * "not mine" there, and {@link #metOtherByte} says so (then only the decoded text can say what the string reader
 * reads, or which decoding problem to report). A read that answers has met every byte of its
 * region. The two parts of a file read on two threads share one reader: a part that meets another byte ends the other
 * part's read too, at its next list item.
 */
public final class PlainBytesReader {
    private final byte[] text;
    private final int start;
    /** Set by a read that met a byte it does not read ({@link #plainText}); read by every read's lists. */
    private volatile boolean otherByte;

    /** A reader of {@code bytes} from {@code start} on (after a byte order mark, say). */
    public PlainBytesReader(byte[] bytes, int start) {
        this.text = bytes;
        this.start = start;
    }

    /**
     * Every byte from {@code from} to {@code to} is printable ASCII (0x20 to 0x7E), a line feed, or part of a
     * well-formed UTF-8 sequence of a character {@link PlainBlockReader} reads ({@link #charEnd}). No NUL, no tab,
     * no other line break, no byte order mark, nothing a decoder could refuse.
     */
    public static boolean plainText(byte[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = text[i];
            if (b >= 0x20 ? b != 0x7F : b == '\n') continue; // bytes over 0x7F are negative
            int end = b < 0 ? charEnd(text, i, to) : -1;
            if (end < 0) return false;
            i = end - 1;
        }
        return true;
    }

    /**
     * Just past the character whose UTF-8 sequence starts at {@code i} (a byte over 0x7F), before {@code stop}, or
     * -1: strictly well-formed (no overlong form, no surrogate, no stray continuation byte, not cut short), and a
     * character {@link PlainBlockReader#onlyPlainCharacters} accepts: U+00A0 to U+FFFD but for U+2028, U+2029 and
     * U+FEFF. Its four-byte characters are refused too: the string reader refuses their surrogates, so they are
     * always one UTF-16 character, one column.
     */
    static int charEnd(byte[] t, int i, int stop) {
        int b0 = t[i] & 0xFF;
        if (b0 >= 0xC2 && b0 <= 0xDF) { // two bytes: U+0080 to U+07FF
            if (i + 1 >= stop || !continuation(t[i + 1])) return -1;
            int c = (b0 & 0x1F) << 6 | (t[i + 1] & 0x3F);
            return c >= 0xA0 ? i + 2 : -1; // C1 controls (NEL U+0085 among them) are refused
        }
        if (b0 >= 0xE0 && b0 <= 0xEF) { // three bytes: U+0800 to U+FFFF
            if (i + 2 >= stop || !continuation(t[i + 1]) || !continuation(t[i + 2])) return -1;
            int c = (b0 & 0x0F) << 12 | (t[i + 1] & 0x3F) << 6 | (t[i + 2] & 0x3F);
            if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) return -1; // overlong, or a surrogate
            return c >= 0xFFFE || c == 0xFEFF || c == 0x2028 || c == 0x2029 ? -1 : i + 3;
        }
        return -1; // a continuation byte, an overlong lead (C0, C1), four bytes or more
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** Whether a read met a byte it does not read ({@link #plainText}), and so read nothing. */
    public boolean metOtherByte() {
        return otherByte;
    }

    /** The bytes read (all of them: the text begins at {@link #start}). */
    public byte[] bytes() {
        return text;
    }

    /** Where the text begins in {@link #bytes} (after a byte order mark, say). */
    public int start() {
        return start;
    }

    /** The region from {@code from} (the start of a line) to {@code to}, as {@link PlainBlockReader#read} reads it. */
    public Optional<YamlNode> read(int from, int to, int linesBefore, YamlTreeReader.ItemSink sink) {
        try {
            return Optional.ofNullable(new Parse(this, from, to, linesBefore, sink).document());
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }

    /** As {@link PlainBlockReader#readListTail}, from {@code from} to the end. */
    public Optional<YamlMap> readListTail(int from, int linesBefore, String key, int column,
                                          YamlTreeReader.ItemSink sink) {
        if (!sink.accepts(key)) return Optional.empty();
        try {
            return Optional.of(new Parse(this, from, text.length, linesBefore, sink).listTail(key, column));
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }

    /** One read of one region: {@link PlainBlockReader}'s parse, with {@code t[i]} for {@code t.charAt(i)}. */
    private static final class Parse {
        private final PlainBytesReader reader;
        private final byte[] t;
        private final int stop;
        private final int linesBefore;
        private final YamlTreeReader.ItemSink sink;
        /**
         * The shared keys, open addressing by the key's hash; each with its hash and where it was first written, so
         * a key is found by comparing bytes with bytes.
         */
        private final String[] keys = new String[KEY_TABLE];
        private final int[] keyHash = new int[KEY_TABLE];
        private final int[] keyAt = new int[KEY_TABLE];
        private final int[] keyLen = new int[KEY_TABLE];
        private int sharedKeys;
        /** The shared values, as the keys; the table grows. */
        private String[] values = new String[VALUE_TABLE];
        private int[] valueHash = new int[VALUE_TABLE];
        private int[] valueAt = new int[VALUE_TABLE];
        /** The length in bytes of each shared value (a string's length counts characters). */
        private int[] valueLen = new int[VALUE_TABLE];
        private int sharedValues;
        private int ls;
        private int le;
        /** The current line holds a character of more than one byte: columns are counted, scalars decoded. */
        private boolean wide;
        private int line = 1;
        private int ind;
        private boolean eof;
        private int after;

        Parse(PlainBytesReader reader, int from, int to, int linesBefore, YamlTreeReader.ItemSink sink) {
            this.reader = reader;
            this.t = reader.text;
            this.stop = to;
            this.ls = from;
            this.linesBefore = linesBefore;
            this.sink = sink;
        }

        YamlNode document() {
            setLine();
            skipBlankLines();
            if (eof) throw NOT_PLAIN;
            int start = ls + ind;
            if (keyEnd(start) < 0) throw NOT_PLAIN;
            YamlNode root = mapping(ind, start, 0);
            if (!eof) throw NOT_PLAIN;
            return root;
        }

        YamlMap listTail(String key, int col) {
            setLine();
            if (ind != col || !atDash()) throw NOT_PLAIN;
            sequence(col, 1, key);
            if (eof) return new YamlMap(new ArrayList<>(0), pos(ls));
            if (ind > 0 || atDash()) throw NOT_PLAIN;
            return mapping(0, ls, 0);
        }

        // --- the line cursor ---

        /**
         * Also where every byte is looked at: one other than printable ASCII, a line feed or a character the string
         * reader reads ({@link #charEnd}) ends the read.
         */
        private void setLine() {
            byte[] t = this.t;
            int i = ls;
            while (i < stop && t[i] == ' ') i++;
            ind = i - ls;
            boolean wide = false;
            for (; i < stop; i++) {
                byte b = t[i];
                if (b < 0x20 || b == 0x7F) {
                    if (b == '\n') break;
                    i = lastByteOfChar(i);
                    wide = true;
                }
            }
            le = i;
            this.wide = wide;
        }

        /** The last byte of the character at {@code i} (not ASCII), or the read ends: not one it reads. */
        private int lastByteOfChar(int i) {
            int end = t[i] < 0 ? charEnd(t, i, stop) : -1;
            if (end < 0) {
                reader.otherByte = true;
                throw NOT_PLAIN;
            }
            return end - 1;
        }

        private boolean blank() {
            int c = ls + ind;
            return c >= le || t[c] == '#';
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

        private void advance() {
            nextLine();
            skipBlankLines();
        }

        private boolean atDash() {
            int c = ls + ind;
            return c < le && t[c] == '-' && (c + 1 == le || t[c + 1] == ' ');
        }

        private long pos(int offset) {
            return Positions.pack(linesBefore + line, wide ? wideColumn(offset) : offset - ls + 1);
        }

        /** The 1-based column of {@code offset} on a line beyond ASCII, in characters (each one UTF-16 char here). */
        private int wideColumn(int offset) {
            int column = 1;
            for (int i = ls; i < offset; i++) {
                if ((t[i] & 0xC0) != 0x80) column++;
            }
            return column;
        }

        private int skipSpaces(int i) {
            while (i < le && t[i] == ' ') i++;
            return i;
        }

        // --- blocks ---

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
                if (seen != null ? !seen.add(key) : contains(entries, key)) throw NOT_PLAIN;
                long keyAt = pos(keyStart);
                entries.add(new YamlMap.Entry(key, keyAt, value(col, colon + 1, depth, depth == 0 ? key : null)));
                if (eof || ind < col) break;
                if (ind > col || atDash()) throw NOT_PLAIN;
                keyStart = ls + ind;
            }
            return new YamlMap(entries, at);
        }

        private YamlNode value(int col, int afterColon, int depth, String rootKey) {
            int v = skipSpaces(afterColon);
            String streamed = rootKey != null && sink.accepts(rootKey) ? rootKey : null;
            if (v < le && t[v] != '#') {
                YamlNode value = inline(v);
                advance();
                if (!eof && ind > col) throw NOT_PLAIN;
                return streamed != null && value instanceof YamlList list ? stream(streamed, list) : value;
            }
            advance();
            if (eof) throw NOT_PLAIN;
            if (ind > col) {
                return atDash() ? sequence(ind, depth + 1, streamed) : mapping(ind, ls + ind, depth + 1);
            }
            if (ind == col && atDash()) return sequence(col, depth + 1, streamed);
            throw NOT_PLAIN;
        }

        private YamlList sequence(int col, int depth, String streamKey) {
            if (depth > MAX_DEPTH) throw NOT_PLAIN;
            List<YamlNode> items = new ArrayList<>(streamKey == null ? 10 : 0);
            long at = pos(ls + col);
            while (true) {
                int s = skipSpaces(ls + col + 1);
                if (s >= le || t[s] == '#') throw NOT_PLAIN;
                YamlNode item;
                if (keyEnd(s) >= 0) {
                    item = mapping(s - ls, s, depth + 1);
                } else {
                    item = inline(s);
                    advance();
                }
                if (streamKey != null) sink.item(streamKey, item);
                else items.add(item);
                if (reader.otherByte) throw NOT_PLAIN; // the other part met one: nothing will be read
                if (eof || ind < col) break;
                if (ind > col) throw NOT_PLAIN;
                if (!atDash()) break;
            }
            return new YamlList(items, at);
        }

        private YamlList stream(String key, YamlList list) {
            for (YamlNode item : list.items()) sink.item(key, item);
            return new YamlList(new ArrayList<>(0), list.pos());
        }

        private int keyEnd(int s) {
            if (s >= le || !wordStart((char) t[s])) return -1;
            for (int i = s + 1; i < le; i++) {
                char c = (char) t[i];
                if (c == ':') return i + 1 == le || t[i + 1] == ' ' ? i : -1;
                if (!wordStart(c) && c != '.' && c != '-' && c != '/') return -1;
            }
            return -1;
        }

        /** The same hash as {@code String.hashCode} of ASCII characters (not needed, but no reason to differ). */
        private int hash(int start, int end) {
            byte[] t = this.t;
            int hash = 0;
            for (int i = start; i < end; i++) hash = 31 * hash + t[i];
            return hash;
        }

        private boolean sameBytes(int a, int b, int len) {
            byte[] t = this.t;
            for (int i = 0; i < len; i++) {
                if (t[a + i] != t[b + i]) return false;
            }
            return true;
        }

        /** The text from {@code start} to {@code end} on the current line; decoded when the line is not ASCII. */
        private String cut(int start, int end) {
            return new String(t, start, end - start, wide ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        }

        private String sharedKey(int start, int end) {
            int hash = hash(start, end);
            int len = end - start;
            int slot = (hash ^ (hash >>> 16)) & (KEY_TABLE - 1);
            for (String k = keys[slot]; k != null; k = keys[slot]) {
                if (keyHash[slot] == hash && keyLen[slot] == len && sameBytes(keyAt[slot], start, len)) return k;
                slot = (slot + 1) & (KEY_TABLE - 1);
            }
            String key = cut(start, end);
            if (sharedKeys < MAX_SHARED_KEYS) {
                keys[slot] = key;
                keyHash[slot] = hash;
                keyAt[slot] = start;
                keyLen[slot] = len;
                sharedKeys++;
            }
            return key;
        }

        private String sharedValue(int start, int end) {
            int hash = hash(start, end);
            int len = end - start;
            int mask = values.length - 1;
            int slot = (hash ^ (hash >>> 16)) & mask;
            for (int probes = 0; probes < MAX_PROBES; probes++) {
                String v = values[slot];
                if (v == null) {
                    String value = cut(start, end);
                    if (sharedValues < MAX_SHARED_VALUES) {
                        values[slot] = value;
                        valueHash[slot] = hash;
                        valueAt[slot] = start;
                        valueLen[slot] = len;
                        if (++sharedValues * 2 > values.length) growValues();
                    }
                    return value;
                }
                if (valueHash[slot] == hash && valueLen[slot] == len && sameBytes(valueAt[slot], start, len)) return v;
                slot = (slot + 1) & mask;
            }
            return cut(start, end);
        }

        private void growValues() {
            String[] old = values;
            int[] oldHash = valueHash;
            int[] oldAt = valueAt;
            int[] oldLen = valueLen;
            values = new String[old.length * 2];
            valueHash = new int[old.length * 2];
            valueAt = new int[old.length * 2];
            valueLen = new int[old.length * 2];
            int mask = values.length - 1;
            for (int i = 0; i < old.length; i++) {
                if (old[i] == null) continue;
                int h = oldHash[i];
                int slot = (h ^ (h >>> 16)) & mask;
                while (values[slot] != null) slot = (slot + 1) & mask;
                values[slot] = old[i];
                valueHash[slot] = h;
                valueAt[slot] = oldAt[i];
                valueLen[slot] = oldLen[i];
            }
        }

        // --- values on one line ---

        private YamlNode inline(int s) {
            byte c = t[s];
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

        private int plainEnd(int s) {
            byte[] t = this.t;
            int end = le;
            for (int i = s; i < le; i++) {
                byte c = t[i];
                if (c == '#' && t[i - 1] == ' ') {
                    end = i;
                    break;
                }
                if (c == ':' && (i + 1 == le || t[i + 1] == ' ')) throw NOT_PLAIN;
            }
            while (end > s && t[end - 1] == ' ') end--;
            return end;
        }

        /** The closing quote on the same line (the string reader's indexOf finds one beyond it: also not mine). */
        private int quotedEnd(int s, byte quote) {
            int end = s + 1;
            while (end < le && t[end] != quote) end++;
            if (end >= le) throw NOT_PLAIN;
            if (quote == '"') {
                for (int i = s + 1; i < end; i++) {
                    if (t[i] == '\\') throw NOT_PLAIN;
                }
            }
            if (quote == '\'' && end + 1 < le && t[end + 1] == '\'') throw NOT_PLAIN;
            return end;
        }

        private void requireLineEnd(int i) {
            int j = skipSpaces(i);
            if (j < le && (t[j] != '#' || j == i)) throw NOT_PLAIN;
        }

        private YamlList flowList(int open) {
            List<YamlNode> items = new ArrayList<>();
            int i = skipSpaces(open + 1);
            if (i < le && t[i] == ']') {
                after = i + 1;
                return new YamlList(items, pos(open));
            }
            while (true) {
                int next = flowScalar(i, items);
                if (t[next] == ']') {
                    after = next + 1;
                    return new YamlList(items, pos(open));
                }
                if (t[next] != ',') throw NOT_PLAIN;
                i = skipSpaces(next + 1);
            }
        }

        private YamlMap flowMap(int open) {
            List<YamlMap.Entry> entries = new ArrayList<>();
            List<YamlNode> value = new ArrayList<>(1);
            int i = skipSpaces(open + 1);
            if (i < le && t[i] == '}') {
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
                if (v < le && t[v] == '[') {
                    value.add(flowList(v));
                    next = skipSpaces(after);
                    if (next >= le) throw NOT_PLAIN;
                } else {
                    next = flowScalar(v, value);
                }
                entries.add(new YamlMap.Entry(key, pos(i), value.get(0)));
                if (t[next] == '}') {
                    after = next + 1;
                    return new YamlMap(entries, pos(open));
                }
                if (t[next] != ',') throw NOT_PLAIN;
                i = skipSpaces(next + 1);
            }
        }

        private int flowScalar(int i, List<YamlNode> out) {
            if (i >= le) throw NOT_PLAIN;
            byte c = t[i];
            int next;
            if (c == '"' || c == '\'') {
                int end = quotedEnd(i, c);
                out.add(new YamlScalar(sharedValue(i + 1, end), YamlScalar.Type.STRING, null, pos(i)));
                next = skipSpaces(end + 1);
            } else {
                int end = i;
                while (end < le && !endsFlowScalar(t[end])) {
                    if (notInFlowScalar(t[end])) throw NOT_PLAIN;
                    end++;
                }
                next = end;
                while (end > i && t[end - 1] == ' ') end--;
                if (end == i) throw NOT_PLAIN;
                out.add(scalar(sharedValue(i, end), pos(i)));
            }
            if (next >= le) throw NOT_PLAIN;
            return next;
        }

        /** {@code ",]}".indexOf(c) >= 0}. */
        private static boolean endsFlowScalar(byte c) {
            return c == ',' || c == ']' || c == '}';
        }

        /** {@code "[{#:?\"'".indexOf(c) >= 0}. */
        private static boolean notInFlowScalar(byte c) {
            return c == '[' || c == '{' || c == '#' || c == ':' || c == '?' || c == '"' || c == '\'';
        }
    }
}
