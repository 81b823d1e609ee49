package dev.faultline.io.importer;

import java.nio.file.Path;

import dev.faultline.io.yaml.YamlSyntaxException;

/**
 * An input an importer cannot read: unknown format, malformed YAML, a value of the wrong shape. Carries where, so
 * the command line can print {@code FILE:LINE:COL: error: message}. Nothing is written when an import fails.
 */
public final class ImportException extends Exception {
    private final Path file;
    private final int line;
    private final int column;

    public ImportException(Path file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** A file that is not usable YAML, at the place the YAML reader found. */
    public ImportException(YamlSyntaxException e) {
        this(e.problem().file(), e.problem().line(), e.problem().column(), e.problem().message());
    }

    public ImportException(Path file, String message) {
        this(file, 0, 0, message);
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

    /** The compiler-style line: {@code FILE:LINE:COL: error: message}. */
    public String format() {
        String where = file == null ? "<input>" : file.toString();
        return where + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": error: " + getMessage();
    }
}
