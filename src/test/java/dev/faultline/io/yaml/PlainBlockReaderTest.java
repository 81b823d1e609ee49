package dev.faultline.io.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.faultline.io.TextMutations;
import dev.faultline.BundledSamples;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.io.v1.TopologyWriter;

/**
 * The fast reader either reads a text exactly as the full reader does (same tree, same positions, same types and
 * numbers, and the full reader finds nothing wrong) or answers "not mine". Checked on every topology file in the
 * repository, generated files, hand-picked YAML corners, and thousands of randomly mutated texts.
 */
class PlainBlockReaderTest {
    private static final Path FILE = Path.of("t.yaml");

    static Stream<Path> topologyFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("sample-topologies"), Path.of("src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("topologyFiles")
    void everyFileInTheRepositoryReadsAsTheFullReaderReadsIt(Path file) throws IOException {
        assertSameOrNotMine(Files.readString(file));
    }

    @Test
    void everyBundledSampleIsPlainEnoughForTheFastReader() throws IOException {
        for (Path sample : BundledSamples.paths()) {
            assertTrue(assertSameOrNotMine(Files.readString(sample)), sample + " is read by the fast reader");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 150, 2_000})
    void generatedFilesAreReadFastAndExactly(int nodes) {
        String text = new TopologyWriter().write(TopologyGenerator.generate(nodes, nodes));
        assertTrue(assertSameOrNotMine(text), "a generated file is plain YAML");
        assertTrue(assertSameOrNotMine(text.substring(text.indexOf("\nnodes:") + 1)), "a part starting at a key");
    }

    @Test
    void itemsOfTopLevelListsGoToTheSinkInOrderAsWithTheFullReader() {
        String text = new TopologyWriter().write(TopologyGenerator.generate(150, 5));
        Recording fast = new Recording();
        Recording full = new Recording();
        Optional<YamlNode> a = new PlainBlockReader().read(text, 3, new ProblemLog(FILE), fast);
        Optional<YamlNode> b = new YamlTreeReader().read(text, 3, new ProblemLog(FILE), full);
        assertTrue(a.isPresent());
        assertEquals(b, a);
        assertEquals(full.items, fast.items);
        assertTrue(fast.items.size() > 300);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\nb: -2\nc: 2147483648\nd: 1.50\ne: -0.25\nf: true\ng: false\nh: null\ni: ~\nj: x y  z\n",
        "a: [p, q , \"r s\", 't', 1, 2.5, true, null]\nb: []\nc: [ ]\n",
        "# head\n\nroot:\n  # inner\n  k: v # trailing\n\n  l: 'quoted # not a comment'\n",
        "list:\n- a\n- b: 1\n  c: 2\n-   d: 3\n    e: [x]\nnext: 1\n",
        "list:\n  - a\n  - - nested\n", "a: Yes\n", "a: NULL\n", "a: on\n", "a: 0x1F\n", "a: 1_000\n",
        "a: +1\n", "a: 007\n", "a: 1e3\n", "a: .5\n", "a: 1.\n", "a: -0\n", "a: 2024-01-01\n", "a: 1:30\n",
        "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  text\n", "a: >\n  text\n", "a: {b: 1}\n", "? a\n: 1\n",
        "a: 1\na: 2\n", "<<: {}\n", "a:\n", "a:\nb: 1\n", "a: b: c\n", "a: \"x\\ty\"\n", "a: 'it''s'\n",
        "a: plain\n  continued\n", "a:\n  b: 1\n c: 2\n", "a: 1\n  b: 2\n", "- a\n- b\n", "plain\n", "",
        "---\na: 1\n", "a: 1\n...\n", "%YAML 1.1\n---\na: 1\n", "a: 1\r\nb: 2\r\n", "a:\tb\n", "\uFEFFa: 1\n",
        "a: [b,\n  c]\n", "a: [b, [c]]\n", "a: [b,]\n", "a: \"x\"y\n", "a: x #c\nb: y#z\n", "a b: 1\n", "\"a\": 1\n",
        "a: -x\n", "a: http://x/y?z=1#frag\n", "a: 'x'#c\n", "a:  \n  - 1\n", "a: - b\n", "a: [-1, -0.5]\n",
        "a: é ü 漢字\nb: [ü]\n", "a: 😀\n", "k:\n    - x\n  - y\n", "a: 1 # c: d\n", "a: y\nb: n\n",
        // Latin-1 bytes or the string itself (issue #18): '?' before and after wider characters, U+00A0..U+00FF.
        "a: x?y\nb: 漢?\n", "a: '?'\nb: [ü, 漢]\n", "a: ?x\n", "a: \u00a0b\nc: ÿ\n", "a: ü\u0085\n",
        "a: ü\u009f\n", "a: x\u2028y\n", "a: 😀?\nb: c\n",
    })
    void yamlCornersAreReadExactlyOrLeftToTheFullReader(String text) {
        assertSameOrNotMine(text);
    }

    @Test
    void thousandsOfMutatedTextsAreReadExactlyOrLeftToTheFullReader() throws IOException {
        Random random = new Random(18);
        List<String> seeds = new ArrayList<>();
        seeds.add(Files.readString(Path.of("sample-topologies/online-shop.yaml")));
        seeds.add(Files.readString(Path.of("sample-topologies/payments-two-regions.yaml")));
        seeds.add(Files.readString(Path.of("sample-topologies/topology-without-flows.yaml")));
        seeds.add(new TopologyWriter().write(TopologyGenerator.generate(30, 7)));
        seeds.add("a: 1\nlist:\n- x: [p, q]\n  y: 'z'\n- w\n- {k: v, l: [1, 2.5], m: \"q\"}\nm:\n  n: -1.5 # c\n");
        String alphabet = " \n-:#[],'\"!&*|>{}?%@`~\\.0123456789aeyYnN\t\r";
        int plainRead = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder(seeds.get(round % seeds.size()));
            for (int m = 1 + random.nextInt(3); m > 0; m--) TextMutations.mutate(text, random, alphabet);
            if (assertSameOrNotMine(text.toString())) plainRead++;
        }
        assertTrue(plainRead > 300, "many mutated texts are still plain YAML (" + plainRead + ")");
    }

    @Test
    void aRegionReadInPlaceIsReadAsTheSameTextCutOut() {
        // SplitYamlRead reads each part of a big file in place (issue #18); the oracle is the part cut out.
        Random random = new Random(18);
        List<String> texts = new ArrayList<>();
        texts.add(new TopologyWriter().write(TopologyGenerator.generate(200, 3)));
        texts.add("a: 1\nb:\n  - x: [p, q]\n    y: 'z'\nc: {k: v}\nd: -1.5\n");
        texts.add("a: 1\nb: 2"); // no line feed at the end
        int read = 0;
        for (String text : texts) {
            List<Integer> lineStarts = new ArrayList<>(List.of(0));
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.add(i + 1);
            for (int round = 0; round < 200; round++) {
                int a = lineStarts.get(random.nextInt(lineStarts.size()));
                int b = round % 3 == 0 ? text.length() : lineStarts.get(random.nextInt(lineStarts.size()));
                int from = Math.min(a, b), to = Math.max(a, b);
                int linesBefore = random.nextInt(1_000);
                Optional<YamlNode> cut = new PlainBlockReader().read(text.substring(from, to), linesBefore,
                        new ProblemLog(FILE), YamlTreeReader.ItemSink.NONE);
                Optional<YamlNode> inPlace = new PlainBlockReader().read(text, from, to, linesBefore,
                        new ProblemLog(FILE), YamlTreeReader.ItemSink.NONE);
                assertEquals(cut, inPlace, () -> "region " + from + ".." + to);
                if (inPlace.isPresent()) read++;
            }
        }
        assertTrue(read > 100, "many regions are plain YAML (" + read + ")");
    }

    @Test
    void keysPastTheSharedOnesAndKeysWithEqualHashesAreReadExactly() {
        // 2,500 different keys (more than are shared), repeated in a second mapping; "Aa" and "BB" share a hash.
        StringBuilder text = new StringBuilder("first:\n");
        for (int i = 0; i < 2_500; i++) text.append("  k").append(i).append(": ").append(i).append('\n');
        text.append("second:\n");
        for (int i = 2_499; i >= 0; i--) text.append("  k").append(i).append(": v").append(i).append('\n');
        text.append("third: {Aa: 1, BB: 2, AaAa: 3, BBBB: 4, AaBB: 5}\nlist:\n- Aa: p\n  BB: q\n- BB: r\n  Aa: s\n");
        assertTrue(assertSameOrNotMine(text.toString()), "plain YAML");
        YamlMap root = (YamlMap) new PlainBlockReader().read(text.toString(), 0, new ProblemLog(FILE),
                YamlTreeReader.ItemSink.NONE).orElseThrow();
        YamlMap first = (YamlMap) root.entries().get(0).value();
        YamlMap second = (YamlMap) root.entries().get(1).value();
        assertSame(first.entries().get(0).key(), second.entries().get(2_499).key(), "a shared key is one string");
    }

    @Test
    void repeatedValuesAreOneStringAndValuesWithEqualHashesAreReadExactly() {
        // Values are shared by their text (issue #18); 64 different values with one hash ("Aa" and "BB" share one)
        // overflow the probes, which must only stop the sharing, never change a value.
        StringBuilder text = new StringBuilder("list:\n");
        for (int i = 0; i < 64; i++) {
            StringBuilder same = new StringBuilder();
            for (int bit = 0; bit < 6; bit++) same.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            text.append("- {id: ").append(same).append(", to: \"").append(same).append("\", n: [").append(same)
                    .append(", 7]}\n");
        }
        text.append("a: x\nb: 'x'\nc: [x, \"x\"]\nd: 12\ne: 12\n");
        assertTrue(assertSameOrNotMine(text.toString()), "plain YAML");
        YamlMap root = (YamlMap) new PlainBlockReader().read(text.toString(), 0, new ProblemLog(FILE),
                YamlTreeReader.ItemSink.NONE).orElseThrow();
        String a = ((YamlScalar) root.get("a").orElseThrow()).text();
        assertSame(a, ((YamlScalar) root.get("b").orElseThrow()).text(), "a plain and a quoted x are one string");
        assertSame(a, ((YamlScalar) ((YamlList) root.get("c").orElseThrow()).items().get(1)).text());
        assertSame(((YamlScalar) root.get("d").orElseThrow()).text(), ((YamlScalar) root.get("e").orElseThrow()).text());
    }

    /** True when the fast reader read it (then exactly as the full reader, which found nothing wrong). */
    private static boolean assertSameOrNotMine(String text) {
        ProblemLog fastLog = new ProblemLog(FILE);
        Optional<YamlNode> fast = new PlainBlockReader().read(text, 0, fastLog, YamlTreeReader.ItemSink.NONE);
        assertTrue(fastLog.isEmpty(), "the fast reader never reports");
        if (fast.isEmpty()) return false;
        ProblemLog fullLog = new ProblemLog(FILE);
        Optional<YamlNode> full = new YamlTreeReader().read(text, fullLog);
        assertEquals(List.of(), fullLog.sorted(), () -> "the full reader finds no problem in:\n" + around(text, fullLog));
        assertEquals(full, fast, () -> "the same tree for:\n" + text);
        return true;
    }

    /** The text, or the lines around the first problem of a long one. */
    private static String around(String text, ProblemLog log) {
        List<String> lines = text.lines().toList();
        if (lines.size() < 40 || log.sorted().isEmpty()) return text;
        int line = log.sorted().get(0).line();
        return String.join("\n", lines.subList(Math.max(0, line - 4), Math.min(lines.size(), line + 2)));
    }

    private static final class Recording implements YamlTreeReader.ItemSink {
        final List<String> items = new ArrayList<>();

        @Override
        public boolean accepts(String rootKey) {
            return !rootKey.equals("teams");
        }

        @Override
        public void item(String rootKey, YamlNode item) {
            items.add(rootKey + " " + item);
        }
    }
}
