package dev.faultline.io.v1;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.FutureTask;

import dev.faultline.io.yaml.PlainBlockReader;
import dev.faultline.io.yaml.Positions;
import dev.faultline.io.yaml.ProblemLog;
import dev.faultline.io.yaml.YamlList;
import dev.faultline.io.yaml.YamlMap;
import dev.faultline.io.yaml.YamlNode;

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
    private static final int SEARCH_LINES = 5_000;

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

    /** What a read gave, and whether it was cut inside a list (for the tests). */
    record Read(Optional<SplitYamlRead.Parts> parts, boolean inList) {
        static Read notInList(Optional<SplitYamlRead.Parts> parts) {
            return new Read(parts, false);
        }
    }

    Read read(String text, ProblemLog log, int aim) {
        if (text.length() < minChars || Runtime.getRuntime().availableProcessors() < 2) {
            return Read.notInList(fallback.readCleanly(text, log));
        }
        int cut = cutBeforeItem(text, aim);
        if (cut < 0) return Read.notInList(fallback.readCleanly(text, log));
        int column = indentation(text, cut);
        ProblemLog tailLog = log.sibling();
        V1Reader tailReader = new V1Reader(tailLog);
        FutureTask<Tail> tailRead = new FutureTask<>(() -> readTail(text, cut, column, tailReader));
        Thread thread = new Thread(tailRead, "faultline-yaml");
        thread.setDaemon(true);
        thread.start();
        ProblemLog headLog = log.sibling();
        V1Reader headReader = new V1Reader(headLog);
        Optional<YamlNode> head = plain.read(text, 0, cut, 0, headLog, headReader);
        Tail tail = SplitYamlRead.join(tailRead, null);
        // A part that is not plain YAML (or a problem in its items) makes the whole file not plain, or not clean.
        if (head.isEmpty() || !(head.get() instanceof YamlMap first) || !headLog.isEmpty()
                || !headReader.itemsClean()) {
            return new Read(Optional.empty(), true);
        }
        if (tail == null || !cutInLastList(first, tail, column)) return Read.notInList(fallback.readCleanly(text, log));
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
    private Tail readTail(String text, int cut, int column, V1Reader reader) {
        // One pass over the first part: its line breaks (positions are the whole file's) and its last top-level key.
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
        String key = text.substring(keyStart, colon);
        if (!reader.accepts(key)) return null;
        Optional<YamlMap> rest = plain.readListTail(text, cut, text.length(), lines, key, column, reader);
        return new Tail(key, keyLine, rest.orElse(null));
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
