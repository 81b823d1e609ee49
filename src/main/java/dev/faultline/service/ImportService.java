package dev.faultline.service;

import java.io.IOException;
import java.nio.file.Files;
import dev.faultline.io.AtomicFiles;

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

    /**
     * Imports and writes the topology to {@code output} atomically (the app's File › Import…).
     *
     * @throws IOException when {@code output} is one of the inputs (an import never overwrites what it read) or
     *                     cannot be written
     */
    public ImportResult importInto(String format, List<Path> inputs, Path output) throws ImportException, IOException {
        ImportResult result = importFiles(format, inputs);
        // Checked against the files actually read: a folder given as input stands for the files in it.
        if (isAnInput(output, inputs) || isAnInput(output, result.report().inputs())) {
            throw new IOException(output + " is one of the inputs; choose another file");
        }
        AtomicFiles.write(output, result.toYaml());
        return result;
    }

    /** True when writing {@code output} would overwrite one of the inputs. */
    public static boolean isAnInput(Path output, List<Path> inputs) throws IOException {
        if (!Files.exists(output)) return false;
        for (Path in : inputs) {
            if (Files.exists(in) && Files.isSameFile(in, output)) return true;
        }
        return false;
    }
}
