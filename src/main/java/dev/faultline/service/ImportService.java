package dev.faultline.service;

import java.nio.file.Path;
import java.util.List;

import dev.faultline.io.importer.ImportException;
import dev.faultline.io.importer.ImportResult;
import dev.faultline.io.importer.Importer;

/**
 * The import use case the app (File › Import…) and the command line share: files another tool already has in, a
 * topology and a report out. Writing the result is the caller's business (atomically, never over an input).
 */
public final class ImportService {
    /** Format names as users type them: compose, kubernetes (or k8s), backstage. */
    public List<String> formats() {
        return Importer.formats();
    }

    public boolean supports(String format) {
        return Importer.forFormat(format).isPresent();
    }

    /** @throws IllegalArgumentException for an unknown format; check {@link #supports(String)} first */
    public ImportResult importFiles(String format, List<Path> inputs) throws ImportException {
        Importer importer = Importer.forFormat(format)
                .orElseThrow(() -> new IllegalArgumentException("unknown import format '" + format + "'"));
        return importer.importFiles(inputs);
    }
}
