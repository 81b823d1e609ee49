package dev.faultline.io.yaml;

import java.nio.file.Path;

/** One problem found in a user's file, printed as {@code FILE:LINE:COL: error|warning: message}. */
public record Problem(Path file, int line, int column, Severity severity, String message) {

    public enum Severity {
        ERROR, WARNING;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Problem error(Path file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.ERROR, message);
    }

    public static Problem warning(Path file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The compiler-style line editors and CI annotators understand. */
    public String format() {
        return (file == null ? "<input>" : file.toString()) + ":" + line + ":" + column + ": " + severity.id() + ": "
                + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
