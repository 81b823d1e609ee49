package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #10 item 11: temporary files are known while written (for the shutdown hook) and never outlive a write. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aTemporaryFileIsRegisteredWhileWrittenAndGoneAfterwards() throws Exception {
        Path target = dir.resolve("report.md");
        Set<Path>[] during = new Set[1];
        AtomicFiles.write(target, (AtomicFiles.TextWriter) out -> {
            out.write("text");
            during[0] = AtomicFiles.inFlight();
        });
        assertEquals(1, during[0].size());
        Path tmp = during[0].iterator().next();
        assertTrue(AtomicFiles.OUR_TEMP_FILE.matcher(tmp.getFileName().toString()).matches(), tmp.toString());
        assertFalse(AtomicFiles.inFlight().contains(tmp));
        assertFalse(Files.exists(tmp));
        assertEquals("text", Files.readString(target));
    }

    @Test
    void aFailedWriteLeavesNeitherTheTemporaryFileNorARegistration() throws Exception {
        Path target = dir.resolve("report.md");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, (AtomicFiles.TextWriter) out -> {
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        assertTrue(AtomicFiles.inFlight().isEmpty());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aVeryLongNameStillGetsATemporaryFile() throws Exception {
        Path target = dir.resolve("r".repeat(240) + ".md");
        OutputTarget.of(target).write("x");
        assertEquals("x", Files.readString(target));
    }

    @Test
    void sigtermDuringAWriteLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("big.svg");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), SlowWriterMain.class.getName(), target.toString())
                .redirectErrorStream(true).start();
        try {
            String first = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
            assertEquals("writing", first);
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(1, files.count(), "the temporary file exists while writing");
            }
            p.destroy(); // SIGTERM: shutdown hooks run
            assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }
}
