package dev.faultline.app.workspace;

import java.nio.file.Path;
import java.util.List;

/** File › Import…: turns another tool's files into a topology file at {@code output}; returns the report text. */
@FunctionalInterface
public interface ImportPort {
    String importInto(String format, List<Path> inputs, Path output) throws Exception;

    /** The formats offered, the first by default; production: {@code ImportService.formats()}. */
    default List<String> formats() {
        return List.of();
    }

    /** A port offering {@code formats}, importing with {@code port}. */
    static ImportPort of(List<String> formats, ImportPort port) {
        List<String> offered = List.copyOf(formats);
        return new ImportPort() {
            @Override
            public String importInto(String format, List<Path> inputs, Path output) throws Exception {
                return port.importInto(format, inputs, output);
            }

            @Override
            public List<String> formats() {
                return offered;
            }
        };
    }
}
