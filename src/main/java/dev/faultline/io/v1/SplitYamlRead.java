package dev.faultline.io.v1;

import dev.faultline.io.yaml.ProblemLog;
import dev.faultline.io.yaml.YamlMap;
import dev.faultline.io.yaml.YamlNode;
import dev.faultline.io.yaml.YamlTreeReader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A big file's YAML parsed on two cores (issue #18: parsing was a quarter of a cold 10,000-node {@code analyze}, all
 * on one core). The text is cut before a top-level key near its middle ({@code dependencies:} in a generated file);
 * the part from there on is parsed on another thread, with its own reader and problem log, while this thread parses
 * the part before it.
 *
 * <p>The parts are used only when both read as mappings with different keys and without a single problem; anything
 * else (a quote or bracket left open across the cut, a second document, a duplicate key, any mistake at all) and the
 * caller reads the whole file in one piece, so every message and position is exactly what it was. A part's
 * positions are those in the whole file: the cut is at the start of a line, so only line numbers shift. Each part
 * is a copy of its half of the text (the plain reader's cut, {@link PlainSplitRead}, reads a file's bytes in place).
 */
public final class SplitYamlRead {
    /** Below this, a second thread costs more than it saves. */
    public static final int MIN_CHARS = 256 * 1024;

    private final YamlTreeReader yaml;

    public SplitYamlRead(YamlTreeReader yaml) {
        this.yaml = yaml;
    }

    /** Whether the text is read in two parts. */
    private static boolean splits(String text) {
        return text.length() >= MIN_CHARS && Runtime.getRuntime().availableProcessors() >= 2;
    }

    /** The two parts read and joined, ready for {@link Parts#records}; empty when the file must be read whole. */
    public Optional<Parts> read(String text, ProblemLog log) {
        if (!splits(text)) return Optional.empty();
        int cut = cutNearMiddle(text);
        if (cut < 0) return Optional.empty();
        ProblemLog tailLog = log.sibling();
        V1Reader tailReader = new V1Reader(tailLog);
        // The tail's line count and copy are made on its thread: this one starts on the head at once.
        FutureTask<Optional<YamlNode>> tailRead =
                new FutureTask<>(() -> yaml.read(text.substring(cut), lineBreaks(text, cut), tailLog, tailReader));
        Thread thread = new Thread(tailRead, "faultline-yaml");
        thread.setDaemon(true);
        thread.start();
        ProblemLog headLog = log.sibling();
        V1Reader headReader = new V1Reader(headLog);
        Optional<YamlNode> head = yaml.read(text.substring(0, cut), 0, headLog, headReader);
        // Looked for only now, while the tail (which also counts the head's lines first) is still being read: seven
        // scans over half of a 36 MB file cost about 0.1 s on this thread before the other one could start. A
        // marker makes both parts useless, as it did before they were read.
        boolean marker = hasDocumentMarkerFrom(text, cut);
        Optional<YamlNode> rest = join(tailRead, Optional.empty());
        if (marker || head.isEmpty() || rest.isEmpty() || !(head.get() instanceof YamlMap first)
                || !(rest.get() instanceof YamlMap second) || !headLog.isEmpty() || !tailLog.isEmpty()
                || !headReader.itemsClean() || !tailReader.itemsClean() || sharesKey(first, second)) {
            return Optional.empty();
        }
        List<YamlMap.Entry> entries = new ArrayList<>(first.entries());
        entries.addAll(second.entries());
        headReader.takeItems(tailReader);
        return Optional.of(new Parts(new YamlMap(entries, first.pos()), headReader, headLog));
    }

    /** The joined tree and the reader that holds every part's list items. */
    public record Parts(YamlNode root, V1Reader reader, ProblemLog partLog) {
        /** The version-1 records, reporting into {@code log} what reading them finds. */
        public Optional<TopologyFileV1> records(ProblemLog log) {
            Optional<TopologyFileV1> file = reader.read(root);
            log.addAll(partLog);
            return file;
        }
    }

    /**
     * The start of the line of a top-level key (a letter in the first column) nearest the middle of the text, or -1.
     * Such a line cannot continue a block scalar or plain value of the top-level mapping (those are indented); a
     * quoted or bracketed value that runs across it leaves the first part unclosed, which fails to parse.
     */
    public static int cutNearMiddle(String text) {
        // Searched outwards from the middle: the nearest such line at or before it, and the nearest after it (a tie
        // goes to the one before). Scanning from the start cost a pass over half of a 36 MB file on the main thread.
        int middle = text.length() / 2;
        int before = -1;
        for (int i = middle > 0 ? text.lastIndexOf('\n', middle - 1) : -1; i >= 0; i = i > 0 ? text.lastIndexOf('\n', i - 1) : -1) {
            if (i + 1 < text.length() && isLetter(text.charAt(i + 1))) {
                before = i + 1;
                break;
            }
        }
        int after = -1;
        for (int i = text.indexOf('\n', middle); i >= 0 && i + 1 < text.length(); i = text.indexOf('\n', i + 1)) {
            if (before >= 0 && i + 1 - middle > middle - before) break; // no nearer one can follow
            if (isLetter(text.charAt(i + 1))) {
                after = i + 1;
                break;
            }
        }
        if (before < 0) return after;
        if (after < 0) return before;
        return middle - before <= after - middle ? before : after;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A document start or end marker, or a directive, from the cut on: only the whole file reports those right. */
    private static boolean hasDocumentMarkerFrom(String text, int cut) {
        return text.startsWith("---", cut) || text.startsWith("...", cut) || text.indexOf("\n---", cut) >= 0
                || text.indexOf("\n...", cut) >= 0 || text.indexOf("\n%", cut) >= 0 || text.indexOf("\r...", cut) >= 0
                || text.indexOf("\r---", cut) >= 0;
    }

    /** Line breaks before {@code end} as SnakeYAML counts them: LF, CRLF, a lone CR, NEL, LS and PS. */
    public static int lineBreaks(String text, int end) {
        if (onlyLineFeeds(text, end)) { // nearly every file: count with indexOf, a tight loop inside String
            int lines = 0;
            for (int i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) lines++;
            return lines;
        }
        int lines = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    private static boolean onlyLineFeeds(String text, int end) {
        for (char c : new char[] {'\r', '\u0085', '\u2028', '\u2029'}) {
            int at = text.indexOf(c);
            if (at >= 0 && at <= end) return false;
        }
        return true;
    }

    /** Whether the two parts' top-level mappings name a key twice (the parts are then not used: see the callers). */
    static boolean sharesKey(YamlMap first, YamlMap second) {
        Set<String> keys = new HashSet<>();
        for (YamlMap.Entry e : first.entries()) keys.add(e.key());
        for (YamlMap.Entry e : second.entries()) {
            if (keys.contains(e.key())) return true;
        }
        return false;
    }

    /**
     * The other thread's part, or {@code otherwise} when it failed or this thread was interrupted: the whole file is then
     * read again, and reports whatever went wrong. An error (out of memory) is rethrown as such.
     */
    static <T> T join(FutureTask<T> task, T otherwise) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return otherwise;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) throw error;
            return otherwise;
        }
    }
}
