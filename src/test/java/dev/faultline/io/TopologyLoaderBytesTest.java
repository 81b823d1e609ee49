package dev.faultline.io;

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

import dev.faultline.BundledSamples;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.io.v1.PlainSplitRead;
import dev.faultline.io.v1.SplitYamlRead;
import dev.faultline.io.v1.TopologyWriter;
import dev.faultline.io.yaml.InputGuard;
import dev.faultline.io.yaml.PlainCharacters;
import dev.faultline.io.yaml.ProblemLog;
import dev.faultline.model.Topology;

/**
 * A file loaded from its bytes (issue #18: a file of printable ASCII and the characters beyond it the plain reader
 * reads is read without decoding it) loads exactly as its decoded text loads with the full reader (the oracle: {@link
 * InputGuard#decode}, then {@link TopologyLoader#fullReaderOnly}): the same model, the same problems at the same
 * lines and columns. Checked on the samples, generated files (one big enough to be read in
 * two parts), files with names, ids and comments beyond ASCII (problems after them on the same line), and mutated
 * texts with CRLF, tabs, byte order marks, NUL, malformed UTF-8, other characters, long lines.
 */
class TopologyLoaderBytesTest {
    private static final Path FILE = Path.of("bytes.yaml");

    @Test
    void samplesAndGeneratedFilesLoadAsTheirText() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path sample : BundledSamples.paths()) texts.add(Files.readString(sample));
        texts.add(new TopologyWriter().write(TopologyGenerator.generate(2_000, 7)));
        String big = new TopologyWriter().write(TopologyGenerator.generate(1_000, 3));
        assertTrue(big.length() >= SplitYamlRead.MIN_CHARS, "read in two parts");
        texts.add(big);
        for (String text : texts) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertSameAsDecoded(bytes, "sample");
        }
        assertTrue(InputGuard.undecoded(big.getBytes(StandardCharsets.UTF_8)).isPresent(), "read from its bytes");
        // The samples' comments hold em-dashes: read from their bytes too.
        for (Path sample : BundledSamples.paths()) {
            byte[] bytes = Files.readAllBytes(sample);
            assertTrue(new PlainSplitRead().readCleanly(InputGuard.undecoded(bytes).orElseThrow(), new ProblemLog(FILE))
                    .isPresent(), () -> "read from its bytes: " + sample);
        }
    }

    @Test
    void namesAndIdsBeyondAsciiLoadAsTheirTextWithTheSameProblems() {
        String text = new TopologyWriter().write(TopologyGenerator.generate(300, 5));
        String named = text.replace("description: ", "description: Généré — 漢字 ")
                .replace("kind: database", "kind: database # ü — é");
        // Node ids beyond ASCII: refused by the validator, whose positions and suggestions follow them.
        String ids = named.replaceFirst("- id: ([a-z]+)-1\n", "- id: $1é—-1\n")
                .replaceFirst("to: ([a-z-]+)\n", "to: $1ü\n")
                .replaceFirst("observability: \\[", "observability: [x漢, bogüs, ")
                .replaceFirst("kind: database", "kind: dataé # é then a mistake: ");
        String tags = named.replace("monthly-cost: 4", "monthly-cost: x4é").replace("replicas: 2\n", "replicas: 2é\n");
        String big = new TopologyWriter().write(TopologyGenerator.generate(1_000, 3));
        String late = big.substring(0, big.length() - 200) + "# — the end\n" + big.substring(big.length() - 200);
        for (String each : List.of(named, ids, tags, late, big.replace("replicas: 3\n", "replicas: 3 # ü\n"))) {
            byte[] bytes = each.getBytes(StandardCharsets.UTF_8);
            assertSameAsDecoded(bytes, each.substring(0, 40));
        }
        assertTrue(new TopologyLoader().parse(named.getBytes(StandardCharsets.UTF_8), FILE).topology().isPresent());
        assertTrue(!new TopologyLoader().parse(ids.getBytes(StandardCharsets.UTF_8), FILE).problems().isEmpty());
    }

    @Test
    void malformedUtf8IsReportedAsBefore() {
        String good = new TopologyWriter().write(TopologyGenerator.generate(30, 4)).replace("kind: database",
                "kind: database # é—");
        byte[] body = good.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(18);
        for (byte[] bad : PlainCharacters.malformed()) {
            int at = good.lastIndexOf("é—");
            for (int cut : new int[] {PlainCharacters.byteOffset(good, at), random.nextInt(body.length), body.length}) {
                byte[] bytes = PlainCharacters.join(java.util.Arrays.copyOf(body, cut), bad,
                        java.util.Arrays.copyOfRange(body, cut, body.length));
                assertSameAsDecoded(bytes, "malformed " + java.util.Arrays.toString(bad) + " at " + cut);
            }
        }
    }

    @Test
    void mutatedFilesLoadAsTheirTextWithTheSameProblems() {
        Random random = new Random(18);
        List<String> seeds = List.of(new TopologyWriter().write(TopologyGenerator.generate(40, 11)),
                new TopologyWriter().write(TopologyGenerator.generate(25, 2)) + "flows:\n  - id: f\n    entry: x\n");
        String alphabet = " \n-:#[],'\"&*{}?.01aeyn";
        String rare = "\t\ré漢\u0085\u0000\u007F\u2028" + PlainCharacters.READABLE + PlainCharacters.READABLE;
        int fromBytes = 0;
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder(seeds.get(round % seeds.size()));
            for (int m = random.nextInt(4); m > 0; m--) {
                TextMutations.mutateWithKeys(text, random, random.nextInt(8) == 0 ? rare : alphabet);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (round % 10 == 0) bytes = withByteOrderMark(bytes);
            if (round % 37 == 0 && bytes.length > 10) bytes[random.nextInt(bytes.length)] = (byte) 0xC3; // bad UTF-8
            assertSameAsDecoded(bytes, "round " + round);
            if (PlainCharacters.plainBytes(bytes, 0, bytes.length)) fromBytes++;
        }
        assertTrue(fromBytes > 250, "most are read from their bytes (" + fromBytes + ")");
    }

    @Test
    void aBigMutatedFileLoadsAsItsText() {
        // Cut in two inside its dependencies; a mistake on either side of the cut, or none.
        Random random = new Random(7);
        String big = new TopologyWriter().write(TopologyGenerator.generate(1_000, 3));
        String[] mistakes = {"\n    kind: ", "\n    to: ", "\n  - id: ", "\n    replicas: ", "\n  - from: "};
        for (int round = 0; round < 12; round++) {
            String what = mistakes[round % mistakes.length];
            int at = big.indexOf(what, random.nextInt(big.length()));
            String text = at < 0 ? big : big.substring(0, at) + what + (round % 2 == 0 ? "[x" : "&a ")
                    + big.substring(at + what.length());
            assertSameAsDecoded(text.getBytes(StandardCharsets.UTF_8), "round " + round);
        }
    }

    @Test
    void whatDecodingRefusesIsReportedAsBefore() {
        String line = "a".repeat(InputGuard.MAX_LINE_CHARS + 1);
        String good = new TopologyWriter().write(TopologyGenerator.generate(12, 4));
        byte[][] cheaplyRefused = {
            new byte[0], withByteOrderMark(new byte[0]), (good + "name2: " + line + "\n").getBytes(StandardCharsets.UTF_8),
        };
        for (byte[] bytes : cheaplyRefused) {
            assertTrue(InputGuard.undecoded(bytes).isEmpty());
            assertSameAsDecoded(bytes, "refused");
        }
        // Refused by the bytes reader where it meets them, then by decoding: a NUL, UTF-16, bad UTF-8, a second mark.
        byte[][] refusedWhenMet = {
            (good + "a: 1\n\u0000").getBytes(StandardCharsets.UTF_8), ("\uFEFF\uFEFF" + good).getBytes(StandardCharsets.UTF_8),
            {(byte) 0xFE, (byte) 0xFF, 'a', ':', ' ', '1'}, {'a', ':', ' ', (byte) 0xC3, '\n'},
            (good + "x: " + (char) 0xC3).getBytes(StandardCharsets.ISO_8859_1), ("\uFEFF" + good).getBytes(StandardCharsets.UTF_8),
        };
        for (byte[] bytes : refusedWhenMet) assertSameAsDecoded(bytes, "refused when met");
        // A line of exactly the limit is fine, as in the text.
        byte[] longest = ("faultline: 1\nname: " + "a".repeat(InputGuard.MAX_LINE_CHARS - 6) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(InputGuard.undecoded(longest).isPresent());
        assertSameAsDecoded(longest, "longest line");
    }

    /** The loader's reading of the bytes, and the oracle's: decode, then load the text with the full reader. */
    private static void assertSameAsDecoded(byte[] bytes, String where) {
        LoadResult actual = new TopologyLoader().parse(bytes, FILE);
        ProblemLog log = new ProblemLog(FILE);
        Optional<String> text = InputGuard.decode(bytes, log);
        LoadResult expected = text.isPresent() ? TopologyLoader.fullReaderOnly().parse(text.get(), FILE)
                : new LoadResult(Optional.empty(), log.sorted());
        assertSameLoad(expected, actual, where);
    }

    /** The same problems, and the same model. */
    static void assertSameLoad(LoadResult expected, LoadResult actual, String where) {
        assertEquals(expected.problems(), actual.problems(), where);
        assertEquals(expected.topology().isPresent(), actual.topology().isPresent(), where);
        if (expected.topology().isEmpty()) return;
        Topology e = expected.topology().get();
        Topology a = actual.topology().get();
        assertEquals(e.toString(), a.toString(), where);
        assertEquals(e.nodes(), a.nodes(), where);
        assertEquals(e.dependencies(), a.dependencies(), where);
        assertEquals(e.flows(), a.flows(), where);
        assertEquals(e.teams(), a.teams(), where);
        assertEquals(e.zones(), a.zones(), where);
        assertEquals(e.flowSource(), a.flowSource(), where);
        assertEquals(e.description(), a.description(), where);
    }

    private static byte[] withByteOrderMark(byte[] body) {
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

}
