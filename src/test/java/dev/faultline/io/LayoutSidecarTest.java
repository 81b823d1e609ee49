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
}
