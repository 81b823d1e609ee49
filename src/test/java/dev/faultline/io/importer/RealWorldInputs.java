package dev.faultline.io.importer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where the real-world inputs are: {@code shared/real-world-inputs} beside the clone (CI), or beside one of its
 * parent folders (a git worktree), or {@code -Dfaultline.realWorldInputs=DIR}. When none is found the tests that
 * need them are skipped, and the console says so once, so that a green {@code mvn verify} without them is not
 * mistaken for one that imported them.
 */
final class RealWorldInputs {
    static final String PROPERTY = "faultline.realWorldInputs";
    /** The folder, or a path that does not exist when none was found (so callers can still resolve against it). */
    static final Path DIR = locate();
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private RealWorldInputs() {
    }

    static boolean present() {
        return Files.isDirectory(DIR);
    }

    /** A JUnit assumption: skips the calling test, with a reason, when the inputs are absent. */
    static void assumePresent() {
        String reason = "real-world import tests SKIPPED: no shared/real-world-inputs folder beside the clone or its "
                + "parents (set -D" + PROPERTY + "=DIR to run them)";
        if (!present() && TOLD.compareAndSet(false, true)) System.out.println("[WARNING] " + reason);
        assumeTrue(present(), reason);
    }

    private static Path locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        Path relative = Path.of("..", "shared", "real-world-inputs");
        for (Path dir = Path.of("").toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("real-world-inputs");
            if (Files.isDirectory(candidate)) return candidate;
        }
        return relative;
    }
}
