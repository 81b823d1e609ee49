package dev.faultline.io.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.faultline.io.TextMutations;
import dev.faultline.BundledSamples;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.io.yaml.PlainBlockReader;
import dev.faultline.io.yaml.PlainBytesReader;
import dev.faultline.io.yaml.PlainCharacters;
import dev.faultline.io.yaml.ProblemLog;
import dev.faultline.io.yaml.YamlMap;
import dev.faultline.io.yaml.YamlNode;
import dev.faultline.io.yaml.YamlTreeReader;

/**
 * A big plain file read in two parts cut inside a top-level list (issue #18) gives exactly what the fast reader gives
 * reading it in one piece (the oracle): the same tree, the same records in the same order with the same positions,
 * and nothing where one piece is not read cleanly. Cut everywhere in generated, sample and randomly changed texts;
 * the loading path around it (full reader, validation) then reports every problem at the same line and column.
 */
class PlainSplitReadTest {
    private static final Path FILE = Path.of("t.yaml");

    @Test
    void aGeneratedFileIsCutInsideItsDependenciesNearTheAimedShare() {
        String text = new TopologyWriter().write(TopologyGenerator.generate(1_000, 3));
        int aim = (int) (text.length() * PlainSplitRead.HEAD_SHARE);
        int cut = PlainSplitRead.cutBeforeItem(text, aim);
        assertTrue(cut >= aim && cut - aim < 200, "cut " + cut + " near " + aim);
        assertTrue(cut > text.indexOf("\ndependencies:\n"), "inside the dependencies");
        assertTrue(text.startsWith("  - from: ", cut), "before an item");
        Optional<SplitYamlRead.Parts> parts = new PlainSplitRead(1).readCleanly(text, new ProblemLog(FILE));
        assertTrue(parts.isPresent(), "read in two parts");
        assertSameAsInOnePiece(text, parts, "generated");
        assertTrue(ListCutProbe.cutInList(text, aim), "the cut inside the list was taken, not the fallback");
    }

    @Test
    void everyCutOfGeneratedAndSampleFilesReadsAsOnePiece() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(new TopologyWriter().write(TopologyGenerator.generate(60, 5)));
        texts.add(new TopologyWriter().write(TopologyGenerator.generate(100, 9)));
        for (Path sample : BundledSamples.paths()) texts.add(Files.readString(sample));
        int inList = 0;
        for (String text : texts) {
            for (int aim = 0; aim < text.length(); aim += 29 + aim % 41) {
                PlainSplitRead.Read read = new PlainSplitRead(1).read(text, new ProblemLog(FILE), aim);
                assertSameAsInOnePiece(text, read.parts(), "aim " + aim);
                assertBytesReadAsText(text, aim, "aim " + aim);
                if (read.inList() && read.parts().isPresent()) inList++;
            }
        }
        assertTrue(inList > 300, "many cuts inside lists (" + inList + ")");
    }

    @Test
    void listShapesAroundTheCutReadAsOnePiece() {
        String item = "  - from: a\n    to: b\n";
        List<String> texts = List.of(
                "faultline: 1\nname: x\nnodes:\n  - id: a\n  - id: b\ndependencies:\n" + item.repeat(6)
                        + "flows:\n  - id: f\n    entry: a\n",
                "faultline: 1\nname: x\nnodes:\n- id: a\n- id: b\ndependencies:\n- from: a\n  to: b\n- from: b\n  to: a\n"
                        + "- from: a\n  to: b\n  fallback:\n  - b\n  - a\n- from: b\n  to: a\nname2: y\n",
                "faultline: 1\nnodes:\n  - id: a\n    zones:\n    - z\n    - y\n  - id: b\n    tags:\n      k: 1\n"
                        + "  # a comment\n\n  - id: c\n    zones: [z]\n",
                "nodes:\n  - id: a\n  - id: b\n   - id: c\n  - id: d\n",
                "nodes:\n  - id: a\n  - id: b\nnodes:\n  - id: c\n",
                "dependencies:\n  - from: a\n    to: b\n  - from: b\n    to: a\nname: x\n  - from: c\n    to: d\n",
                "other:\n  - a: 1\n    b: 2\n  - a: 3\n    b: 4\nnodes:\n  - id: a\n",
                "nodes: [a, b]\n  - id: c\n    kind: x\n",
                "nodes:\n  - id: a\n    kind: x\n  - id: b\n    kind: y\n...\n",
                "nodes:\n  - id: a\n    kind: x\n  - id: b\n    kind:\n  - id: c\n",
                "nodes:\n  - id: a\n    kind: x\n  -\n    id: b\n  - id: c\n",
                "nodes:\n  - id: a\n    kind: x\n  - b\n  - id: c\n    kind: 1\n",
                "nodes:\n  - id: a\n    unknown: x\n  - id: b\n    replicas: many\n");
        for (String text : texts) {
            for (int aim = 0; aim < text.length(); aim++) {
                int at = aim;
                assertSameAsInOnePiece(text, new PlainSplitRead(1).readCleanly(text, new ProblemLog(FILE), aim),
                        "aim " + at + " in\n" + text);
                assertBytesReadAsText(text, aim, "aim " + at + " in\n" + text);
            }
        }
    }

    @Test
    void randomlyChangedTextsReadAsOnePieceAndReportTheSameProblems() {
        Random random = new Random(18);
        List<String> seeds = List.of(
                new TopologyWriter().write(TopologyGenerator.generate(40, 11)),
                new TopologyWriter().write(TopologyGenerator.generate(25, 2)) + "flows:\n  - id: f\n    entry: x\n");
        String alphabet = " \n-:#[],'\"&*{}?.01aeyn\t\réü—漢";
        int twoParts = 0;
        for (int round = 0; round < 250; round++) {
            StringBuilder changed = new StringBuilder(seeds.get(round % seeds.size()));
            for (int m = random.nextInt(4); m > 0; m--) TextMutations.mutateWithKeys(changed, random, alphabet);
            String text = changed.toString();
            int aim = random.nextInt(text.length() + 1);
            PlainSplitRead.Read read = new PlainSplitRead(1).read(text, new ProblemLog(FILE), aim);
            assertSameAsInOnePiece(text, read.parts(), "round " + round);
            assertBytesReadAsText(text, aim, "round " + round);
            if (read.inList() && read.parts().isPresent()) twoParts++;
            assertEquals(load(text, new SplitYamlRead(new PlainBlockReader())::readCleanly),
                    load(text, (t, log) -> new PlainSplitRead(1).readCleanly(t, log, aim)), "round " + round);
        }
        assertTrue(twoParts > 60, "many changed texts still read in two parts (" + twoParts + ")");
    }

    @Test
    void aBigFileIsReadFromItsBytesAsFromItsText() {
        // Over SplitYamlRead.MIN_CHARS: the real cut, and the real fallback (cut before a top-level key) where there
        // is no list item to cut before, which the bytes leave to the decoded text ("not known").
        String generated = new TopologyWriter().write(TopologyGenerator.generate(1_000, 3));
        assertTrue(generated.length() >= SplitYamlRead.MIN_CHARS);
        PlainSplitRead.BytesRead read = readBytes(new PlainSplitRead(), generated, 0,
                (int) (generated.length() * PlainSplitRead.HEAD_SHARE));
        assertTrue(read.known() && read.parts().isPresent(), "read from the bytes in two parts");
        assertBytesReadAsText(generated, (int) (generated.length() * PlainSplitRead.HEAD_SHARE), "generated");
        StringBuilder noList = new StringBuilder("faultline: 1\nname: big\nsettings:\n");
        for (int i = 0; noList.length() < SplitYamlRead.MIN_CHARS + 1_000; i++) {
            noList.append("  key").append(i).append(": value ").append(i).append('\n');
        }
        String text = noList + "nodes:\n  - id: a\n    kind: service\n";
        for (int aim : new int[] {0, text.length() / 3, text.length() / 2}) {
            assertBytesReadAsText(text, aim, "no list, aim " + aim);
        }
        assertFalse(readBytes(new PlainSplitRead(), text, 0, text.length() / 2).known(), "left to the text");
    }

    @Test
    void afterAByteOrderMarkTheBytesReadAsTheTextWithoutIt() {
        String text = new TopologyWriter().write(TopologyGenerator.generate(60, 5));
        for (int aim = 0; aim < text.length(); aim += 97) {
            PlainSplitRead.Read expected = new PlainSplitRead(1).read(text, new ProblemLog(FILE), aim);
            PlainSplitRead.BytesRead actual = readBytes(new PlainSplitRead(1), text, 3, aim);
            assertSameParts(expected.parts(), actual.parts(), "aim " + aim);
        }
    }

    /**
     * The bytes of a text of the characters the plain reader reads read exactly as the text (the oracle), aimed at the
     * same line: the same parts (tree, records, problems) or the same nothing; "not known" only where the text's
     * reading cuts a big file before a top-level key.
     */
    private static void assertBytesReadAsText(String text, int aim, String where) {
        PlainSplitRead split = new PlainSplitRead(1);
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int byteAim = PlainCharacters.byteOffset(text, Math.min(aim, text.length()));
        if (!PlainCharacters.readable(text)) {
            PlainSplitRead.BytesRead read = split.readCleanly(new PlainBytesReader(bytes, 0), new ProblemLog(FILE),
                    byteAim);
            assertFalse(read.known() || read.parts().isPresent(), () -> "other bytes are left to the text: " + where);
            return;
        }
        PlainSplitRead.BytesRead actual = readBytes(split, text, 0, byteAim);
        PlainSplitRead.Read expected = split.read(text, new ProblemLog(FILE), aim);
        if (!actual.known()) {
            assertTrue(SplitYamlRead.splits(bytes.length) && !expected.inList(), () -> "not known: " + where);
            return;
        }
        assertSameParts(expected.parts(), actual.parts(), where);
    }

    /** Reads {@code text}'s bytes, after {@code start} bytes of a byte order mark when 3. */
    private static PlainSplitRead.BytesRead readBytes(PlainSplitRead split, String text, int start, int aim) {
        byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = new byte[start + body.length];
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        System.arraycopy(mark, 0, bytes, 0, start);
        System.arraycopy(body, 0, bytes, start, body.length);
        return split.readCleanly(new PlainBytesReader(bytes, start), new ProblemLog(FILE), aim);
    }

    private static void assertSameParts(Optional<SplitYamlRead.Parts> expected, Optional<SplitYamlRead.Parts> actual,
                                        String where) {
        assertEquals(expected.isPresent(), actual.isPresent(), where);
        if (expected.isEmpty()) return;
        assertEquals(expected.get().root(), actual.get().root(), where);
        ProblemLog a = new ProblemLog(FILE);
        ProblemLog b = new ProblemLog(FILE);
        assertEquals(expected.get().records(a), actual.get().records(b), where);
        assertEquals(a.sorted(), b.sorted(), where);
    }

    /**
     * Two parts are read exactly as one piece; nothing is read only where one piece is not read cleanly, or where the
     * reading before (cut before a top-level key) read nothing either.
     */
    private static void assertSameAsInOnePiece(String text, Optional<SplitYamlRead.Parts> parts, String where) {
        ProblemLog log = new ProblemLog(FILE);
        V1Reader reader = new V1Reader(log);
        Optional<YamlNode> root = new PlainBlockReader().read(text, 0, log, reader);
        boolean clean = root.isPresent() && root.get() instanceof YamlMap && log.isEmpty() && reader.itemsClean();
        if (parts.isEmpty()) {
            assertTrue(!clean || new SplitYamlRead(new PlainBlockReader()).readCleanly(text, new ProblemLog(FILE))
                    .isEmpty(), () -> "read in one piece but not in two: " + where);
            return;
        }
        assertTrue(clean, () -> "read in two parts but not in one piece: " + where);
        assertEquals(root.get(), parts.get().root(), where);
        ProblemLog split = new ProblemLog(FILE);
        assertEquals(reader.read(root.get()), parts.get().records(split), where);
        assertEquals(log.sorted(), split.sorted(), where);
    }

    /** What the loader makes of the text: records and every problem, with the fast reader's path given. */
    private static String load(String text, java.util.function.BiFunction<String, ProblemLog,
            Optional<SplitYamlRead.Parts>> fast) {
        ProblemLog log = new ProblemLog(FILE);
        YamlTreeReader yaml = new YamlTreeReader();
        Optional<TopologyFileV1> file = fast.apply(text, log).or(() -> new SplitYamlRead(yaml).read(text, log))
                .map(parts -> parts.records(log)).orElseGet(() -> {
                    V1Reader reader = new V1Reader(log);
                    return yaml.read(text, log, reader).flatMap(reader::read);
                });
        file.ifPresent(f -> new V1Validator(log).validate(f));
        return file + "\n" + log.sorted();
    }

    /** Whether a read aimed there was cut inside a list (not the fallback's cut before a top-level key). */
    private static final class ListCutProbe {
        static boolean cutInList(String text, int aim) {
            PlainSplitRead.Read read = new PlainSplitRead(1).read(text, new ProblemLog(FILE), aim);
            return read.inList() && read.parts().isPresent();
        }
    }
}
