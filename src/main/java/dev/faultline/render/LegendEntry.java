package dev.faultline.render;

/** One row of the legend: a swatch (node colour, line style or marker) and what it means. */
public record LegendEntry(Swatch swatch, String color, String label) {
    public enum Swatch { FILL, LINE_SOLID, LINE_DASHED, LINE_FALLBACK, MARKER_SPOF, MARKER_DEGRADED, MARKER_DOWN, MARKER_FAILED, KIND }
}
