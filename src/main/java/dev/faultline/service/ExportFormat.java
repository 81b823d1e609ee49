package dev.faultline.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Every export Faultline writes, named by file extension. */
public enum ExportFormat {
    PNG("png", "PNG image", false),
    SVG("svg", "SVG diagram", true),
    PDF("pdf", "PDF diagram", false),
    DOT("dot", "Graphviz DOT", true),
    GRAPHML("graphml", "GraphML (yEd)", true),
    MERMAID("mmd", "Mermaid flowchart", true),
    MARKDOWN("md", "Markdown review report", true),
    HTML("html", "HTML review report", true);

    public final String extension;
    public final String label;
    /** Text formats may be written to standard output with {@code --output -}. */
    public final boolean text;

    ExportFormat(String extension, String label, boolean text) {
        this.extension = extension;
        this.label = label;
        this.text = text;
    }

    public boolean isDiagram() {
        return this == PNG || this == SVG || this == PDF;
    }

    public static Optional<ExportFormat> fromFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".htm")) return Optional.of(HTML);
        if (lower.endsWith(".markdown")) return Optional.of(MARKDOWN);
        if (lower.endsWith(".mermaid")) return Optional.of(MERMAID);
        if (lower.endsWith(".gv")) return Optional.of(DOT);
        return Arrays.stream(values()).filter(f -> lower.endsWith("." + f.extension)).findFirst();
    }

    /** ".png, .svg, ..." for messages. */
    public static String extensions() {
        return String.join(" ", Arrays.stream(values()).map(f -> "." + f.extension).toList());
    }
}
