package dev.faultline.io.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.faultline.io.TopologyNotes;

/**
 * What an import did, in three honest lists: what it <em>inferred</em> from what the files say, what it
 * <em>guessed</em> (a kind from an image name, a soft dependency from start order), and what it <em>could not
 * know</em> from these files at all. The same statements go into the written file as comments ({@link #notes()}).
 */
public record ImportReport(String format, List<Path> inputs, List<String> inferred, List<String> guessed,
                           List<String> unknown, List<String> warnings, TopologyNotes notes) {
    public ImportReport {
        inputs = List.copyOf(inputs);
        inferred = List.copyOf(inferred);
        guessed = List.copyOf(guessed);
        unknown = List.copyOf(unknown);
        warnings = List.copyOf(warnings);
    }

    /** The report as text for a terminal: one statement per line, grouped. */
    public String format() {
        List<String> lines = new ArrayList<>();
        lines.add("Imported " + format + " from " + inputs.size() + " file(s): "
                + String.join(", ", inputs.stream().map(Path::toString).toList()));
        section(lines, "Inferred", inferred);
        section(lines, "Guessed (check these)", guessed);
        section(lines, "Could not be known from these files", unknown);
        section(lines, "Warnings", warnings);
        return String.join("\n", lines) + "\n";
    }

    private static void section(List<String> lines, String title, List<String> items) {
        if (items.isEmpty()) return;
        lines.add(title + ":");
        items.forEach(i -> lines.add("  - " + i));
    }
}
