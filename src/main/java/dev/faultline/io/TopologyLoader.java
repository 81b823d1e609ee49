package dev.faultline.io;

import java.nio.file.Path;

/**
 * Reads a topology file: YAML (Jackson's streaming parser, for exact positions) into version-1 DTOs, then
 * validation, then the immutable model. Never throws for a user's mistake: everything wrong is a {@link Problem}.
 */
public final class TopologyLoader {
    /** Loads a file from disk. */
    public LoadResult load(Path file) {
        throw new UnsupportedOperationException("being written");
    }

    /** Loads YAML text; {@code file} is only used in problem messages (may be null). */
    public LoadResult parse(String yaml, Path file) {
        throw new UnsupportedOperationException("being written");
    }
}
