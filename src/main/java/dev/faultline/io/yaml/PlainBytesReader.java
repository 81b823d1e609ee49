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
 * A fast reader for the plain block YAML that topology files are written in, over a file's UTF-8 bytes: block
 * mappings and sequences by indentation, {@code key: value} lines, one-line flow lists and mappings of scalars
 * ({@code [a, b]}, {@code {id: a, region: b}}), plain scalars and simple quoted ones, comments. Generated files and
 * almost every hand-written one use nothing else. A text handed over as a string is encoded and read the same way
 * ({@link #of}).
 *
 * <p>Why it exists (issue #18): at 50,000 nodes SnakeYAML (under Jackson) spends about 5 s of CPU on a 36 MB file,
 * more than the whole command may take; reading this subset directly costs a fraction of that, and a small file
 * no longer loads and warms up the YAML library at all. Reading the bytes without decoding them saves the 36 MB
 * string, a pass to decode and check it, and {@code String.charAt}, which the client compiler does not make cheap.
 *
 * <p>It never reports a problem and never guesses. Anything outside the subset (tabs, anchors, tags, block or
 * multi-line scalars, escapes, nested or multi-line flow collections, an empty value, a duplicate key, a word YAML
 * 1.1 would read as a boolean other than {@code true}/{@code false}, a number written any other way than {@code 12}
 * or {@code -1.5}, other line breaks) makes it answer "not mine" (empty), and the caller reads the text with {@link
 * YamlTreeReader}, which also reports every mistake with its position. So a tree it returns is exactly the one
 * {@link YamlTreeReader} builds from the decoded text, positions included ({@code PlainBytesReaderTest} checks this
 * against the string reader it replaced, {@code PlainBlockReader} in the test tree, itself checked against the full
 * reader on every sample, generated files and thousands of mutated texts).
 *
 * <p>Its characters are printable ASCII, line feeds, and U+00A0 to U+FFFD but for U+2028, U+2029 and U+FEFF (an é,
 * an em-dash, 漢字: two or three bytes each). Offsets are the bytes'; a line of ASCII has a byte for each character,
 * so its columns are offsets, and a line holding a longer character (noted by the line cursor) counts its columns in
 * characters, as the full reader does; a scalar cut from such a line is decoded. Any other byte (a tab, a carriage
 * return, a NUL, a malformed or overlong sequence, C1 controls, line and paragraph separators, U+FEFF, anything
 * outside the Basic Multilingual Plane, whose columns the full reader counts otherwise...) is met by the line
 * cursor, which looks at every byte of a line once anyway, so no pass of its own looks for them: the read ends "not
 * mine" there (then decoding reports a malformed byte, or the full reader reads the text). A read that answers has
 * met every byte of its region. The two parts of a file read on two threads share one reader: a part that meets
 * another byte ends the other part's read too, at its next list item.
 */
public final class PlainBytesReader {
    private final byte[] text;
    private final int start;
    /** Set by a read that met a byte it does not read ({@link #charEnd}); read by every read's lists. */
    private volatile boolean otherByte;

    /** A reader of {@code bytes} from {@code start} on (after a byte order mark, say). */
    public PlainBytesReader(byte[] bytes, int start) {
        this.text = bytes;
        this.start = start;
    }

    /**
     * A reader of a text handed over as a string (the topology editor's copy, the benchmark's), encoded as UTF-8;
     * empty when it may hold a lone surrogate, which has no UTF-8 (the encoder writes a question mark for it): the
     * full reader then reads the string. Looked for only when the bytes hold a question mark, and then any surrogate
     * counts: a pair is a character beyond the Basic Multilingual Plane, which this reader refuses anyway (encoded
     * without a question mark, it is refused where the reader meets it).
     */
    public static Optional<PlainBytesReader> of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            if (b == '?') return hasSurrogate(text) ? Optional.empty() : Optional.of(new PlainBytesReader(bytes, 0));
        }
        return Optional.of(new PlainBytesReader(bytes, 0)); // no question mark written: no lone surrogate
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (Character.isSurrogate(text.charAt(i))) return true;
        }
        return false;
    }

    /**
     * Just past the character whose UTF-8 sequence starts at {@code i} (a byte over 0x7F), before {@code stop}, or
     * -1: strictly well-formed (no overlong form, no surrogate, no stray continuation byte, not cut short), and a
     * character this reader reads: U+00A0 to U+FFFD but for U+2028, U+2029 and U+FEFF. Four-byte characters are
     * refused too, so a character is always one UTF-16 character, one column.
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

    /** Whether a read met a byte it does not read ({@link #charEnd}), and so read nothing (the tests ask). */
    boolean metOtherByte() {
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

    /**
     * The region from {@code from} (the start of a line) to {@code to}, whose first line is line {@code linesBefore +
     * 1} of the file; the items of the top-level lists {@code sink} accepts go to the sink (as {@link
     * YamlTreeReader#read(String, int, ProblemLog, YamlTreeReader.ItemSink)}). Empty when not plain.
     */
    public Optional<YamlNode> read(int from, int to, int linesBefore, YamlTreeReader.ItemSink sink) {
        try {
            return Optional.ofNullable(new Parse(this, from, to, linesBefore, sink).document());
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }

    /**
     * The part of a file from {@code from} to its end, which begins inside the block sequence of the top-level key
     * {@code key}, at one of its items (issue #18: a big file's longest list cut in two, so both halves of a split
     * read are the same length). The region must begin with a dash in column {@code column} (0-based), the column of
     * that sequence's dashes; its items go to {@code sink} under {@code key} (which the sink must accept), and the
     * top-level keys that follow the sequence, if any, are returned as a mapping (empty when the sequence runs to the
     * end). This is exactly how reading the whole file continues at that line once it has read the sequence's items
     * before it, so the caller must make sure it has (the first part's last key is {@code key}, its value a block
     * sequence with dashes in {@code column}, and the cut is not its first item). Empty when not plain.
     */
    public Optional<YamlMap> readListTail(int from, int linesBefore, String key, int column,
                                          YamlTreeReader.ItemSink sink) {
        if (!sink.accepts(key)) return Optional.empty();
        try {
            return Optional.of(new Parse(this, from, text.length, linesBefore, sink).listTail(key, column));
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }

    /** One read of one region: a cursor over its lines, and recursive descent by indentation. */
    private static final class Parse {
        private final PlainBytesReader reader;
        private final byte[] t;
        /** Where the region read ends (exclusive): the file's end, or the end of a part. */
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
        /** Start and end (the line feed, or the region's end) of the current line, its number and indentation. */
        private int ls;
        private int le;
        /** The current line holds a character of more than one byte: columns are counted, scalars decoded. */
        private boolean wide;
        private int line = 1;
        private int ind;
        private boolean eof;
        /** Just past the closing bracket or brace of the flow collection read last. */
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

        /** To the next line with content. */
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
            if (v < le && t[v] != '#') {
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
                if (s >= le || t[s] == '#') throw NOT_PLAIN; // "-" alone, its item on the lines below
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

        /**
         * The key written from {@code start} to {@code end}. Keys repeat thousands of times ("id", "replicas"); one
         * shared copy each keeps the tree small, and a key seen before is found in the bytes themselves, without
         * cutting a new string out of them first (about 60 MB of garbage at 50,000 nodes, issue #18). After
         * {@link PlainScalars#MAX_SHARED_KEYS} different keys, new ones are no longer shared.
         */
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

        /**
         * The scalar text written from {@code start} to {@code end}, one string for each different text (issue #18:
         * at 50,000 nodes a dependency's ends name a node, and kinds, teams, zones and small numbers repeat, about
         * 700,000 strings that were kept alive until the model was built, each copied by every young collection).
         * A text not found within {@link PlainScalars#MAX_PROBES} slots is not shared.
         */
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

        /** A scalar or flow collection starting at {@code s} and ending the line (a comment may follow). */
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

        /** The end of a plain value: before " #" or the line's end, trailing spaces left out. */
        private int plainEnd(int s) {
            byte[] t = this.t;
            int end = le;
            for (int i = s; i < le; i++) {
                byte c = t[i];
                if (c == '#' && t[i - 1] == ' ') {
                    end = i;
                    break;
                }
                if (c == ':' && (i + 1 == le || t[i + 1] == ' ')) throw NOT_PLAIN; // "a: b: c"
            }
            while (end > s && t[end - 1] == ' ') end--;
            return end;
        }

        /** The closing quote on the same line; no escapes, no doubled quotes. */
        private int quotedEnd(int s, byte quote) {
            int end = s + 1;
            while (end < le && t[end] != quote) end++;
            if (end >= le) throw NOT_PLAIN;
            if (quote == '"') {
                for (int i = s + 1; i < end; i++) {
                    if (t[i] == '\\') throw NOT_PLAIN; // an escape
                }
            }
            if (quote == '\'' && end + 1 < le && t[end + 1] == '\'') throw NOT_PLAIN;
            return end;
        }

        /** Only spaces, or spaces and a comment, from {@code i} to the line's end. */
        private void requireLineEnd(int i) {
            int j = skipSpaces(i);
            if (j < le && (t[j] != '#' || j == i)) throw NOT_PLAIN;
        }

        /** {@code [a, b, "c"]} on one line, of scalars; {@link #after} is set past its closing bracket. */
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

        /**
         * {@code {id: a, members: [x, y]}} on one line, with scalars and lists of scalars as values; {@link #after}
         * is set past its closing brace.
         */
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

        /**
         * A quoted or plain scalar inside brackets or braces, added to {@code out}; returns where the next non-space
         * character stands (a comma or the closing bracket, else not mine). Plain ones hold no flow indicator, no
         * colon and no question mark: SnakeYAML ends a plain scalar there in flow context.
         */
        private int flowScalar(int i, List<YamlNode> out) {
            if (i >= le) throw NOT_PLAIN; // a collection continued on the next line
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
                if (end == i) throw NOT_PLAIN; // an empty item
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
