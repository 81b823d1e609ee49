package dev.faultline.io.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.faultline.io.v1.TopologyNotes;

/**
 * What an import did, in three honest lists: what it <em>inferred</em> from what the files say, what it
 * <em>guessed</em> (a kind from an image name, a soft dependency from start order), and what it <em>could not
 * know</em> from these files at all. The same statements go into the written file as comments ({@link #notes()}).
 */
public record ImportReport(String format, List<Path> inputs, List<String> inferred, List<String> guessed,
                           List<String> unknown, List<String> warnings, TopologyNotes notes, List<Path> filesRead) {
    /** Like the validator: a report longer than this is cut, ending with "... and N more". */
    public static final int MAX_LINES = 10_000;

    public ImportReport {
        inputs = List.copyOf(inputs);
        filesRead = List.copyOf(filesRead);
        inferred = List.copyOf(inferred);
        guessed = List.copyOf(guessed);
        unknown = List.copyOf(unknown);
        warnings = List.copyOf(warnings);
    }

    /**
     * The report as text for a terminal: one statement per line, grouped; at most {@link #MAX_LINES} lines (a
     * 100,000-document import would otherwise print 100,000 lines).
     */
    public String format() {
        List<String> lines = new ArrayList<>();
        lines.add("Imported " + format + " from " + inputs.size() + " file(s): "
                + String.join(", ", (inputs.size() <= 20 ? inputs : inputs.subList(0, 20)).stream()
                        .map(Path::toString).toList()) + (inputs.size() <= 20 ? "" : " and " + (inputs.size() - 20) + " more"));
        int[] left = {MAX_LINES - 1};
        int[] cut = {0};
        section(lines, "Inferred", inferred, left, cut);
        section(lines, "Guessed (check these)", guessed, left, cut);
        section(lines, "Could not be known from these files", unknown, left, cut);
        section(lines, "Warnings", warnings, left, cut);
        if (cut[0] > 0) lines.add("\u2026 and " + String.format(java.util.Locale.ROOT, "%,d", cut[0]) + " more");
        return String.join("\n", lines) + "\n";
    }

    private static void section(List<String> lines, String title, List<String> items, int[] left, int[] cut) {
        if (items.isEmpty()) return;
        if (left[0] < 2) {
            cut[0] += items.size();
            return;
        }
        lines.add(title + ":");
        left[0]--;
        int shown = Math.min(items.size(), left[0]);
        items.subList(0, shown).forEach(i -> lines.add("  - " + i));
        left[0] -= shown;
        cut[0] += items.size() - shown;
    }
}
