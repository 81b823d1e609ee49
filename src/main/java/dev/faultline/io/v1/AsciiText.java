package dev.faultline.io.v1;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dev.faultline.io.yaml.PlainBytesReader;
import dev.faultline.io.yaml.ProblemLog;
import dev.faultline.io.yaml.YamlMap;
import dev.faultline.io.yaml.YamlNode;
import dev.faultline.io.yaml.YamlTreeReader;

/**
 * A file's bytes from {@code start} (after a byte order mark) as the text {@link PlainSplitRead} cuts and reads
 * (issue #18: a file of printable ASCII, or with characters beyond it that the string reader reads, is read without
 * decoding it; the reads refuse any other byte). Every method is its string twin in {@link PlainSplitRead} with a
 * byte for a character: the cut looks only at line feeds, spaces, dashes and ASCII letters, which are single bytes
 * in UTF-8 (no byte of a longer character looks like one), so it finds the same lines. Only the aim and the lengths
 * are bytes where the string counts characters: beyond ASCII the cut may fall a few items from the string's, and a
 * file of at least {@link SplitYamlRead#MIN_CHARS} bytes but fewer characters is cut where the string is read in
 * one piece; the tree read is the same (the parts' readings are the whole's), and what is not known is answered so. Where the string's reading would go on to cut the file before
 * a top-level key (a big file not cut inside a list), the answer is "not known" ({@link PlainSplitRead.Read#known}):
 * the caller decodes the file and reads the string.
 */
final class AsciiText implements CutText {
    private final byte[] t;
    private final int start;
    private final PlainBytesReader plain;

    AsciiText(PlainBytesReader plain) {
        this.t = plain.bytes();
        this.start = plain.start();
        this.plain = plain;
    }

    @Override
    public int start() {
        return start;
    }

    @Override
    public int end() {
        return t.length;
    }

    @Override
    public int cutBeforeItem(int aim) {
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

    @Override
    public int indentation(int at) {
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

    @Override
    public TopKey lastTopKeyBefore(int cut) {
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

    @Override
    public Optional<YamlNode> read(int from, int to, ProblemLog log, YamlTreeReader.ItemSink sink) {
        return plain.read(from, to, 0, sink);
    }

    @Override
    public Optional<YamlMap> readListTail(int from, int linesBefore, String key, int column,
                                          YamlTreeReader.ItemSink sink) {
        return plain.readListTail(from, linesBefore, key, column, sink);
    }

    /** {@link SplitYamlRead#readCleanly} of the string: in one piece when not split, else not known. */
    @Override
    public PlainSplitRead.Read fallback(ProblemLog log) {
        if (SplitYamlRead.splits(length())) return PlainSplitRead.Read.UNKNOWN;
        ProblemLog partLog = log.sibling();
        V1Reader reader = new V1Reader(partLog);
        return PlainSplitRead.Read.notInList(plain.read(start, t.length, 0, reader)
                .filter(root -> root instanceof YamlMap && partLog.isEmpty() && reader.itemsClean())
                .map(root -> new SplitYamlRead.Parts(root, reader, partLog)));
    }
}
