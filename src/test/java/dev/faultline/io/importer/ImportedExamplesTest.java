package dev.faultline.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.faultline.io.AtomicFiles;

/**
 * docs/examples/imported holds what the importers write for the real-world inputs, so readers of docs/importers.md
 * can see the result without running anything. This keeps those files true: they must equal a fresh import.
 * Regenerate with {@code mvn test -Dtest=ImportedExamplesTest -Dfaultline.regenerate=true}.
 */
class ImportedExamplesTest {
    private static final Path EXAMPLES = Path.of("docs", "examples", "imported");

    @ParameterizedTest
    @CsvSource({"otel-demo", "eshop-on-containers", "sock-shop", "online-boutique", "istio-bookinfo", "backstage-wayback",
            "backstage-artist-portal"})
    void exampleEqualsAFreshImport(String folder) throws Exception {
        RealWorldInputs.assumePresent();
        String yaml = RealWorldInputsTest.importFolder(folder).toYaml();
        Path example = EXAMPLES.resolve(folder + ".yaml");
        if (Boolean.getBoolean("faultline.regenerate")) AtomicFiles.write(example, yaml);
        assertEquals(Files.readString(example), yaml, "docs example out of date: regenerate it (see class comment)");
    }
}
