package dev.faultline.io.importer;

import java.nio.file.Path;
import java.util.List;

/** Turns files another tool already has (Compose, Kubernetes, Backstage) into a topology; {@link Importers} lists them. */
public interface Importer {
    /**
     * The files, in the order given (for Compose: later files override earlier ones). A folder stands for the files
     * its tool would read: a Compose project's main file and override, or every YAML file of a manifest folder.
     */
    ImportResult importFiles(List<Path> inputs) throws ImportException;
}
