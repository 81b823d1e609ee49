package dev.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #10: outputs that are inputs, devices, FIFOs, symbolic links or folders; inputs that never end. Faultline
 * must never destroy a file and never hang.
 */
class HostileOutputTest {
    @TempDir
    Path dir;

    private static final String TOPOLOGY = """
            faultline: 1
            name: Shop
            nodes:
              - id: web
                replicas: 2
                entrypoint: true
              - id: db
                kind: database
            dependencies:
              - from: web
                to: db
            """;

    private Path topology() throws IOException {
        return Files.writeString(dir.resolve("shop.yaml"), TOPOLOGY);
    }

    private void assertUntouched(Path file, int code, CliRun run) throws IOException {
        assertEquals(ExitCodes.USAGE, code, run.err());
        assertEquals(TOPOLOGY, Files.readString(file));
        assertTrue(run.err().contains("never overwrites a file it reads"), run.err());
    }

    @Test
    void exportAndAnalyzeRefuseToOverwriteTheirInputByAnyName() throws Exception {
        Path file = topology();
        CliRun export = CliRun.of("export", file.toString(), "--output", file.toString(), "--format", "svg");
        assertUntouched(file, export.exitCode(), export);
        CliRun json = CliRun.of("analyze", file.toString(), "--format", "json", "--output", file.toString());
        assertUntouched(file, json.exitCode(), json);
        Path dotted = dir.resolve(".").resolve("shop.yaml");
        CliRun viaDot = CliRun.of("analyze", file.toString(), "--output", dotted.toString());
        assertUntouched(file, viaDot.exitCode(), viaDot);
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), file);
        CliRun viaLink = CliRun.of("export", file.toString(), "--output", link.toString(), "--format", "md");
        assertUntouched(file, viaLink.exitCode(), viaLink);
        Path hard = Files.createLink(dir.resolve("hard.yaml"), file);
        CliRun viaHard = CliRun.of("analyze", file.toString(), "--format", "sarif", "-o", hard.toString());
        assertUntouched(file, viaHard.exitCode(), viaHard);
    }

    @Test
    void theLayoutSidecarIsAnInputToo() throws Exception {
        Path file = topology();
        Path sidecar = Files.writeString(dir.resolve("shop.yaml.faultline-layout.json"),
                "{\"faultlineLayout\":1,\"pinned\":{\"web\":{\"x\":1,\"y\":2}}}");
        CliRun run = CliRun.of("analyze", file.toString(), "--format", "json", "--output", sidecar.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(Files.readString(sidecar).contains("pinned"));
    }

    @Test
    void anImportNeverReplacesTheEnvFileEnvFileOrExtendedFileItRead() throws Exception {
        Path compose = Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    image: nginx
                    env_file: web.env
                    extends:
                      file: base.yaml
                      service: base
                """);
        Path env = Files.writeString(dir.resolve(".env"), "PORT=80\n");
        Path webEnv = Files.writeString(dir.resolve("web.env"), "DB=db:5432\n");
        Path base = Files.writeString(dir.resolve("base.yaml"), "services:\n  base:\n    image: busybox\n");
        for (Path target : new Path[] {env, webEnv, base}) {
            String before = Files.readString(target);
            CliRun run = CliRun.of("import", "compose", compose.toString(), "--output", target.toString());
            assertEquals(ExitCodes.USAGE, run.exitCode(), target + ": " + run.err());
            assertEquals(before, Files.readString(target), target.toString());
            assertTrue(run.err().contains("never overwrites a file it reads"), run.err());
        }
    }

    @Test
    void aSymbolicLinkToADeviceIsWrittenThroughAndKept() throws Exception {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        Path file = topology();
        Path link = Files.createSymbolicLink(dir.resolve("sink.txt"), devNull);
        CliRun run = CliRun.of("analyze", file.toString(), "--output", link.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertFalse(Files.isRegularFile(devNull), "/dev/null is still a device");
        assertEquals(0, Files.size(devNull));
    }

    @Test
    void aSymbolicLinkToAFileKeepsTheLinkAndReplacesItsTarget() throws Exception {
        Path file = topology();
        Path real = Files.writeString(dir.resolve("real.md"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("report.md"), real.getFileName());
        CliRun run = CliRun.of("export", file.toString(), "--output", link.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).contains("Shop"));
    }

    @Test
    void aFifoOutputIsWrittenThroughAndStaysAFifo() throws Exception {
        Path file = topology();
        Path fifo = fifo("out.fifo");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.of("analyze", file.toString(), "--format", "json", "--output", fifo.toString()));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(reader.get(60, TimeUnit.SECONDS).contains("\"spofs\""));
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "still a FIFO");
    }

    @Test
    void aFolderAsOutputIsRefusedBeforeAnythingIsCreated() throws Exception {
        Path file = topology();
        Path folder = Files.createDirectory(dir.resolve("out"));
        CliRun run = CliRun.of("export", file.toString(), "--output", folder.toString(), "--format", "svg");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("is a folder"), run.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "only shop.yaml and the folder");
        }
    }

    @Test
    void aWriteFailureNamesTheOutputAndTheReasonNotATemporaryFile() throws Exception {
        Path file = topology();
        Path blocked = dir.resolve("shop.yaml").resolve("report.md"); // the parent is a file
        CliRun run = CliRun.of("analyze", file.toString(), "--format", "markdown", "--output", blocked.toString());
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains("cannot write " + blocked), run.err());
        assertFalse(run.err().contains(".tmp"), run.err());
    }

    @Test
    void fifosAndDevicesAreRefusedAsInputsWithoutWaiting() throws Exception {
        Path fifo = fifo("topology.yaml");
        CliRun validate = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of("validate", fifo.toString()));
        assertEquals(ExitCodes.INVALID_INPUT, validate.exitCode());
        assertTrue(validate.err().contains("not a regular file"), validate.err());
        CliRun imp = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.of("import", "kubernetes", fifo.toString(), "-o", "-"));
        assertEquals(ExitCodes.INVALID_INPUT, imp.exitCode());
        assertTrue(imp.err().contains("not a regular file"), imp.err());
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        CliRun zero = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of("validate", "/dev/zero"));
        assertEquals(ExitCodes.INVALID_INPUT, zero.exitCode());
        assertTrue(zero.err().contains("/dev/zero:1:1: error: cannot read the file: not a regular file"), zero.err());
    }

    @Test
    void staleTemporaryFilesOfOursAreSweptOthersAreKept() throws Exception {
        Path file = topology();
        Path out = dir.resolve("shop.svg");
        Path stale = Files.writeString(dir.resolve(".shop.svg.faultline-1234567890123.tmp"), "half");
        Path staleOld = Files.writeString(dir.resolve(".shop.svg.9876543210987654321.tmp"), "half");
        Path fresh = Files.writeString(dir.resolve(".other.svg.faultline-1234567890124.tmp"), "being written");
        Path foreign = Files.writeString(dir.resolve(".notes.tmp"), "not ours");
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        for (Path p : new Path[] {stale, staleOld, foreign}) Files.setLastModifiedTime(p, twoHoursAgo);
        CliRun run = CliRun.of("export", file.toString(), "--output", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleOld));
        assertTrue(Files.exists(fresh), "younger than an hour: maybe another run's");
        assertTrue(Files.exists(foreign), "not our naming");
    }

    @Test
    void controlCharactersFromTheFileNeverReachTheTerminal() throws Exception {
        Path file = Files.writeString(dir.resolve("evil.yaml"), """
                faultline: 1
                name: "\\e]0;pwned\\a\\e[2Jfake"
                nodes:
                  - id: web
                    entrypoint: true
                    name: "web\\rshop.yaml:1:1: error: forged"
                  - id: db
                dependencies:
                  - from: web
                    to: db
                  - from: web
                    to: "nope\\r\\e[31m"
                """);
        CliRun bad = CliRun.of("validate", file.toString());
        assertFalse(bad.err().contains("\u001b") || bad.err().contains("\r") || bad.out().contains("\r"), bad.err());
        assertTrue(bad.err().contains("nope\\r\\e[31m"), bad.err());
        Files.writeString(file, Files.readString(file).replace("  - from: web\n    to: \"nope\\r\\e[31m\"\n", ""));
        CliRun text = CliRun.of("analyze", file.toString());
        assertEquals(0, text.exitCode(), text.err());
        for (String s : new String[] {text.out(), text.err()}) {
            assertFalse(s.contains("\u001b") || s.contains("\u0007") || s.contains("\r"), s);
        }
        assertTrue(text.out().contains("\\e]0;pwned\\x07"), text.out());
        CliRun md = CliRun.of("analyze", file.toString(), "--format", "json");
        assertFalse(md.out().contains("\u001b"));
    }

    @Test
    void outputsThatAreFinePassUnchanged() throws Exception {
        Path file = topology();
        Path out = dir.resolve("report.json");
        CliRun run = CliRun.of("analyze", file.toString(), "--format", "json", "--output", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        CliRun stdout = CliRun.of("analyze", file.toString(), "--format", "json");
        assertArrayEquals(stdout.out().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out));
    }

    @Test
    void exportsWithAnAbsurdSidecarWarnAndDrawTheDiagram() throws Exception {
        Path file = topology();
        Files.writeString(dir.resolve("shop.yaml.faultline-layout.json"),
                "{\"faultlineLayout\":1,\"pinned\":{\"web\":{\"x\":1e308,\"y\":-1e308},\"db\":{\"x\":2e7,\"y\":0}}}");
        for (String ext : new String[] {"svg", "pdf", "png"}) {
            Path out = dir.resolve("shop." + ext);
            CliRun run = CliRun.of("export", file.toString(), "--output", out.toString());
            assertEquals(0, run.exitCode(), ext + ": " + run.err());
            assertTrue(run.err().contains("warning: 2 pinned position(s) ignored"), run.err());
            if (ext.equals("png")) {
                java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(out.toFile());
                assertTrue(png.getWidth() > 100 && png.getHeight() > 50, png.getWidth() + "x" + png.getHeight());
            }
        }
        Files.writeString(dir.resolve("shop.yaml.faultline-layout.json"), "<<<<<<< HEAD\n{}\n");
        CliRun damaged = CliRun.of("export", file.toString(), "--output", dir.resolve("again.svg").toString());
        assertEquals(0, damaged.exitCode(), damaged.err());
        assertTrue(damaged.err().contains("shop.yaml.faultline-layout.json:1:1: warning: layout sidecar not valid JSON"),
                damaged.err());
    }

    @Test
    void controlCharactersInNamesStillGiveWellFormedSvgAndHtml() throws Exception {
        Path file = Files.writeString(dir.resolve("bell.yaml"), """
                faultline: 1
                name: "bell\\a shop"
                nodes:
                  - id: web
                    name: "w\\x01e\\x1bb"
                    entrypoint: true
                """);
        for (String ext : new String[] {"svg", "html", "pdf"}) {
            Path out = dir.resolve("bell." + ext);
            CliRun run = CliRun.of("export", file.toString(), "--output", out.toString());
            assertEquals(0, run.exitCode(), ext + ": " + run.err());
            if (ext.equals("pdf")) continue;
            String text = Files.readString(out);
            assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r'), ext);
        }
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("bell.svg").toFile());
        assertTrue(Files.readString(dir.resolve("bell.svg")).contains("web"));
    }

    @Test
    void aNewlineInAValueCannotForgeAProblemLine() throws Exception {
        Path file = Files.writeString(dir.resolve("forge.yaml"), """
                faultline: 1
                name: x
                nodes:
                  - id: web
                    entrypoint: true
                    kind: "bogus\\nforge.yaml:1:1: error: forged"
                """);
        CliRun run = CliRun.of("validate", file.toString());
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        assertFalse(run.err().lines().anyMatch(l -> l.startsWith("forge.yaml:1:1")), run.err());
        assertTrue(run.err().contains("bogus\\nforge.yaml:1:1: error: forged"), run.err());
    }

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here");
            return null;
        }
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        return fifo;
    }
}
