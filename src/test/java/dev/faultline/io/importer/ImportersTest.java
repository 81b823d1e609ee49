package dev.faultline.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ImportersTest {
    @Test
    void namesAreTheFormatsInMenuOrder() {
        assertEquals(List.of("compose", "kubernetes", "backstage"), Importers.names());
    }

    @Test
    void aliasesAndAnyCaseReachTheSameImporter() {
        assertInstanceOf(ComposeImporter.class, Importers.forName("docker-compose").orElseThrow());
        assertInstanceOf(KubernetesImporter.class, Importers.forName("K8s").orElseThrow());
        assertInstanceOf(BackstageImporter.class, Importers.forName("Backstage").orElseThrow());
    }

    @Test
    void anUnknownFormatHasNoImporter() {
        assertTrue(Importers.forName("terraform").isEmpty());
    }

    @Test
    void eachImportGetsItsOwnImporter() {
        // Importers gather warnings while they read; a shared instance would carry one import's into the next.
        assertNotSame(Importers.forName("compose").orElseThrow(), Importers.forName("compose").orElseThrow());
    }
}
