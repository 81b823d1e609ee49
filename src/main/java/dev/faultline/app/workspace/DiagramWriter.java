package dev.faultline.app.workspace;

import java.io.IOException;
import java.nio.file.Path;


/** Writes the picture on screen to a file; the format follows the extension (production: the export package). */
@FunctionalInterface
public interface DiagramWriter {
    void write(ExportSubject subject, Path target) throws IOException;

    /** The extensions this writer understands, without dots; the first is the default. */
    default java.util.List<String> extensions() {
        return java.util.List.of("svg", "pdf", "png", "html", "md", "dot", "graphml", "mmd");
    }
}
