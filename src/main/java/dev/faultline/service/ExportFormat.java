package dev.faultline.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every export Faultline writes, named by file extension: the one registry the CLI ({@code export}, {@code analyze
 * --format}) and the app's Export dialog derive their lists from.
 */
public enum ExportFormat {
    PNG("png", "PNG image", Kind.DIAGRAM, false),
    SVG("svg", "SVG diagram", Kind.DIAGRAM, true),
    PDF("pdf", "PDF diagram", Kind.DIAGRAM, false),
    DOT("dot", "Graphviz DOT", Kind.GRAPH, true, "gv"),
    GRAPHML("graphml", "GraphML (yEd)", Kind.GRAPH, true),
    MERMAID("mmd", "Mermaid flowchart", Kind.GRAPH, true, "mermaid"),
    MARKDOWN("md", "Markdown review report", Kind.REPORT, true, "markdown"),
    HTML("html", "HTML review report", Kind.REPORT, true, "htm");

    /** What a format shows: the picture on screen, a review report, or the graph for another tool. */
    public enum Kind { DIAGRAM, REPORT, GRAPH }

    /** The format the app's Export dialog offers first. */
    public static final ExportFormat DEFAULT = SVG;

    public final String extension;
    public final String label;
    public final Kind kind;
    /** Text formats may be written to standard output with {@code --output -}. */
    public final boolean text;
    /** Other extensions read as this format (never written). */
    private final List<String> aliases;

    ExportFormat(String extension, String label, Kind kind, boolean text, String... aliases) {
        this.extension = extension;
        this.label = label;
        this.kind = kind;
        this.text = text;
        this.aliases = List.of(aliases);
    }

    /** The lower-case name, as {@code analyze --format} spells the report formats ({@code markdown}, {@code html}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isDiagram() {
        return kind == Kind.DIAGRAM;
    }

    public static Optional<ExportFormat> fromFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> lower.endsWith("." + f.extension)
                || f.aliases.stream().anyMatch(a -> lower.endsWith("." + a))).findFirst();
    }

    /** The format with this {@link #id()}, if any. */
    public static Optional<ExportFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }

    /** ".png, .svg, ..." for messages. */
    public static String extensions() {
        return String.join(" ", Arrays.stream(values()).map(f -> "." + f.extension).toList());
    }

    /** Extensions (no dots) for a save dialog: the default first, then diagrams, reports and graphs. */
    public static List<String> dialogExtensions() {
        List<ExportFormat> order = new ArrayList<>(Arrays.asList(values()));
        order.sort(Comparator.comparing((ExportFormat f) -> f != DEFAULT).thenComparing(f -> f.kind));
        return order.stream().map(f -> f.extension).toList();
    }
}
