package dev.faultline.render;

import java.util.List;

import dev.faultline.model.Kind;

/**
 * One row of the legend: a swatch and what it means. FILL is a node-shaped box in {@code color} (outlined with
 * {@code dash} when a reused team colour is told apart by its outline); LINE_* draw a short arrow in {@code color},
 * {@code lineWidth} and {@code dash}; MARKER_* draw the same marker as on the nodes; KIND draws {@code kind}'s
 * glyph; GROUP draws a small zone box; BADGE draws a badge pill holding {@code sample} (e.g. "×3").
 */
public record LegendEntry(Swatch swatch, String color, String label, Kind kind, double lineWidth, List<Double> dash,
                          String sample) {
    public enum Swatch {
        FILL, GROUP, LINE_SOLID, LINE_DASHED, LINE_FALLBACK, MARKER_SPOF, MARKER_DEGRADED, MARKER_DOWN, MARKER_FAILED,
        KIND, BADGE
    }

    public LegendEntry {
        dash = List.copyOf(dash);
    }

    public static LegendEntry fill(String color, String label) {
        return new LegendEntry(Swatch.FILL, color, label, null, 1, List.of(), null);
    }

    public static LegendEntry fill(String color, String label, List<Double> outlineDash) {
        return new LegendEntry(Swatch.FILL, color, label, null, outlineDash.isEmpty() ? 1 : 2, outlineDash, null);
    }

    public static LegendEntry group(String color, String label) {
        return new LegendEntry(Swatch.GROUP, color, label, null, 1, List.of(), null);
    }

    public static LegendEntry line(Swatch swatch, String color, double width, List<Double> dash, String label) {
        return new LegendEntry(swatch, color, label, null, width, dash, null);
    }

    public static LegendEntry marker(Swatch swatch, String color, String label) {
        return new LegendEntry(swatch, color, label, null, 1, List.of(), null);
    }

    public static LegendEntry kind(Kind kind, String color) {
        return new LegendEntry(Swatch.KIND, color, kind.id(), kind, 1, List.of(), null);
    }

    public static LegendEntry badge(String sample, String label) {
        return new LegendEntry(Swatch.BADGE, null, label, null, 1, List.of(), sample);
    }
}
