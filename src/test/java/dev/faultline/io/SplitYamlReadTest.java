package dev.faultline.io;

import dev.faultline.io.v1.SplitYamlRead;
import dev.faultline.io.v1.TopologyWriter;
import dev.faultline.io.yaml.ProblemLog;
import dev.faultline.io.yaml.YamlTreeReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.generator.TopologyGenerator;
import dev.faultline.model.Topology;

/**
 * A big file parsed in two parts on two cores (issue #18) loads exactly as in one piece: every node and dependency
 * at its own line, and anything the parts cannot settle alone read again whole, with the whole file's message.
 */
class SplitYamlReadTest {
    private static final Path FILE = Path.of("big.yaml");
    private static final String BIG = new TopologyWriter().write(TopologyGenerator.generate(1_000, 3));

    @Test
    void aBigFileIsReadInTwoPartsAndEveryItemKeepsItsLine() {
        assertTrue(BIG.length() > SplitYamlRead.MIN_CHARS, "big enough to be split");
        assertTrue(splits(BIG), "cut at a top-level key and read in two parts");
        assertPositionsMatchTheText(BIG);
    }

    @Test
    void windowsLineEndingsKeepTheLinesToo() {
        String crlf = BIG.replace("\n", "\r\n");
        assertTrue(splits(crlf));
        assertPositionsMatchTheText(crlf);
    }

    @Test
    void aMistakeInTheSecondPartIsReportedAtItsLineInTheWholeFile() {
        int at = BIG.lastIndexOf("\n    to: ") + 1;
        String broken = BIG.substring(0, at) + "    to: nowhere-at-all" + BIG.substring(BIG.indexOf('\n', at));
        int line = lineOf(broken, at);
        LoadResult r = new TopologyLoader().parse(broken, FILE);
        LoaderAssertions.assertError(r, line, 9, "nowhere-at-all");
    }

    @Test
    void aQuoteLeftOpenAcrossTheCutIsReadWholeWithTheWholeFilesMessage() {
        int cut = SplitYamlRead.cutNearMiddle(BIG);
        String open = BIG.substring(0, cut) + "note: \"never closed\n" + BIG.substring(cut);
        assertFalse(splits(open));
        ProblemLog whole = new ProblemLog(FILE);
        assertTrue(new YamlTreeReader().read(open, whole).isEmpty() || !whole.isEmpty());
        assertEquals(whole.sorted(), new TopologyLoader().parse(open, FILE).problems());
    }

    @Test
    void aTopLevelKeyRepeatedInTheSecondPartIsReportedAsInOnePiece() {
        String repeated = BIG + "name: again\n";
        assertFalse(splits(repeated));
        LoadResult r = new TopologyLoader().parse(repeated, FILE);
        int line = lineOf(repeated, repeated.length() - "name: again\n".length());
        LoaderAssertions.assertError(r, line, 1, "duplicate key 'name'");
    }

    @Test
    void aSecondDocumentAfterTheCutIsLeftToTheWholeFile() {
        String two = BIG + "---\nfaultline: 1\n";
        assertFalse(splits(two));
        LoaderAssertions.problem(new TopologyLoader().parse(two, FILE), "more than one YAML document");
    }

    @Test
    void anyDocumentMarkerAfterTheCutLeavesTheFileWhole() {
        // Looked for while the parts are read (issue #18): the reader must still give up the parts.
        for (String tail : List.of("---\nfaultline: 1\n", "...\n", "%YAML 1.1\n", "a: 1\r...\n", "a: 1\r---\n")) {
            String text = BIG + tail;
            assertFalse(splits(text), tail);
        }
    }

    private static boolean splits(String text) {
        return new SplitYamlRead(new YamlTreeReader()).read(text, new ProblemLog(FILE)).isPresent();
    }

    /** Each node's and dependency's position is the line where its list item starts in the text. */
    private static void assertPositionsMatchTheText(String text) {
        LoadResult r = new TopologyLoader().parse(text, FILE);
        assertTrue(r.problems().isEmpty(), () -> LoaderAssertions.describe(r));
        Topology t = r.topology().orElseThrow();
        List<Integer> nodeLines = itemLines(text, "nodes:");
        List<Integer> dependencyLines = itemLines(text, "dependencies:");
        assertEquals(nodeLines.size(), t.nodes().size());
        assertEquals(dependencyLines.size(), t.dependencies().size());
        for (int i = 0; i < nodeLines.size(); i++) {
            assertEquals(nodeLines.get(i), t.nodes().get(i).position().line(), "node " + i);
        }
        for (int i = 0; i < dependencyLines.size(); i++) {
            assertEquals(dependencyLines.get(i), t.dependencies().get(i).position().line(), "dependency " + i);
        }
    }

    /** 1-based lines of the items ("  - ") of the top-level list {@code key}. */
    private static List<Integer> itemLines(String text, String key) {
        String[] lines = text.split("\r?\n", -1);
        List<Integer> out = new ArrayList<>();
        boolean inside = false;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty() && Character.isLetter(lines[i].charAt(0))) inside = lines[i].equals(key);
            else if (inside && lines[i].startsWith("  - ")) out.add(i + 1);
        }
        return out;
    }

    private static int lineOf(String text, int index) {
        return SplitYamlRead.lineBreaks(text, index) + 1;
    }
}
