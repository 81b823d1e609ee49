package dev.faultline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison for text exports. Expected files live in
 * {@code src/test/resources/dev/faultline/export/golden/}. To accept new output after a deliberate change, run the
 * tests with {@code UPDATE_GOLDEN=1} in the environment (or {@code -DUPDATE_GOLDEN=1}), e.g.
 * {@code UPDATE_GOLDEN=1 mvn -B -o -q test -Dtest='*ExporterTest,*ReportTest'}, then review the diff in git.
 */
public final class Golden {
    static final Path DIR = Path.of("src/test/resources/dev/faultline/export/golden");

    private Golden() {
    }

    public static void assertMatches(String fileName, String actual) {
        Path file = DIR.resolve(fileName);
        try {
            if (updating() || !Files.exists(file)) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                if (!updating()) throw new AssertionError("golden file " + file + " was missing; written now, review it");
                return;
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                    "output differs from " + file + " (run with UPDATE_GOLDEN=1 to accept)");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean updating() {
        return "1".equals(System.getenv("UPDATE_GOLDEN")) || "1".equals(System.getProperty("UPDATE_GOLDEN"));
    }
}
