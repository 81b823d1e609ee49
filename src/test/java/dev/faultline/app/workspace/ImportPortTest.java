package dev.faultline.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.service.ImportService;

class ImportPortTest {
    @Test
    void theImportMenuOffersWhatTheImportServiceKnows() throws Exception {
        ImportService imports = new ImportService();
        ImportPort port = ImportPort.of(imports.formats(), (f, in, out) -> f + " " + in.size() + " " + out);
        assertEquals(imports.formats(), port.formats());
        assertEquals("compose", port.formats().get(0), "the default choice");
        assertEquals("kubernetes 1 o.yaml", port.importInto("kubernetes", List.of(Path.of("a")), Path.of("o.yaml")));
    }
}
