package dev.faultline.io.yaml;

import java.nio.file.Path;

/**
 * A file {@link ExpandingYamlReader} cannot turn into a tree: malformed YAML, an alias bomb, a value of a shape YAML
 * keys cannot take. Carries where, so the caller can report {@code FILE:LINE:COL}.
 */
public final class YamlSyntaxException extends Exception {
    private final Path file;
    private final int line;
    private final int column;

    public YamlSyntaxException(Path file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    /** 1-based; 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
