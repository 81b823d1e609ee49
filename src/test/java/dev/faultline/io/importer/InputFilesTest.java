package dev.faultline.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @Test
    void aComposeFolderMeansItsMainFileThenItsOverride() throws Exception {
        Path folder = Fixtures.RESOURCES.resolve("compose-eshop");
        assertEquals(List.of(folder.resolve("docker-compose.yml"), folder.resolve("docker-compose.override.yml")),
                InputFiles.forCompose(List.of(folder)));
        ImportResult r = new ComposeImporter().importFiles(List.of(folder));
        assertTrue(Fixtures.requireDependency(r.topology(), "identity-api", "sqldata").required(), "override applied");
    }

    @Test
    void aManifestFolderMeansItsYamlFilesInNameOrder() throws Exception {
        Path folder = Fixtures.RESOURCES.resolve("k8s-bookinfo");
        assertEquals(List.of(folder.resolve("bookinfo-gateway.yaml"), folder.resolve("bookinfo.yaml")),
                InputFiles.forManifests(List.of(folder)));
        assertEquals(6, new BackstageImporter().importFiles(List.of(Fixtures.RESOURCES.resolve("backstage-wayback")))
                .report().inputs().size());
    }

    @Test
    void foldersWithoutInputsAreErrors(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "x");
        assertThrows(ImportException.class, () -> new ComposeImporter().importFiles(List.of(dir)));
        assertThrows(ImportException.class, () -> new KubernetesImporter().importFiles(List.of(dir)));
    }
}
