package dev.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.BundledSamples;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.io.v1.TopologyWriter;

/**
 * {@code analyze --format json --output FILE} streams the document while the analysis runs (issue #18): the file
 * holds exactly what standard output gets from the analysis written after it, with the same exit code.
 */
class AnalyzeJsonToFileTest {
    @TempDir
    Path dir;

    @Test
    void everySampleWritesToAFileWhatItPrints() throws IOException {
        List<Path> samples = BundledSamples.paths();
        assertFalse(samples.isEmpty());
        for (Path sample : samples) {
            assertSameInFile(sample, "--fail-on", "warning");
            assertSameInFile(sample, "--suggest-fixes", "--max-double-faults", "0");
        }
    }

    @Test
    void aGeneratedTopologyWritesToAFileWhatItPrints() throws IOException {
        Path file = Files.writeString(dir.resolve("gen.yaml"),
                new TopologyWriter().write(TopologyGenerator.generate(1_500, 9)));
        assertSameInFile(file, "--fail-on", "spof");
    }

    @Test
    void anInvalidTopologyWritesNoFile() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), "version: 1\nnodes: [\n");
        Path out = dir.resolve("bad.json");
        CliRun r = CliRun.of("analyze", file.toString(), "--format", "json", "--output", out.toString());
        assertEquals(ExitCodes.INVALID_INPUT, r.exitCode(), r.err());
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    private void assertSameInFile(Path topology, String... options) throws IOException {
        CliRun printed = CliRun.of(args(topology, "-", options));
        Path out = dir.resolve("out.json");
        Files.deleteIfExists(out);
        CliRun written = CliRun.of(args(topology, out.toString(), options));
        assertEquals(printed.exitCode(), written.exitCode(), topology + ": " + written.err());
        assertEquals(printed.out(), Files.readString(out, StandardCharsets.UTF_8), topology.toString());
        assertEquals("", written.out(), topology.toString());
    }

    private static String[] args(Path topology, String output, String... options) {
        return Stream.concat(Stream.of("analyze", topology.toString(), "--format", "json", "--output", output),
                Stream.of(options)).toArray(String[]::new);
    }
}
