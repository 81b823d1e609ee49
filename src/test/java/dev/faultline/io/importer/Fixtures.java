package dev.faultline.io.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/** Test inputs in src/test/resources/importers and small helpers to look into imported topologies. */
final class Fixtures {
    static final Path RESOURCES = Path.of("src", "test", "resources", "importers");

    private Fixtures() {
    }

    static List<Path> files(String folder, String... names) {
        return Arrays.stream(names).map(n -> RESOURCES.resolve(folder).resolve(n)).toList();
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** Writes {@code yaml} to {@code dir/name} and imports that one file. */
    static ImportResult importText(Importer importer, Path dir, String name, String yaml)
            throws IOException, ImportException {
        return importer.importFiles(List.of(write(dir, name, yaml)));
    }

    static Optional<Dependency> dependency(Topology t, String from, String to) {
        return t.dependencies().stream().filter(d -> d.from().equals(from) && d.to().equals(to)).findFirst();
    }

    static Dependency requireDependency(Topology t, String from, String to) {
        return dependency(t, from, to).orElseThrow(() -> new AssertionError("no dependency " + from + " -> " + to
                + " in " + t.dependencies().stream().map(Dependency::label).toList()));
    }

    static Node node(Topology t, String id) {
        return t.node(id).orElseThrow(() -> new AssertionError("no node " + id + " in "
                + t.nodes().stream().map(Node::id).toList()));
    }
}
