package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.analysis.FindingReview;

class ReviewSidecarTest {
    @TempDir
    Path dir;
    private final ReviewSidecar sidecar = new ReviewSidecar();

    @Test
    void decisionsRoundTripBesideTheFileWhichIsNeverTouched() throws Exception {
        Path topo = dir.resolve("shop.yaml");
        Files.writeString(topo, "user's yaml");
        var accepted = new FindingReview("spof:orders-db", FindingReview.Status.ACCEPTED, " replica planned for Q3 ");
        var ignored = new FindingReview("observability-gap:cdn", FindingReview.Status.IGNORED, "");
        sidecar.write(topo, Map.of(accepted.key(), accepted, ignored.key(), ignored));
        assertEquals(dir.resolve("shop.yaml.faultline-review.json"), sidecar.sidecarOf(topo));
        Map<String, FindingReview> read = sidecar.read(topo);
        assertEquals("replica planned for Q3", read.get("spof:orders-db").note());
        assertEquals(FindingReview.Status.IGNORED, read.get("observability-gap:cdn").status());
        assertEquals("user's yaml", Files.readString(topo));
        sidecar.write(topo, Map.of());
        assertFalse(Files.exists(sidecar.sidecarOf(topo)), "no decisions: no sidecar");
    }

    @Test
    void aDamagedSidecarReadsAsNoDecisions() throws Exception {
        Path topo = dir.resolve("x.yaml");
        Files.writeString(sidecar.sidecarOf(topo), "{ not json");
        assertTrue(sidecar.read(topo).isEmpty());
        Files.writeString(sidecar.sidecarOf(topo), "{\"findings\": {\"a:b\": {\"status\": \"maybe\"}}}");
        assertTrue(sidecar.read(topo).isEmpty(), "an unknown status is skipped");
    }
}
