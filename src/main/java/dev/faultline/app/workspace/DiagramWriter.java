package dev.faultline.app.workspace;

import java.io.IOException;
import java.nio.file.Path;

import dev.faultline.render.DiagramScene;

/** Writes the picture on screen to a file; the format follows the extension (production: the export package). */
@FunctionalInterface
public interface DiagramWriter {
    void write(DiagramScene scene, Path target) throws IOException;

    /** The extensions this writer understands, without dots. */
    default java.util.List<String> extensions() {
        return java.util.List.of("svg", "pdf", "png");
    }
}
