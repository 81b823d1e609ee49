package dev.faultline.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class IdSanitizerTest {
    @Test
    void keepsEveryCharacterTheFormatAllows() {
        assertEquals("k8s:default/cart_v1.2-x", IdSanitizer.sanitize("k8s:default/cart_v1.2-x"));
    }

    @Test
    void replacesOthersAndBoundsTheLength() {
        assertEquals("my-service-", IdSanitizer.sanitize("my service!"));
        assertEquals(200, IdSanitizer.sanitize("a".repeat(300)).length());
        assertEquals("unnamed", IdSanitizer.sanitize("  "));
    }

    @Test
    void aChangedIdIsNotedAndKeptUnique() throws ImportException {
        TopologyDraft draft = new TopologyDraft("test");
        TopologyDraft.NodeDraft first = draft.node("my service");
        TopologyDraft.NodeDraft second = draft.node("my*service");
        assertEquals("my-service", first.id);
        assertEquals("my-service-2", second.id);
        assertTrue(first.notes.get(0).contains("'my service'"));
        ImportResult r = draft.build(List.of(Path.of("x.yml")));
        assertTrue(r.report().warnings().stream().anyMatch(w -> w.contains("my*service")));
        assertTrue(r.report().format().contains("Warnings:"));
    }
}
