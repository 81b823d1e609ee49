package dev.faultline.io.importer;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real files with one value at a time replaced by a value of another shape (a list, a mapping, null, a number): an
 * importer must then either import or say what is wrong with an {@link ImportException}, never fail with a
 * ClassCastException or NullPointerException.
 */
class MalformedShapesTest {
    private static final List<String> SHAPES = List.of("[a, b]", "{x: 1}", "~", "7");

    @TempDir
    Path dir;

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("compose", "compose-eshop", "docker-compose.override.yml"),
                Arguments.of("compose", "compose-otel", "docker-compose.yml"),
                Arguments.of("kubernetes", "k8s-boutique", "kubernetes-manifests.yaml"),
                Arguments.of("kubernetes", "k8s-bookinfo", "bookinfo-gateway.yaml"),
                Arguments.of("kubernetes", "k8s-shop", "shop.yaml"),
                Arguments.of("backstage", "backstage-wayback", "wayback-search-component.yaml"),
                Arguments.of("backstage", "backstage-demo", "catalog-info.yaml"));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void everyValueReplacedByEveryShapeImportsOrFailsCleanly(String format, String folder, String name) throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.RESOURCES.resolve(folder).resolve(name));
        Path envFile = Fixtures.RESOURCES.resolve(folder).resolve(".env");
        if (Files.exists(envFile)) Files.copy(envFile, dir.resolve(".env"));
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(": ");
            boolean listItem = line.trim().startsWith("- ");
            if (colon < 0 && !listItem || line.trim().startsWith("#")) continue;
            String head = colon >= 0 ? line.substring(0, colon + 2) : line.substring(0, line.indexOf("- ") + 2);
            for (String shape : SHAPES) {
                List<String> mutated = new ArrayList<>(lines);
                mutated.set(i, head + shape);
                Path file = dir.resolve(name);
                Files.write(file, mutated);
                try {
                    Importers.forName(format).orElseThrow().importFiles(List.of(file));
                } catch (ImportException expected) {
                    // a clean, positioned refusal
                } catch (RuntimeException e) {
                    failures.add("line " + (i + 1) + " -> '" + head.trim() + " " + shape + "': " + e);
                }
            }
        }
        if (!failures.isEmpty()) fail(failures.size() + " crashes, e.g.\n" + String.join("\n", failures.subList(0, Math.min(8, failures.size()))));
    }
}
