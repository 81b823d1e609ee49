package dev.faultline.io;

import static dev.faultline.io.LoaderAssertions.FILE;
import static dev.faultline.io.LoaderAssertions.assertError;
import static dev.faultline.io.LoaderAssertions.assertLoads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import dev.faultline.io.yaml.InputGuard;
import dev.faultline.io.yaml.Problem;
import dev.faultline.io.yaml.ProblemLog;
import dev.faultline.io.yaml.YamlTreeReader;

/**
 * Hostile or accidental non-topology input is refused with a positioned problem, never an exception, and without
 * reading or building anything large. The big inputs are generated here rather than committed. The class timeout is
 * a generous watchdog against a hang (a quadratic parse, a runaway alias expansion), not a performance assertion.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TopologyLoaderHostileInputTest {
    private static final String VALID = "faultline: 1\nname: shop\nnodes:\n  - {id: web, entrypoint: true}\n";

    private final TopologyLoader loader = new TopologyLoader();

    private LoadResult bytes(byte[] content) {
        return loader.parse(content, FILE);
    }

    @Test
    void emptyFile() {
        assertError(bytes(new byte[0]), 1, 1, "the file is empty");
        assertError(loader.parse("", FILE), 1, 1, "the file is empty");
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] content = (VALID + "  - id: b\0in\n").getBytes(StandardCharsets.UTF_8);
        assertError(bytes(content), 5, 10, "not a text file");
    }

    @Test
    void randomBinaryJunk() {
        byte[] junk = new byte[4096];
        new java.util.Random(42).nextBytes(junk);
        junk[100] = 0;
        LoadResult result = bytes(junk);
        assertFalse(result.ok());
        assertTrue(result.errors().get(0).message().contains("not a text file")
                || result.errors().get(0).message().contains("not valid UTF-8"), LoaderAssertions.describe(result));
    }

    @Test
    void invalidUtf8IsPlacedByLineAndCharacterColumn() {
        byte[] head = (VALID + "  - id: café").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + 2];
        System.arraycopy(head, 0, content, 0, head.length);
        content[head.length] = (byte) 0xC3; // a lead byte followed by something that is not a continuation byte
        content[head.length + 1] = (byte) '\n';
        // "  - id: café" is 12 characters (é is two bytes), so the bad byte is character 13 of line 5.
        assertError(bytes(content), 5, 13, "not valid UTF-8: byte 0xC3");
    }

    @Test
    void utf8ByteOrderMarkIsFine() {
        byte[] body = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[body.length + 3];
        content[0] = (byte) 0xEF;
        content[1] = (byte) 0xBB;
        content[2] = (byte) 0xBF;
        System.arraycopy(body, 0, content, 3, body.length);
        assertLoads(bytes(content));
        assertLoads(loader.parse("\uFEFF" + VALID, FILE));
    }

    @Test
    void utf16IsRefusedWithAHint() {
        assertError(bytes(VALID.getBytes(StandardCharsets.UTF_16)), 1, 1, "UTF-16");
    }

    @Test
    void oversizedFileIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(TopologyLoader.MAX_FILE_BYTES + 1024 * 1024); // sparse: costs no disk and no reading
        }
        LoadResult result = loader.load(big);
        assertError(result, 1, 1, "the file is 65.0 MiB; Faultline reads topology files up to 64 MiB");
        assertEquals(big, result.problems().get(0).file());
    }

    @Test
    void missingFile(@TempDir Path dir) {
        assertError(loader.load(dir.resolve("nope.yaml")), 1, 1, "cannot read the file: no such file");
    }

    @Test
    void loadReadsFromDisk(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, VALID + "  - {id: db, replicas: zero}\n");
        LoadResult result = loader.load(file);
        Problem p = assertError(result, 5, 24, "replicas must be a whole number");
        assertEquals(file, p.file());
    }

    @Test
    void overlongLineIsRefusedBeforeParsing() {
        String yaml = VALID + "description: " + "x".repeat(3_000_000) + "\n";
        assertError(loader.parse(yaml, FILE), 5, InputGuard.MAX_LINE_CHARS + 1,
                "line 5 is longer than 100000 characters");
    }

    @Test
    void longMultiLineTextIsFine() {
        StringBuilder yaml = new StringBuilder(VALID).append("description: >\n");
        for (int i = 0; i < 20_000; i++) yaml.append("  a long description line number ").append(i).append('\n');
        assertLoads(loader.parse(yaml.toString(), FILE));
    }

    @Test
    void deepFlowNestingIsRefusedWithoutStackOverflow() {
        String yaml = VALID + "description: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
        // Points where the parser stood when the limit hit: just past the first bracket too many.
        assertError(loader.parse(yaml, FILE), 5, 14 + YamlTreeReader.MAX_NESTING, "nesting deeper than 64 levels");
    }

    @Test
    void deepBlockNestingIsRefused() {
        StringBuilder yaml = new StringBuilder(VALID).append("tags:\n");
        for (int depth = 1; depth < 2_000; depth++) yaml.append("  ".repeat(depth)).append("k:\n");
        LoadResult result = loader.parse(yaml.toString(), FILE);
        Problem p = LoaderAssertions.problem(result, "nesting deeper than 64 levels");
        assertTrue(p.isError());
        assertFalse(result.ok());
    }

    @Test
    void aliasBombIsRefusedAsAliases() {
        StringBuilder yaml = new StringBuilder(VALID).append("x-bomb:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append("  l").append(level).append(": &l").append(level).append(" [");
            for (int i = 0; i < 9; i++) yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
            yaml.append("]\n");
        }
        LoadResult result = loader.parse(yaml.toString(), FILE);
        assertFalse(result.ok());
        assertError(result, 6, 7, "YAML anchors ('&l0') are not supported");
        assertEquals(10 + 81, result.errors().size(), "one error per anchor and per alias");
    }

    @Test
    void aFloodOfProblemsIsCapped() {
        StringBuilder yaml = new StringBuilder("faultline: 1\nname: x\nnodes:\n");
        for (int i = 0; i < ProblemLog.MAX_STORED + 500; i++) yaml.append("  - {id: n").append(i).append(", replicas: 0}\n");
        LoadResult result = loader.parse(yaml.toString(), FILE);
        assertEquals(ProblemLog.MAX_STORED + 1, result.problems().size());
        assertTrue(result.problems().get(ProblemLog.MAX_STORED).message().equals("500 more problems not shown"));
    }

    @Test
    void windowsLineEndingsKeepPositions() {
        String yaml = (VALID + "  - {id: db, replicas: 0}\n").replace("\n", "\r\n");
        assertError(loader.parse(yaml, FILE), 5, 24, "replicas must be at least 1");
    }

    @Test
    void directoryIsNotAFile(@TempDir Path dir) {
        LoadResult result = loader.load(dir);
        assertFalse(result.ok());
        assertTrue(result.errors().get(0).message().startsWith("cannot read the file: "), LoaderAssertions.describe(result));
    }

    @Test
    void hugeUnknownNamesGetShortMessagesAndNoCostlyHints() {
        StringBuilder yaml = new StringBuilder("faultline: 1\nname: x\nnodes:\n");
        for (int i = 0; i < 2_000; i++) yaml.append("  - {id: n").append(i).append(", entrypoint: true}\n");
        String huge = "q".repeat(90_000);
        for (int i = 0; i < 40; i++) yaml.append("  - {id: m").append(i).append(", team: ").append(huge).append("}\n");
        String longKey = "k".repeat(1_000); // YAML caps implicit keys at 1024 characters
        for (int i = 0; i < 40; i++) yaml.append("  - {id: k").append(i).append(", ").append(longKey).append(i).append(": 1}\n");
        yaml.append("dependencies:\n");
        for (int i = 0; i < 40; i++) yaml.append("  - {from: n").append(i).append(", to: ").append(huge).append("}\n");
        LoadResult result = loader.parse(yaml.toString(), FILE);
        assertEquals(80, result.errors().size());
        assertEquals(40, result.warnings().size());
        assertTrue(result.problems().stream().allMatch(p -> p.message().length() < 300), LoaderAssertions.describe(result));
    }

    @Test
    void textEntryPointChecksNulToo() {
        assertError(loader.parse(VALID + "name2: a\0b\n", FILE), 5, 9, "not a text file");
    }
}
