package dev.faultline.app.workspace;

import java.io.IOException;
import java.nio.file.Path;

import dev.faultline.service.ExportFormat;

/** Writes the picture on screen to a file; the format follows the extension (production: the export package). */
@FunctionalInterface
public interface DiagramWriter {
    void write(ExportSubject subject, Path target) throws IOException;

    /** The extensions this writer understands, without dots; the first is the default. From the export registry. */
    default java.util.List<String> extensions() {
        return ExportFormat.dialogExtensions();
    }
}
