package dev.faultline.io.v1;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.FutureTask;

import dev.faultline.io.yaml.PlainBlockReader;
import dev.faultline.io.yaml.PlainBytesReader;
import dev.faultline.io.yaml.Positions;
import dev.faultline.io.yaml.ProblemLog;
import dev.faultline.io.yaml.YamlList;
import dev.faultline.io.yaml.YamlMap;
import dev.faultline.io.yaml.YamlNode;
import dev.faultline.io.yaml.YamlTreeReader;

/**
 * A big plain file read by {@link PlainBlockReader} in two parts of about the same work (issue #18). {@link
 * SplitYamlRead} can only cut before a top-level key, and a generated 50,000-node file has its last third before
 * {@code dependencies:} and two thirds after it, so the longer part alone set the parse's wall time. Here the cut
 * falls between two items of a top-level list, at {@link #HEAD_SHARE} of the text: this thread reads the part before
 * it; another thread counts the lines before the cut, finds the top-level key whose list it falls in, and reads the
 * remaining items and whatever follows the list as the whole file's reading would go on from that line.
 *
 * <p>The parts are used only when the first part's last top-level key is the one the other thread assumed, its
 * value a block sequence with its dashes in the cut line's column, and both parts read cleanly (no problem at all).
 * When a part is not plain YAML the whole file is not either (empty: the caller reads it with the full reader); when
 * the file is not shaped as assumed, {@link SplitYamlRead} reads it as before.
 */
public final class PlainSplitRead {
    /**
     * Where the cut goes, as a share of the text: before the middle, since the first part of a generated file holds
     * the nodes, whose short lines of numbers and lists cost more per character than the dependencies' (at 50,000
     * nodes each thread then spends about 0.5 s of CPU; the other thread's count of the lines is 25 ms of it).
     */
    static final double HEAD_SHARE = 0.45;
    /** Lines looked at after the aimed-at place for an item to cut before. */
    static final int SEARCH_LINES = 5_000;

    private final PlainBlockReader plain = new PlainBlockReader();
    private final SplitYamlRead fallback = new SplitYamlRead(plain);
    /** {@link SplitYamlRead#MIN_CHARS}; smaller in tests, which cut small texts anywhere. */
    private final int minChars;

    public PlainSplitRead() {
        this(SplitYamlRead.MIN_CHARS);
    }

    PlainSplitRead(int minChars) {
        this.minChars = minChars;
    }

    /** As {@link SplitYamlRead#readCleanly}: the file read cleanly by the fast reader, in two parts when big, else empty. */
    public Optional<SplitYamlRead.Parts> readCleanly(String text, ProblemLog log) {
        return readCleanly(text, log, (int) (text.length() * HEAD_SHARE));
    }

    /** {@link #readCleanly}, cut at the first item at or after {@code aim} (tests aim anywhere). */
    Optional<SplitYamlRead.Parts> readCleanly(String text, ProblemLog log, int aim) {
        return read(text, log, aim).parts();
    }

    /**
     * What {@link #readCleanly(String, ProblemLog)} gives for the decoded text of a file, read from its bytes (issue
     * #18). {@link BytesRead#known} is false when that is not known from the bytes (a byte the bytes reader does not
     * read, see {@link PlainBytesReader#plainText}, or a big file not cut inside a list, which the string's reading cuts before a top-level key):
     * then decode and read the text.
     */
    public BytesRead readCleanly(PlainBytesReader ascii, ProblemLog log) {
        return readCleanly(ascii, log, (int) ((ascii.bytes().length - ascii.start()) * HEAD_SHARE));
    }

    /** {@link #readCleanly(PlainBytesReader, ProblemLog)} aimed at {@code aim} characters after the text's start. */
    BytesRead readCleanly(PlainBytesReader ascii, ProblemLog log, int aim) {
        Read read = read(new AsciiText(ascii), log, ascii.start() + aim);
        if (read.parts().isPresent() || !read.known()) return new BytesRead(read.parts(), read.known());
        // Nothing read: the text's reading reads nothing either, unless a byte the bytes reader refuses would decode
        // to a character the string reader reads. Looked for only now (the reads look at the bytes they read).
        return new BytesRead(Optional.empty(), !ascii.metOtherByte()
                && PlainBytesReader.plainText(ascii.bytes(), ascii.start(), ascii.bytes().length));
    }

    /**
     * A file read from its bytes: {@code parts} as {@link #readCleanly(String, ProblemLog)} gives them for its
     * decoded text when {@code known}, else nothing.
     */
    public record BytesRead(Optional<SplitYamlRead.Parts> parts, boolean known) {
        /** Not read from the bytes (they are not all printable ASCII, say). */
        public static final BytesRead UNKNOWN = new BytesRead(Optional.empty(), false);
    }

    /**
     * What a read gave, whether it was cut inside a list (for the tests), and whether the answer is known (false
     * only from {@link AsciiText}: the string must be read).
     */
    record Read(Optional<SplitYamlRead.Parts> parts, boolean inList, boolean known) {
        static final Read UNKNOWN = new Read(Optional.empty(), false, false);

        Read(Optional<SplitYamlRead.Parts> parts, boolean inList) {
            this(parts, inList, true);
        }

        static Read notInList(Optional<SplitYamlRead.Parts> parts) {
            return new Read(parts, false);
        }
    }

    Read read(String text, ProblemLog log, int aim) {
        return read(new StringText(text), log, aim);
    }

    private Read read(CutText text, ProblemLog log, int aim) {
        if (text.length() < minChars || Runtime.getRuntime().availableProcessors() < 2) return text.fallback(log);
        int cut = text.cutBeforeItem(aim);
        if (cut < 0) return text.fallback(log);
        int column = text.indentation(cut);
        ProblemLog tailLog = log.sibling();
        V1Reader tailReader = new V1Reader(tailLog);
        FutureTask<Tail> tailRead = new FutureTask<>(() -> readTail(text, cut, column, tailReader));
        Thread thread = new Thread(tailRead, "faultline-yaml");
        thread.setDaemon(true);
        thread.start();
        ProblemLog headLog = log.sibling();
        V1Reader headReader = new V1Reader(headLog);
        Optional<YamlNode> head = text.read(text.start(), cut, headLog, headReader);
        Tail tail = SplitYamlRead.join(tailRead, null);
        // A part that is not plain YAML (or a problem in its items) makes the whole file not plain, or not clean.
        if (head.isEmpty() || !(head.get() instanceof YamlMap first) || !headLog.isEmpty()
                || !headReader.itemsClean()) {
            return new Read(Optional.empty(), true);
        }
        if (tail == null || !cutInLastList(first, tail, column)) return text.fallback(log);
        if (tail.rest == null || !tailLog.isEmpty() || !tailReader.itemsClean()
                || SplitYamlRead.sharesKey(first, tail.rest)) {
            return new Read(Optional.empty(), true);
        }
        List<YamlMap.Entry> entries = new ArrayList<>(first.entries());
        entries.addAll(tail.rest.entries());
        headReader.takeItems(tailReader);
        return new Read(Optional.of(new SplitYamlRead.Parts(new YamlMap(entries, first.pos()), headReader, headLog)),
                true);
    }

    /**
     * What the other thread read: the top-level key it took the cut to fall under, that key's line, and the
     * top-level entries after the list (null when its part is not plain YAML).
     */
    private record Tail(String key, int keyLine, YamlMap rest) {
    }

    /** Null when no top-level key stands before the cut in the form the fast reader reads. */
    private static Tail readTail(CutText text, int cut, int column, V1Reader reader) {
        // One pass over the first part: its line breaks (positions are the whole file's) and its last top-level key.
        CutText.TopKey key = text.lastTopKeyBefore(cut);
        if (key == null || !reader.accepts(key.name())) return null;
        Optional<YamlMap> rest = text.readListTail(cut, key.linesBefore(), key.name(), column, reader);
        return new Tail(key.name(), key.line(), rest.orElse(null));
    }

    /** A decoded text: the string's own searches and {@link PlainBlockReader}. */
    private final class StringText implements CutText {
        private final String text;

        StringText(String text) {
            this.text = text;
        }

        @Override
        public int start() {
            return 0;
        }

        @Override
        public int end() {
            return text.length();
        }

        @Override
        public int cutBeforeItem(int aim) {
            return PlainSplitRead.cutBeforeItem(text, aim);
        }

        @Override
        public int indentation(int at) {
            return PlainSplitRead.indentation(text, at);
        }

        @Override
        public TopKey lastTopKeyBefore(int cut) {
            int lines = 0;
            int keyStart = SplitYamlRead.isLetter(text.charAt(0)) ? 0 : -1;
            int keyLine = 1;
            for (int i = text.indexOf('\n'); i >= 0 && i < cut; i = text.indexOf('\n', i + 1)) {
                lines++;
                if (i + 1 < cut && SplitYamlRead.isLetter(text.charAt(i + 1))) {
                    keyStart = i + 1;
                    keyLine = lines + 1;
                }
            }
            if (keyStart < 0) return null;
            int colon = text.indexOf(':', keyStart);
            if (colon < 0 || colon >= cut) return null;
            return new TopKey(text.substring(keyStart, colon), keyLine, lines);
        }

        @Override
        public Optional<YamlNode> read(int from, int to, ProblemLog log, YamlTreeReader.ItemSink sink) {
            return plain.read(text, from, to, 0, log, sink);
        }

        @Override
        public Optional<YamlMap> readListTail(int from, int linesBefore, String key, int column,
                                              YamlTreeReader.ItemSink sink) {
            return plain.readListTail(text, from, text.length(), linesBefore, key, column, sink);
        }

        @Override
        public Read fallback(ProblemLog log) {
            return Read.notInList(PlainSplitRead.this.fallback.readCleanly(text, log));
        }
    }

    /**
     * The first part ends in the list the other thread assumed: its last top-level key is that key, on that line,
     * and its value a block sequence (below the key, not a flow list on its line) with its dashes in the cut's column.
     */
    private static boolean cutInLastList(YamlMap first, Tail tail, int column) {
        List<YamlMap.Entry> entries = first.entries();
        if (entries.isEmpty()) return false;
        YamlMap.Entry last = entries.get(entries.size() - 1);
        return last.key().equals(tail.key) && Positions.line(last.keyPos()) == tail.keyLine
                && Positions.column(last.keyPos()) == 1 && last.value() instanceof YamlList list
                && Positions.line(list.pos()) > tail.keyLine && Positions.column(list.pos()) == column + 1;
    }

    /**
     * The start of the first line at or after {@code aim} that is a list item ({@code - } after spaces only) whose
     * previous line is indented deeper (the previous item's last line: so the cut is never a list's first item,
     * where the first part would end in a key without its value), or -1.
     */
    static int cutBeforeItem(String text, int aim) {
        int previous = aim > 0 ? text.lastIndexOf('\n', aim - 1) + 1 : 0;
        int line = text.indexOf('\n', previous);
        for (int seen = 0; line >= 0 && line + 1 < text.length() && seen < SEARCH_LINES; seen++) {
            int start = line + 1;
            int column = indentation(text, start);
            int dash = start + column;
            if (previous > 0 && dash < text.length() && text.charAt(dash) == '-'
                    && (dash + 1 == text.length() || text.charAt(dash + 1) == ' ' || text.charAt(dash + 1) == '\n')
                    && deeperContent(text, previous, column)) {
                return start;
            }
            previous = start;
            line = text.indexOf('\n', start);
        }
        return -1;
    }

    /** The line at {@code start} has more than {@code column} spaces before its first character, not a comment. */
    private static boolean deeperContent(String text, int start, int column) {
        int ind = indentation(text, start);
        int c = start + ind;
        return ind > column && c < text.length() && text.charAt(c) != '\n' && text.charAt(c) != '#';
    }

    private static int indentation(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i - start;
    }
}
