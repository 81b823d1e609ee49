package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.layout.Point;
import dev.faultline.io.yaml.Problem;

class LayoutSidecarTest {
    @TempDir
    Path dir;

    private final LayoutSidecar sidecar = new LayoutSidecar();

    @Test
    void roundTripsPinnedPositionsNextToTheFile() throws Exception {
        Path topo = dir.resolve("shop.yaml");
        Files.writeString(topo, "faultline: 1\n");
        sidecar.write(topo, Map.of("payments/api", new Point(12.5, -3), "web", new Point(100, 200)));
        assertEquals(dir.resolve("shop.yaml.faultline-layout.json"), sidecar.sidecarOf(topo));
        assertEquals(Map.of("payments/api", new Point(12.5, -3), "web", new Point(100, 200)), sidecar.read(topo));
        assertEquals("faultline: 1\n", Files.readString(topo), "the topology is never touched");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temp file is left behind");
        }
    }

    @Test
    void missingOrDamagedSidecarsReadAsNothingPinned() throws Exception {
        Path topo = dir.resolve("shop.yaml");
        assertTrue(sidecar.read(topo).isEmpty());
        Files.writeString(sidecar.sidecarOf(topo), "{not json");
        assertTrue(sidecar.read(topo).isEmpty());
        Files.writeString(sidecar.sidecarOf(topo), "{\"pinned\": {\"a\": {\"x\": \"left\", \"y\": 1}, \"b\": {\"x\": 1, \"y\": 2}}}");
        assertEquals(Map.of("b", new Point(1, 2)), sidecar.read(topo));
    }

    @Test
    void writingNoPinsRemovesTheSidecar() throws Exception {
        Path topo = dir.resolve("shop.yaml");
        sidecar.write(topo, Map.of("a", new Point(1, 1)));
        sidecar.write(topo, Map.of());
        assertFalse(Files.exists(sidecar.sidecarOf(topo)));
    }

    @Test
    void aMergeConflictIsReportedWithItsPositionAndKeptAsideInsteadOfOverwritten() throws Exception {
        Path topo = dir.resolve("shop.yaml");
        String conflicted = "{\"pinned\": {\n<<<<<<< HEAD\n  \"a\": {\"x\": 1, \"y\": 2}\n=======\n}}\n";
        Files.writeString(sidecar.sidecarOf(topo), conflicted);
        LayoutSidecar.Reading reading = sidecar.load(topo);
        assertTrue(reading.pinned().isEmpty());
        assertEquals(1, reading.problems().size());
        Problem p = reading.problems().get(0);
        assertEquals(2, p.line(), p.format());
        assertTrue(p.format().contains("kept as shop.yaml.faultline-layout.json.bak"), p.format());
        sidecar.write(topo, Map.of("b", new Point(3, 4)));
        assertEquals(conflicted, Files.readString(sidecar.backupOf(topo)));
        assertEquals(Map.of("b", new Point(3, 4)), sidecar.read(topo));
        Files.writeString(sidecar.sidecarOf(topo), "<<<<<<< again");
        sidecar.write(topo, Map.of("c", new Point(1, 1)));
        assertEquals(conflicted, Files.readString(sidecar.backupOf(topo)), "an older backup is not replaced");
        assertEquals("<<<<<<< again", Files.readString(dir.resolve("shop.yaml.faultline-layout.json.bak.1")));
    }

    @Test
    void absurdCoordinatesAreDroppedWithAWarning() throws Exception {
        Path topo = dir.resolve("shop.yaml");
        Files.writeString(sidecar.sidecarOf(topo), "{\"pinned\": {\"far\": {\"x\": 1e308, \"y\": 0},"
                + " \"huge\": {\"x\": 0, \"y\": -2e7}, \"inf\": {\"x\": 1e999, \"y\": 0}, \"ok\": {\"x\": 5, \"y\": 6}}}");
        LayoutSidecar.Reading reading = sidecar.load(topo);
        assertEquals(Map.of("ok", new Point(5, 6)), reading.pinned());
        assertTrue(reading.problems().get(0).message().contains("3 pinned position(s) ignored"),
                reading.problems().toString());
        assertFalse(reading.problems().get(0).isError());
    }

    @Test
    void aFifoSidecarIsNotOpened() throws Exception {
        Path topo = dir.resolve("shop.yaml");
        Process p = new ProcessBuilder("mkfifo", sidecar.sidecarOf(topo).toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0);
        LayoutSidecar.Reading reading = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60), () -> sidecar.load(topo));
        assertTrue(reading.pinned().isEmpty());
        assertTrue(reading.problems().get(0).message().contains("not a regular file"), reading.problems().toString());
    }
}
