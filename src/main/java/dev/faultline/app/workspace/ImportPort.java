package dev.faultline.app.workspace;

import java.nio.file.Path;
import java.util.List;

/** File › Import…: turns another tool's files into a topology file at {@code output}; returns the report text. */
@FunctionalInterface
public interface ImportPort {
    String importInto(String format, List<Path> inputs, Path output) throws Exception;
}
