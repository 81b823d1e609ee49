package dev.faultline.io.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * A big plain file read from its bytes in two parts, cut inside a top-level list or else before a top-level key
 * (issue #18), gives exactly what the string reader it replaced gives reading the decoded text in one piece (the
 * oracle, {@link PlainBlockReader} in the test tree): the same tree, the same records in the same order with the same
 * positions, and nothing exactly where one piece is not read cleanly. Cut everywhere in generated, sample and randomly
 * changed texts (with characters beyond ASCII, CR, tabs, byte order marks and lone surrogates among the changes); the
 * loading path around it (full reader, validation) then reports every problem at the same line and column.
 */
class PlainSplitReadTest {
    private static final Path FILE = Path.of("t.yaml");

    @Test
    void aGeneratedFileIsCutInsideItsDependenciesNearTheAimedShare() {
        String text = new TopologyWriter().write(TopologyGenerator.generate(1_000, 3));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int aim = (int) (bytes.length * PlainSplitRead.HEAD_SHARE);
        int cut = new AsciiText(bytes, 0).cutBeforeItem(aim);
        assertTrue(cut >= aim && cut - aim < 200, "cut " + cut + " near " + aim);
        assertTrue(cut > text.indexOf("\ndependencies:\n"), "inside the dependencies");
        assertTrue(text.startsWith("  - from: ", cut), "before an item");
        PlainSplitRead.Read read = read(new PlainSplitRead(1), text, 0, aim);
        assertTrue(read.parts().isPresent() && read.inList(), "read in two parts, cut inside the list");
        assertSameAsInOnePiece(text, read.parts(), "generated");
    }

    @Test
    void everyCutOfGeneratedAndSampleFilesReadsAsOnePiece() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(new TopologyWriter().write(TopologyGenerator.generate(60, 5)));
        texts.add(new TopologyWriter().write(TopologyGenerator.generate(100, 9)));
        for (Path sample : BundledSamples.paths()) texts.add(Files.readString(sample));
        int inList = 0;
        int beforeKey = 0;
        for (String text : texts) {
            for (int aim = 0; aim < text.length(); aim += 29 + aim % 41) {
                PlainSplitRead.Read read = readAt(text, aim);
                assertSameAsInOnePiece(text, read.parts(), "aim " + aim);
                if (read.parts().isPresent()) {
                    if (read.inList()) inList++;
                    else beforeKey++;
                }
            }
        }
        assertTrue(inList > 300, "many cuts inside lists (" + inList + ")");
        assertTrue(beforeKey > 10, "some cuts before a top-level key (" + beforeKey + ")");
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
                "nodes:\n  - id: a\n    kind: x\n  - id: b\n    kind: y\n---\nname: z\n",
                "nodes:\n  - id: a\n    kind: x\n  - id: b\n    kind:\n  - id: c\n",
                "nodes:\n  - id: a\n    kind: x\n  -\n    id: b\n  - id: c\n",
                "nodes:\n  - id: a\n    kind: x\n  - b\n  - id: c\n    kind: 1\n",
                "nodes:\n  - id: a\n    unknown: x\n  - id: b\n    replicas: many\n",
                "nodes:\n  - id: a\n    deps:\n      - a: 1\n        b: 2\n      - a: 3\n        b: 4\n  - id: b\n",
                "name: x\nnodes:\n  - {id: a, kind: x}\n  - {id: b}\nteams:\n  - {id: t}\nname: y\n",
                "name: é\nnodes:\n  - id: ü\n    kind: 漢字\n  - id: b\nflows:\n  - id: —\n    entry: ü\n");
        for (String text : texts) {
            for (int aim = 0; aim < text.length(); aim++) {
                int at = aim;
                assertSameAsInOnePiece(text, readAt(text, aim).parts(), "aim " + at + " in\n" + text);
            }
        }
    }

    @Test
    void randomlyChangedTextsReadAsOnePieceAndReportTheSameProblems() {
        Random random = new Random(18);
        List<String> seeds = List.of(
                new TopologyWriter().write(TopologyGenerator.generate(40, 11)),
                new TopologyWriter().write(TopologyGenerator.generate(25, 2)) + "flows:\n  - id: f\n    entry: x\n");
        String alphabet = " \n-:#[],'\"&*{}?.01aeyn\t\réü—漢\uFEFF\uD800";
        int twoParts = 0;
        for (int round = 0; round < 250; round++) {
            StringBuilder changed = new StringBuilder(seeds.get(round % seeds.size()));
            for (int m = random.nextInt(4); m > 0; m--) TextMutations.mutateWithKeys(changed, random, alphabet);
            String text = changed.toString();
            int aim = random.nextInt(text.length() + 1);
            PlainSplitRead.Read read = readAt(text, aim);
            assertSameAsInOnePiece(text, read.parts(), "round " + round);
            if (read.inList() && read.parts().isPresent()) twoParts++;
            // A fresh read: records are taken from parts once.
            assertEquals(load(text, Optional.empty()), load(text, readAt(text, aim).parts()), "round " + round);
        }
        assertTrue(twoParts > 60, "many changed texts still read in two parts (" + twoParts + ")");
    }

    @Test
    void aBigFileIsReadInTwoPartsWithTheRealThreshold() {
        String generated = new TopologyWriter().write(TopologyGenerator.generate(1_000, 3));
        assertTrue(generated.length() >= SplitYamlRead.MIN_CHARS);
        PlainSplitRead.Read read = read(new PlainSplitRead(), generated, 0,
                (int) (generated.length() * PlainSplitRead.HEAD_SHARE));
        assertTrue(read.parts().isPresent() && read.inList(), "read in two parts, cut inside the list");
        assertSameAsInOnePiece(generated, read.parts(), "generated");
        // No list item to cut before: cut before a top-level key.
        StringBuilder noList = new StringBuilder("faultline: 1\nname: big\nsettings:\n");
        for (int i = 0; noList.length() < SplitYamlRead.MIN_CHARS + 1_000; i++) {
            noList.append("  key").append(i).append(": value ").append(i).append('\n');
        }
        String text = noList + "nodes:\n  - id: a\n    kind: service\n";
        for (int aim : new int[] {0, text.length() / 3, text.length() / 2}) {
            PlainSplitRead.Read beforeKey = read(new PlainSplitRead(), text, 0, aim);
            assertTrue(beforeKey.parts().isPresent() && !beforeKey.inList(), "cut before a key, aim " + aim);
            assertSameAsInOnePiece(text, beforeKey.parts(), "no list, aim " + aim);
        }
    }

    @Test
    void afterAByteOrderMarkTheBytesReadAsTheTextWithoutIt() {
        String text = new TopologyWriter().write(TopologyGenerator.generate(60, 5));
        for (int aim = 0; aim < text.length(); aim += 97) {
            PlainSplitRead.Read expected = read(new PlainSplitRead(1), text, 0, aim);
            PlainSplitRead.Read actual = read(new PlainSplitRead(1), text, 3, aim + 3);
            assertSameAsInOnePiece(text, actual.parts(), "aim " + aim);
            assertEquals(expected.inList(), actual.inList(), "aim " + aim);
        }
    }

    /** The text's bytes read with any size cut, aimed at its character {@code aim}; nothing for a lone surrogate. */
    private static PlainSplitRead.Read readAt(String text, int aim) {
        if (PlainBytesReader.of(text).isEmpty()) return new PlainSplitRead.Read(Optional.empty(), false);
        return read(new PlainSplitRead(1), text, 0, PlainCharacters.byteOffset(text, Math.min(aim, text.length())));
    }

    /** Reads {@code text}'s bytes, after {@code start} bytes of a byte order mark when 3, aimed at byte {@code aim}. */
    private static PlainSplitRead.Read read(PlainSplitRead split, String text, int start, int aim) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[start + body.length];
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        System.arraycopy(mark, 0, bytes, 0, start);
        System.arraycopy(body, 0, bytes, start, body.length);
        return split.read(new PlainBytesReader(bytes, start), new ProblemLog(FILE), aim);
    }

    /** Two parts are read exactly as one piece; nothing is read exactly where one piece is not read cleanly. */
    private static void assertSameAsInOnePiece(String text, Optional<SplitYamlRead.Parts> parts, String where) {
        ProblemLog log = new ProblemLog(FILE);
        V1Reader reader = new V1Reader(log);
        Optional<YamlNode> root = new PlainBlockReader().read(text, 0, log, reader);
        boolean clean = root.isPresent() && root.get() instanceof YamlMap && log.isEmpty() && reader.itemsClean();
        assertEquals(clean, parts.isPresent(), () -> "read cleanly in one piece, and in parts: " + where);
        if (parts.isEmpty()) return;
        assertEquals(root.get(), parts.get().root(), where);
        ProblemLog split = new ProblemLog(FILE);
        assertEquals(reader.read(root.get()), parts.get().records(split), where);
        assertEquals(log.sorted(), split.sorted(), where);
    }

    /** What the loader makes of the text: records and every problem, after the plain reader's {@code parts}. */
    private static String load(String text, Optional<SplitYamlRead.Parts> parts) {
        ProblemLog log = new ProblemLog(FILE);
        YamlTreeReader yaml = new YamlTreeReader();
        Optional<TopologyFileV1> file = parts.or(() -> new SplitYamlRead(yaml).read(text, log))
                .map(p -> p.records(log)).orElseGet(() -> {
                    V1Reader reader = new V1Reader(log);
                    return yaml.read(text, log, reader).flatMap(reader::read);
                });
        file.ifPresent(f -> new V1Validator(log).validate(f));
        return file + "\n" + log.sorted();
    }
}
