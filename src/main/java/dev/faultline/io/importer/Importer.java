package dev.faultline.io.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns files another tool already has (Compose, Kubernetes, Backstage) into a topology. */
public interface Importer {
    /**
     * The files, in the order given (for Compose: later files override earlier ones). A folder stands for the files
     * its tool would read: a Compose project's main file and override, or every YAML file of a manifest folder.
     */
    ImportResult importFiles(List<Path> inputs) throws ImportException;

    /** The importer for a format name as the command line spells it: compose, kubernetes (k8s), backstage. */
    static Optional<Importer> forFormat(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "compose", "docker-compose" -> Optional.of(new ComposeImporter());
            case "kubernetes", "k8s" -> Optional.of(new KubernetesImporter());
            case "backstage" -> Optional.of(new BackstageImporter());
            default -> Optional.empty();
        };
    }

    static List<String> formats() {
        return List.of("compose", "kubernetes", "backstage");
    }
}
