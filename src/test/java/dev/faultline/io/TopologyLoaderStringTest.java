package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.faultline.BundledSamples;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.io.v1.PlainSplitRead;
import dev.faultline.io.v1.TopologyWriter;
import dev.faultline.io.yaml.PlainBytesReader;
import dev.faultline.io.yaml.PlainCharacters;
import dev.faultline.io.yaml.ProblemLog;

/**
 * A text handed to the loader as a string (the topology editor's copy, the benchmark's) is encoded and read by the
 * plain reader over its bytes, as a file is (issue #18), and loads exactly as the full reader loads it (the oracle:
 * {@link TopologyLoader#fullReaderOnly}): the same model, the same problems at the same lines and columns. A string
 * can hold what no file decodes to (a lone surrogate, which has no UTF-8) and what the plain reader does not read (a
 * byte order mark, CR, tabs, characters beyond the Basic Multilingual Plane): those stay with the full reader.
 */
class TopologyLoaderStringTest {
    private static final Path FILE = Path.of("text.yaml");

    @Test
    void samplesAndGeneratedTextsLoadAsWithTheFullReader() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path sample : BundledSamples.paths()) texts.add(Files.readString(sample));
        texts.add(new TopologyWriter().write(TopologyGenerator.generate(2_000, 7)));
        texts.add(new TopologyWriter().write(TopologyGenerator.generate(1_000, 3))); // read in two parts
        for (String text : texts) {
            // Read cleanly by the plain reader, so the loader takes it there: a string silently left to the full
            // reader would load the same and pass the comparison below.
            assertTrue(new PlainSplitRead().readCleanly(PlainBytesReader.of(text).orElseThrow(), new ProblemLog(FILE))
                    .isPresent(), () -> "read by the plain reader: " + text.substring(0, 30));
            assertSameAsTheFullReader(text, text.substring(0, 30));
        }
    }

    @Test
    void loneSurrogatesAreLeftToTheFullReader() {
        String good = new TopologyWriter().write(TopologyGenerator.generate(12, 4));
        for (String odd : List.of("\uD800", "\uDC00", "x\uDBFFy", "\uDFFF\uD800", "\uD83D\uDE00\uD83D", "?\uDC00")) {
            assertTrue(PlainBytesReader.of("a: " + odd + "\n").isEmpty(), () -> "lone: " + escaped(odd));
            String inValue = good.replaceFirst("kind: ([a-z]+)", "kind: $1" + odd);
            String inComment = good.replaceFirst("\n", " # " + odd + "\n");
            String atEnd = good + "name2: " + odd;
            for (String text : List.of(inValue, inComment, atEnd)) assertSameAsTheFullReader(text, escaped(odd));
        }
    }

    @Test
    void mutatedTextsLoadAsWithTheFullReader() {
        Random random = new Random(18);
        List<String> seeds = List.of(new TopologyWriter().write(TopologyGenerator.generate(40, 11)),
                new TopologyWriter().write(TopologyGenerator.generate(25, 2)) + "flows:\n  - id: f\n    entry: x\n");
        String alphabet = " \n-:#[],'\"&*{}?.01aeyn";
        String rare = "\t\r\uFEFF\uD800\uDC00\uDBFF漢\u0085\u0000\u007F\u2028😀" + PlainCharacters.READABLE
                + PlainCharacters.READABLE;
        int plain = 0;
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder(seeds.get(round % seeds.size()));
            for (int m = random.nextInt(4); m > 0; m--) {
                TextMutations.mutateWithKeys(text, random, random.nextInt(6) == 0 ? rare : alphabet);
            }
            if (round % 10 == 0) text.insert(0, '\uFEFF');
            String t = text.toString();
            assertSameAsTheFullReader(t, "round " + round);
            if (PlainBytesReader.of(t).isPresent() && PlainCharacters.readable(t)) plain++;
        }
        assertTrue(plain > 250, "most are read by the plain reader (" + plain + ")");
    }

    @Test
    void charactersBeyondTheBasicPlaneAreEncodedAndRefusedWhereMet() {
        String good = new TopologyWriter().write(TopologyGenerator.generate(12, 4));
        for (String beyond : List.of("😀", "\uD800\uDC00", "𝄞?")) {
            String text = good.replaceFirst("kind: ([a-z]+)", "kind: $1" + beyond);
            // Encoded (read up to the character, refused there), but for a text with a question mark (checked then).
            assertTrue(PlainBytesReader.of(text).isPresent() != beyond.contains("?"), beyond);
            assertSameAsTheFullReader(text, beyond);
        }
        assertTrue(PlainBytesReader.of("a: why? 'é?'\n").isPresent(), "question marks are no surrogates");
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) out.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        return out.toString();
    }

    private static void assertSameAsTheFullReader(String text, String where) {
        LoadResult expected = TopologyLoader.fullReaderOnly().parse(text, FILE);
        LoadResult actual = new TopologyLoader().parse(text, FILE);
        TopologyLoaderBytesTest.assertSameLoad(expected, actual, where);
        assertEquals(expected.ok(), actual.ok(), where);
    }
}
