package dev.faultline.export.diagram;

import java.util.Locale;
import java.util.Optional;

/** The diagram formats, named by file extension. */
public enum DiagramFormat {
    SVG("svg"), PDF("pdf"), PNG("png");

    public final String extension;

    DiagramFormat(String extension) {
        this.extension = extension;
    }

    /** The format a file name's extension asks for, if it is a diagram format. */
    public static Optional<DiagramFormat> fromFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (DiagramFormat f : values()) if (lower.endsWith("." + f.extension)) return Optional.of(f);
        return Optional.empty();
    }
}
