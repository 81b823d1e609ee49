package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import dev.faultline.io.yaml.Problem;

/** Small helpers shared by the loader tests: find one problem by its message and check where it points. */
final class LoaderAssertions {
    static final Path FILE = Path.of("shop.yaml");

    private LoaderAssertions() {
    }

    static LoadResult parse(String yaml) {
        return new TopologyLoader().parse(yaml, FILE);
    }

    static String fixture(String name) {
        try (InputStream in = LoaderAssertions.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The single problem whose message contains {@code text}; fails (listing all problems) otherwise. */
    static Problem problem(LoadResult result, String text) {
        List<Problem> matching = result.problems().stream().filter(p -> p.message().contains(text)).toList();
        if (matching.size() != 1) {
            fail("expected exactly one problem containing \"" + text + "\", got " + matching.size() + " in:\n"
                    + describe(result));
        }
        return matching.get(0);
    }

    static Problem assertError(LoadResult result, int line, int column, String text) {
        Problem p = problem(result, text);
        assertTrue(p.isError(), () -> "not an error: " + p);
        assertEquals(line + ":" + column, p.line() + ":" + p.column(), () -> "position of " + p);
        assertFalse(result.ok(), "a file with errors must yield no topology");
        return p;
    }

    static Problem assertWarning(LoadResult result, int line, int column, String text) {
        Problem p = problem(result, text);
        assertFalse(p.isError(), () -> "not a warning: " + p);
        assertEquals(line + ":" + column, p.line() + ":" + p.column(), () -> "position of " + p);
        return p;
    }

    static void assertLoads(LoadResult result) {
        assertTrue(result.ok(), () -> "expected the file to load, got:\n" + describe(result));
        assertTrue(result.errors().isEmpty());
    }

    static String describe(LoadResult result) {
        return result.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
    }
}
