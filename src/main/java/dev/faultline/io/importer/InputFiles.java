package dev.faultline.io.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.faultline.io.InputFile;
import dev.faultline.io.yaml.ExpandingYamlReader;
import dev.faultline.io.yaml.YamlNode;
import dev.faultline.io.yaml.YamlSyntaxException;

/**
 * Folders given as inputs, opened the way their tools would: for Compose the project's {@code compose.yaml} or
 * {@code docker-compose.yml} and its override, as {@code docker compose} picks them; for manifests and catalogs every
 * {@code .yaml}/{@code .yml} file of the folder, in name order. Files are taken as given, and read the one safe way.
 */
final class InputFiles {
    private static final List<String> COMPOSE_FILES = List.of("compose.yaml", "compose.yml", "docker-compose.yaml",
            "docker-compose.yml");

    private InputFiles() {
    }

    /**
     * A file an import was given, read the one safe way ({@link InputFile}): regular files only, at most the
     * topology limit, UTF-8 with the position of a bad byte.
     */
    static String readText(Path file) throws ImportException {
        try {
            return InputFile.readText(file, InputFile.MAX_BYTES);
        } catch (InputFile.UnreadableException e) {
            throw new ImportException(file, e.line(), e.column(), e.getMessage());
        } catch (NoSuchFileException e) {
            throw new ImportException(file, "no such file");
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage());
        }
    }

    /** Every YAML document of a file, anchors and merge keys expanded; {@code reader} gathers the warnings. */
    static List<YamlNode> documents(Path file, ExpandingYamlReader reader) throws ImportException {
        try {
            return reader.readAll(readText(file), file);
        } catch (YamlSyntaxException e) {
            throw new ImportException(e);
        }
    }

    static List<Path> forCompose(List<Path> inputs) throws ImportException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            Path main = COMPOSE_FILES.stream().map(input::resolve).filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new ImportException(input, "no compose.yaml or docker-compose.yml in this folder"));
            files.add(main);
            String name = main.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path override = input.resolve(name.substring(0, dot) + ".override" + name.substring(dot));
            if (Files.isRegularFile(override)) files.add(override);
        }
        return files;
    }

    static List<Path> forManifests(List<Path> inputs) throws ImportException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> list = Files.list(input)) {
                List<Path> yaml = list.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
                if (yaml.isEmpty()) throw new ImportException(input, "no .yaml or .yml file in this folder");
                files.addAll(yaml);
            } catch (IOException e) {
                throw new ImportException(input, "cannot list the folder: " + e.getMessage());
            }
        }
        return files;
    }
}
