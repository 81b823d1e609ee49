package dev.faultline.export.graph;

/**
 * How one drawn edge looks. A dependency with fallbacks draws one main edge plus one {@code fallback} edge per
 * alternative, dotted and labelled "or".
 */
public record EdgeLook(String from, String to, Line line, String colour, double width, String label,
                       boolean fallback) {
    public enum Line { SOLID, DASHED, DOTTED }
}
