package dev.faultline.io.v1;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.FutureTask;

import dev.faultline.io.yaml.PlainBytesReader;
import dev.faultline.io.yaml.Positions;
import dev.faultline.io.yaml.ProblemLog;
import dev.faultline.io.yaml.YamlList;
import dev.faultline.io.yaml.YamlMap;
import dev.faultline.io.yaml.YamlNode;

/**
 * A plain file read by {@link PlainBytesReader}, a big one in two parts of about the same work (issue #18). {@link
 * SplitYamlRead} can only cut before a top-level key, and a generated 50,000-node file has its last third before
 * {@code dependencies:} and two thirds after it, so the longer part alone set the parse's wall time. Here the cut
 * falls between two items of a top-level list, at {@link #HEAD_SHARE} of the text: this thread reads the part before
 * it; another thread counts the lines before the cut, finds the top-level key whose list it falls in, and reads the
 * remaining items and whatever follows the list as the whole file's reading would go on from that line.
 *
 * <p>The parts are used only when the first part's last top-level key is the one the other thread assumed, its
 * value a block sequence with its dashes in the cut line's column, and both parts read cleanly (no problem at all).
 * When a part is not plain YAML the whole file is not either (empty: the caller reads it with the full reader); when
 * the file is not shaped as assumed, it is cut before the first top-level key after that share, as {@link
 * SplitYamlRead} cuts, or read in one piece when there is none.
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

    /** Bytes from which a file is read in two parts ({@link SplitYamlRead#MIN_CHARS}; smaller in tests). */
    private final int minBytes;

    public PlainSplitRead() {
        this(SplitYamlRead.MIN_CHARS);
    }

    PlainSplitRead(int minBytes) {
        this.minBytes = minBytes;
    }

    /**
     * The file read cleanly by the plain reader (no problem at all), in two parts when big; empty when it is not
     * plain YAML or not clean: the full reader then reads its decoded text and reports what it finds.
     */
    public Optional<SplitYamlRead.Parts> readCleanly(PlainBytesReader text, ProblemLog log) {
        int aim = text.start() + (int) ((text.bytes().length - text.start()) * HEAD_SHARE);
        return read(text, log, aim).parts();
    }

    /** What a read gave, and whether it was cut inside a list (for the tests). */
    record Read(Optional<SplitYamlRead.Parts> parts, boolean inList) {
    }

    /** {@link #readCleanly}, cut at the first item at or after the byte {@code aim} (tests aim anywhere). */
    Read read(PlainBytesReader plain, ProblemLog log, int aim) {
        AsciiText text = new AsciiText(plain.bytes(), plain.start());
        if (text.length() < minBytes || Runtime.getRuntime().availableProcessors() < 2) {
            return new Read(whole(plain, log), false);
        }
        int cut = text.cutBeforeItem(aim);
        Read inList = cut < 0 ? null : inTwoParts(plain, text, cut, text.indentation(cut), log);
        if (inList != null) return inList;
        int keyCut = text.cutBeforeTopKey(aim);
        if (keyCut < 0) return new Read(whole(plain, log), false);
        return inTwoParts(plain, text, keyCut, -1, log);
    }

    private static Optional<SplitYamlRead.Parts> whole(PlainBytesReader plain, ProblemLog log) {
        ProblemLog partLog = log.sibling();
        V1Reader reader = new V1Reader(partLog);
        return plain.read(plain.start(), plain.bytes().length, 0, reader)
                .filter(root -> root instanceof YamlMap && partLog.isEmpty() && reader.itemsClean())
                .map(root -> new SplitYamlRead.Parts(root, reader, partLog));
    }

    /**
     * The parts before and from {@code cut}, read on two threads: inside a list whose dashes stand in {@code column},
     * or before a top-level key when {@code column} is -1. Null when the cut inside a list is not in the first
     * part's last list (the file is then cut otherwise).
     */
    private static Read inTwoParts(PlainBytesReader plain, AsciiText text, int cut, int column, ProblemLog log) {
        boolean inList = column >= 0;
        ProblemLog tailLog = log.sibling();
        V1Reader tailReader = new V1Reader(tailLog);
        FutureTask<Tail> tailRead = new FutureTask<>(() -> readTail(plain, text, cut, column, tailReader));
        Thread thread = new Thread(tailRead, "faultline-yaml");
        thread.setDaemon(true);
        thread.start();
        ProblemLog headLog = log.sibling();
        V1Reader headReader = new V1Reader(headLog);
        Optional<YamlNode> head = plain.read(plain.start(), cut, 0, headReader);
        Tail tail = SplitYamlRead.join(tailRead, null);
        // A part that is not plain YAML (or a problem in its items) makes the whole file not plain, or not clean.
        if (head.isEmpty() || !(head.get() instanceof YamlMap first) || !headLog.isEmpty()
                || !headReader.itemsClean()) {
            return new Read(Optional.empty(), inList);
        }
        if (inList && (tail == null || !cutInLastList(first, tail, column))) return null;
        if (tail == null || tail.rest == null || !tailLog.isEmpty() || !tailReader.itemsClean()
                || SplitYamlRead.sharesKey(first, tail.rest)) {
            return new Read(Optional.empty(), inList);
        }
        List<YamlMap.Entry> entries = new ArrayList<>(first.entries());
        entries.addAll(tail.rest.entries());
        headReader.takeItems(tailReader);
        return new Read(Optional.of(new SplitYamlRead.Parts(new YamlMap(entries, first.pos()), headReader, headLog)),
                inList);
    }

    /**
     * What the other thread read: the top-level key it took the cut to fall under (or stand after), that key's line,
     * and the top-level entries from the cut on (null when its part is not plain YAML).
     */
    private record Tail(String key, int keyLine, YamlMap rest) {
    }

    /**
     * The part from the cut (before a top-level key when {@code column} is -1); null when the cut is inside a list
     * and no top-level key stands before it in the form the plain reader reads.
     */
    private static Tail readTail(PlainBytesReader plain, AsciiText text, int cut, int column, V1Reader reader) {
        if (column < 0) {
            Optional<YamlNode> rest = plain.read(cut, plain.bytes().length, text.lineFeedsBefore(cut), reader);
            return new Tail(null, 0, (YamlMap) rest.orElse(null)); // the plain reader's root is a mapping
        }
        // One pass over the first part: its line breaks (positions are the whole file's) and its last top-level key.
        AsciiText.TopKey key = text.lastTopKeyBefore(cut);
        if (key == null || !reader.accepts(key.name())) return null;
        Optional<YamlMap> rest = plain.readListTail(cut, key.linesBefore(), key.name(), column, reader);
        return new Tail(key.name(), key.line(), rest.orElse(null));
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
}
