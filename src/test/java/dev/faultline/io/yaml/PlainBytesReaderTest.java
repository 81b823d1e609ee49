package dev.faultline.io.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.faultline.io.TextMutations;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.io.v1.TopologyWriter;

/**
 * The bytes reader (issue #18) reads a UTF-8 file of printable ASCII and the characters beyond it the string reader
 * reads (é, an em-dash, CJK...) exactly as {@link PlainBlockReader} reads its decoded
 * text (the oracle): the same tree or the same "not mine", the same items to the sink in the same order, in one piece,
 * in any region that starts a line, and from any list item on ({@code readListTail}); and it reads no other text
 * (it says it met another byte), so every other file keeps the string's reading. Checked on every topology file
 * in the repository, generated files, YAML corners and thousands of mutated texts, with non-ASCII characters, CRLF,
 * tabs, byte order marks, comments, flow collections and quoted scalars among the mutations; every character of the
 * Basic Multilingual Plane and every kind of malformed UTF-8 in a value.
 */
class PlainBytesReaderTest {
    private static final Path FILE = Path.of("t.yaml");

    @ParameterizedTest
    @MethodSource("dev.faultline.io.yaml.PlainBlockReaderTest#topologyFiles")
    void everyFileInTheRepositoryReadsAsItsDecodedText(Path file) throws IOException {
        assertSameAsTheString(Files.readString(file));
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 150, 2_000})
    void generatedFilesAreReadAsTheirText(int nodes) {
        String text = new TopologyWriter().write(TopologyGenerator.generate(nodes, nodes));
        assertTrue(assertSameAsTheString(text), "a generated file is read from its bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\nb: -2\nc: 2147483648\nd: 1.50\ne: -0.25\nf: true\ng: false\nh: null\ni: ~\nj: x y  z\n",
        "a: [p, q , \"r s\", 't', 1, 2.5, true, null]\nb: []\nc: [ ]\n", "a: {b: 1, c: [x, 'y'], d: \"z\"}\n",
        "# head\n\nroot:\n  # inner\n  k: v # trailing\n\n  l: 'quoted # not a comment'\n",
        "list:\n- a\n- b: 1\n  c: 2\n-   d: 3\n    e: [x]\nnext: 1\n", "a: 1\nb: 2", "a: 1\n\n\n", "\n\na: 1\n",
        "list:\n  - a\n  - - nested\n", "a: Yes\n", "a: 0x1F\n", "a: 007\n", "a: -0\n", "a: 1:30\n", "a: &x 1\nb: *x\n",
        "a: |\n  text\n", "a: 1\na: 2\n", "a:\n", "a: b: c\n", "a: \"x\\ty\"\n", "a: 'it''s'\n", "a: \"x\"y\n",
        "a: plain\n  continued\n", "- a\n- b\n", "plain\n", "", "---\na: 1\n", "a: [b,\n  c]\n", "a: [b, [c]]\n",
        "a: x #c\nb: y#z\n", "a b: 1\n", "a: http://x/y?z=1#frag\n", "a: 'x'#c\n", "a: [-1, -0.5]\n", "a: ?x\n",
        // Bytes the reader is not made for: the string's reading decides (CRLF, tabs, marks, other characters).
        "a: 1\r\nb: 2\r\n", "a: 1\rb: 2\n", "a:\tb\n", "\uFEFFa: 1\n", "a: 😀\n", "a: \u007F\n",
        "a: x\u0085y\n", "a: \u0000\n", "a: \u001F\n", "a: x\u2028y\n", "a: x\u2029\n", "a: \u0080\n", "a: x\uFEFF\n",
        "a: \uFFFE\n", "a: \uFFFF\n", "a: [é, 😀]\n",
        // Characters beyond ASCII the string reader reads: read from the bytes, columns counted in characters.
        "a: é ü 漢字\nb: [ü]\n", "a: \u00a0b\n", "a: \uFFFD\n", "é: 1\n", "aé: 1\n", "a: x é: y\n", "a: é: y\n",
        "a: [é, ü — x, 漢]\nb: 1\n", "a: [xé, uü — x, y漢]\nb: 1\n", "a: {k: x漢字, l: [xé, 'ü'], m: 'ü'}\nn: x—\n",
        "list:\n- xé\n- {x: y漢, y: [uü, 1]}\n-   xé: 1\n- u — x\n", "a: xé: y\n", "a: x—#c\nb: x—  # ü\n", "a: 1é\n", "a: {k: 漢字, l: [é, ü], m: 'ü'}\nn: —\n", "a: 'é' # ü\nb: \"—\" #—\n",
        "# — comment ü\na: 1 # — ü\n", "list:\n- é\n- {x: 漢, y: [ü, 1]}\n-   é: 1\n- ü — x\n", "a: x—#c\nb: —\n",
        "a: {é: 1}\n", "a: [ü, [é]]\n", "a: 'ü''s'\n", "a: \"é\\t\"\n", "a: é\n  continued\n", "a: [é,\n  c]\n",
        "list:\n  - id: é\n    kind: ü\n  - id: 漢字\n", "a: ——— x ———\n", "a: é\n\u00a0b: 1\n",
    })
    void yamlCornersAreReadAsTheirText(String text) {
        assertSameAsTheString(text);
    }

    @Test
    void onlyPrintableAsciiAndLineFeedsAreReadFromTheBytes() {
        for (int b = 0; b < 256; b++) {
            for (byte[] bytes : List.of(new byte[] {'a', ':', ' ', 'x', (byte) b, '\n', 'b', ':', ' ', '1', '\n'},
                    new byte[] {'a', ':', '\n', '-', ' ', '1', '\n', '-', ' ', (byte) b, 'x', '\n'})) {
                boolean plain = b == '\n' || (b >= 0x20 && b <= 0x7E);
                PlainBytesReader reader = new PlainBytesReader(bytes, 0);
                Optional<YamlNode> read = reader.read(0, bytes.length, 0, YamlTreeReader.ItemSink.NONE);
                assertEquals(plain, PlainCharacters.plainBytes(bytes, 0, bytes.length), "byte " + b);
                assertEquals(!plain, reader.metOtherByte(), "byte " + b);
                assertTrue(plain || read.isEmpty(), "byte " + b);
            }
        }
    }

    @Test
    void everyCharacterOfTheBasicPlaneIsReadAsInTheText() {
        // The string reader's rule decides: what it reads is read from the bytes, the rest is refused there.
        int read = 0;
        for (int c = 0x80; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) continue;
            String ch = String.valueOf((char) c);
            if (assertSameAsTheString("a: x" + ch + "\nb: [y" + ch + ", 1, '" + ch + "']\n")) read++;
        }
        for (String beyond : List.of("😀", "\uD800\uDC00", "\uDBFF\uDFFF", "𝄞")) {
            assertTrue(!assertSameAsTheString("a: x" + beyond + "\n"), beyond);
        }
        assertTrue(read > 60_000, "characters read from the bytes: " + read);
    }

    @Test
    void malformedUtf8IsRefusedWhereMet() {
        byte[] before = "a: 1\nb: x".getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : PlainCharacters.malformed()) {
            for (byte[] after : List.of("\nc: 2\n".getBytes(StandardCharsets.UTF_8), new byte[0])) {
                byte[] bytes = PlainCharacters.join(before, bad, after);
                PlainBytesReader reader = new PlainBytesReader(bytes, 0);
                assertTrue(!PlainCharacters.plainBytes(bytes, 0, bytes.length), () -> java.util.Arrays.toString(bad));
                assertTrue(reader.read(0, bytes.length, 0, YamlTreeReader.ItemSink.NONE).isEmpty());
                assertTrue(reader.metOtherByte(), () -> "met: " + java.util.Arrays.toString(bad));
            }
        }
        // Cut short by the end of the region read (a part ends at a line start in a good file, never inside one).
        byte[] bytes = "a: é\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(!PlainCharacters.plainBytes(bytes, 0, 4));
        assertTrue(new PlainBytesReader(bytes, 0).read(0, 4, 0, YamlTreeReader.ItemSink.NONE).isEmpty());
    }

    @Test
    void columnsAfterCharactersBeyondAsciiCountCharacters() {
        String text = "k: xé—漢 x\nl: {a: xé, b: [uü, x漢字, z]}\nm:\n- xü\n-   n: 'é'\n";
        assertTrue(assertSameAsTheString(text));
        YamlMap root = (YamlMap) new PlainBytesReader(text.getBytes(StandardCharsets.UTF_8), 0)
                .read(0, text.getBytes(StandardCharsets.UTF_8).length, 0, YamlTreeReader.ItemSink.NONE).orElseThrow();
        YamlList list = (YamlList) ((YamlMap) root.get("l").orElseThrow()).get("b").orElseThrow();
        assertEquals(Positions.pack(2, 25), list.items().get(2).pos(), "z after é, ü and 漢字: column 25");
        assertEquals("xé—漢 x", ((YamlScalar) root.get("k").orElseThrow()).text());
    }

    @Test
    void thousandsOfMutatedTextsAreReadAsTheirText() throws IOException {
        Random random = new Random(18);
        List<String> seeds = new ArrayList<>();
        seeds.add(Files.readString(Path.of("sample-topologies/online-shop.yaml")));
        seeds.add(Files.readString(Path.of("sample-topologies/payments-two-regions.yaml")));
        seeds.add(new TopologyWriter().write(TopologyGenerator.generate(30, 7)));
        seeds.add("a: 1\nlist:\n- x: [p, q]\n  y: 'z'\n- w\n- {k: v, l: [1, 2.5], m: \"q\"}\nm:\n  n: -1.5 # c\n");
        // Mostly ASCII, so most texts stay plain; now and then a character or line break the bytes reader is not for.
        String alphabet = " \n\n\n-:#[],'\"!&*|>{}?%@`~\\.0123456789aeyYnN";
        String rare = "\t\ré漢\u0085\u2028\uFEFF\u007F" + PlainCharacters.READABLE + PlainCharacters.READABLE;
        int fromBytes = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder(seeds.get(round % seeds.size()));
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                String letters = random.nextInt(5) == 0 ? rare : alphabet;
                TextMutations.mutate(text, random, letters);
            }
            if (assertSameAsTheString(text.toString())) fromBytes++;
        }
        assertTrue(fromBytes > 300, "many mutated texts are still read from their bytes (" + fromBytes + ")");
    }

    @Test
    void aRegionIsReadAsTheStringReadsTheSameRegion() {
        Random random = new Random(18);
        List<String> texts = new ArrayList<>();
        texts.add(new TopologyWriter().write(TopologyGenerator.generate(200, 3)));
        texts.add("a: 1\nb:\n  - x: [p, q]\n    y: 'z'\nc: {k: v}\nd: -1.5\n");
        texts.add("a: 1\nb: 2"); // no line feed at the end
        texts.add(withCharactersBeyondAscii(new TopologyWriter().write(TopologyGenerator.generate(200, 3))));
        int read = 0;
        for (String text : texts) {
            PlainBytesReader bytes = new PlainBytesReader(text.getBytes(StandardCharsets.UTF_8), 0);
            List<Integer> lineStarts = lineStarts(text);
            int length = text.getBytes(StandardCharsets.UTF_8).length;
            for (int round = 0; round < 300; round++) {
                int a = lineStarts.get(random.nextInt(lineStarts.size()));
                int b = round % 3 == 0 ? text.length() : lineStarts.get(random.nextInt(lineStarts.size()));
                int from = Math.min(a, b), to = Math.max(a, b);
                int linesBefore = random.nextInt(1_000);
                Recording fast = new Recording();
                Recording oracle = new Recording();
                Optional<YamlNode> expected =
                        new PlainBlockReader().read(text, from, to, linesBefore, new ProblemLog(FILE), oracle);
                int byteTo = to == text.length() ? length : PlainCharacters.byteOffset(text, to);
                assertEquals(expected, bytes.read(PlainCharacters.byteOffset(text, from), byteTo, linesBefore, fast),
                        () -> "region " + from + ".." + to);
                assertEquals(oracle.items, fast.items);
                if (expected.isPresent()) read++;
            }
        }
        assertTrue(read > 100, "many regions are plain YAML (" + read + ")");
    }

    @Test
    void theRestOfAListFromAnyLineIsReadAsTheStringReadsIt() {
        // readListTail: PlainSplitRead's second part, from a cut it found or any line (then mostly "not mine").
        Random random = new Random(18);
        List<String> texts = List.of(new TopologyWriter().write(TopologyGenerator.generate(120, 5)),
                withCharactersBeyondAscii(new TopologyWriter().write(TopologyGenerator.generate(120, 5))),
                "nodes:\n  - id: a\n  - id: b\n    zones: [z]\nother: 1\n", "nodes:\n- a\n- b\n# c\n\n- d\nx: {k: v}\n");
        int read = 0;
        for (String text : texts) {
            PlainBytesReader bytes = new PlainBytesReader(text.getBytes(StandardCharsets.UTF_8), 0);
            List<Integer> lineStarts = lineStarts(text);
            for (int round = 0; round < 400; round++) {
                int from = lineStarts.get(random.nextInt(lineStarts.size()));
                int column = random.nextInt(4) == 0 ? random.nextInt(4) : indentation(text, from);
                String key = random.nextInt(5) == 0 ? "teams" : random.nextBoolean() ? "nodes" : "dependencies";
                int linesBefore = random.nextInt(1_000);
                Recording fast = new Recording();
                Recording oracle = new Recording();
                Optional<YamlMap> expected = new PlainBlockReader()
                        .readListTail(text, from, text.length(), linesBefore, key, column, oracle);
                assertEquals(expected,
                        bytes.readListTail(PlainCharacters.byteOffset(text, from), linesBefore, key, column, fast),
                        () -> "from " + from + " " + key + " " + column);
                assertEquals(oracle.items, fast.items);
                if (expected.isPresent()) read++;
            }
        }
        assertTrue(read > 100, "many list tails are read (" + read + ")");
    }

    @Test
    void afterAByteOrderMarkTheTextIsReadAsTheStringWithoutIt() {
        String text = new TopologyWriter().write(TopologyGenerator.generate(40, 2));
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[body.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(body, 0, marked, 3, body.length);
        PlainBytesReader whole = new PlainBytesReader(marked, 0);
        assertTrue(whole.read(0, marked.length, 0, YamlTreeReader.ItemSink.NONE).isEmpty() && whole.metOtherByte(),
                "the mark is not ASCII");
        PlainBytesReader bytes = new PlainBytesReader(marked, 3);
        Optional<YamlNode> expected = new PlainBlockReader().read(text, 0, new ProblemLog(FILE),
                YamlTreeReader.ItemSink.NONE);
        assertTrue(expected.isPresent());
        assertEquals(expected, bytes.read(3, marked.length, 0, YamlTreeReader.ItemSink.NONE));
    }

    @Test
    void keysAndValuesAreSharedAndEqualHashesAreReadExactly() {
        // As PlainBlockReaderTest: more keys than are shared, values with one hash ("Aa" and "BB") past the probes.
        StringBuilder text = new StringBuilder("first:\n");
        for (int i = 0; i < 2_500; i++) text.append("  k").append(i).append(": ").append(i).append('\n');
        text.append("second:\n");
        for (int i = 2_499; i >= 0; i--) text.append("  k").append(i).append(": v").append(i).append('\n');
        text.append("list:\n");
        for (int i = 0; i < 64; i++) {
            StringBuilder same = new StringBuilder();
            for (int bit = 0; bit < 6; bit++) same.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            text.append("- {id: ").append(same).append(", to: \"").append(same).append("\", n: [").append(same)
                    .append(", 7]}\n");
        }
        text.append("a: x\nb: 'x'\nc: [x, \"x\"]\nd: 12\ne: 12\nthird: {Aa: 1, BB: 2, AaAa: 3, BBBB: 4, AaBB: 5}\n");
        text.append("f: xé—x\ng: 'xé—x'\nh: [xé—x, xé—xy, xé—]\n");
        assertTrue(assertSameAsTheString(text.toString()), "plain YAML");
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        YamlMap root = (YamlMap) new PlainBytesReader(bytes, 0)
                .read(0, bytes.length, 0, YamlTreeReader.ItemSink.NONE).orElseThrow();
        YamlMap first = (YamlMap) root.entries().get(0).value();
        YamlMap second = (YamlMap) root.entries().get(1).value();
        assertSame(first.entries().get(0).key(), second.entries().get(2_499).key(), "a shared key is one string");
        String a = ((YamlScalar) root.get("a").orElseThrow()).text();
        assertSame(a, ((YamlScalar) root.get("b").orElseThrow()).text(), "a plain and a quoted x are one string");
        assertSame(a, ((YamlScalar) ((YamlList) root.get("c").orElseThrow()).items().get(1)).text());
        assertSame(((YamlScalar) root.get("d").orElseThrow()).text(), ((YamlScalar) root.get("e").orElseThrow()).text());
        String f = ((YamlScalar) root.get("f").orElseThrow()).text();
        assertEquals("xé—x", f);
        assertSame(f, ((YamlScalar) root.get("g").orElseThrow()).text(), "text beyond ASCII is shared too");
        assertSame(f, ((YamlScalar) ((YamlList) root.get("h").orElseThrow()).items().get(0)).text());
    }

    /** A generated text with names, tags and comments beyond ASCII on some lines. */
    static String withCharactersBeyondAscii(String text) {
        return text.replace("kind: database", "kind: database # — ü").replace("monthly-cost: 4", "monthly-cost: x4é")
                .replace("description: ", "description: Généré — 漢字 ");
    }

    /**
     * The bytes reader reads a text of the characters the string reader reads as the string reader does (same tree,
     * same items), and nothing else; true when it read the text.
     */
    private static boolean assertSameAsTheString(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        PlainBytesReader reader = new PlainBytesReader(bytes, 0);
        boolean readable = PlainCharacters.readable(text);
        assertEquals(readable, PlainCharacters.plainBytes(bytes, 0, bytes.length), () -> "readable: " + text);
        if (!readable) {
            assertTrue(reader.read(0, bytes.length, 0, new Recording()).isEmpty(), () -> "not read: " + text);
            return false;
        }
        Recording fast = new Recording();
        Recording oracle = new Recording();
        Optional<YamlNode> expected = new PlainBlockReader().read(text, 0, new ProblemLog(FILE), oracle);
        Optional<YamlNode> actual = reader.read(0, bytes.length, 0, fast);
        assertTrue(!reader.metOtherByte());
        assertEquals(expected, actual, () -> "the same tree for:\n" + text);
        assertEquals(oracle.items, fast.items, () -> "the same items for:\n" + text);
        return actual.isPresent();
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.add(i + 1);
        return starts;
    }

    private static int indentation(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i - at;
    }

    /** Every item the sink is given, with its key; it takes every top-level list but teams. */
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
