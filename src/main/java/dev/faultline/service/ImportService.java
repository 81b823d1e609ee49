package dev.faultline.service;

import java.io.IOException;
import java.util.ArrayList;

import dev.faultline.io.OutputTarget;

import java.nio.file.Path;
import java.util.List;

import dev.faultline.io.importer.ImportException;
import dev.faultline.io.importer.ImportResult;
import dev.faultline.io.importer.Importer;
import dev.faultline.io.importer.Importers;

/**
 * The import use case the app (File › Import…) and the command line share: files another tool already has in, a
 * topology and a report out. Writing the result is the caller's business (atomically, never over an input).
 */
public final class ImportService {
    /** Format names as users type them: compose, kubernetes (or k8s), backstage. */
    public List<String> formats() {
        return Importers.names();
    }

    public boolean supports(String format) {
        return Importers.forName(format).isPresent();
    }

    /** @throws IllegalArgumentException for an unknown format; check {@link #supports(String)} first */
    public ImportResult importFiles(String format, List<Path> inputs) throws ImportException {
        Importer importer = Importers.forName(format)
                .orElseThrow(() -> new IllegalArgumentException("unknown import format '" + format + "'"));
        return importer.importFiles(inputs);
    }

    /**
     * Imports and writes the topology to {@code output} (the app's File › Import…), see {@link OutputTarget}.
     *
     * @throws IOException when {@code output} is one of the files the import read (an import never overwrites what
     *                     it read), a folder, or cannot be written
     */
    public ImportResult importInto(String format, List<Path> inputs, Path output) throws ImportException, IOException {
        ImportResult result = importFiles(format, inputs);
        // Checked against every file actually read: a folder given as input stands for the files in it, and a
        // Compose import also reads .env, env_file and extends files.
        List<Path> read = new ArrayList<>(inputs);
        read.addAll(result.report().filesRead());
        OutputTarget.of(output, read).write(result.toYaml());
        return result;
    }
}
