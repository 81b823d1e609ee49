package dev.faultline.export.graph;

import java.util.List;
import java.util.Optional;

import dev.faultline.render.LineStyle;
import dev.faultline.render.NodeStyle;
import dev.faultline.simulation.State;

/**
 * How one node looks in every text graph format: the {@link NodeStyle} the canvas draws too, plus what a text format
 * says in words since it has no glyphs or markers (the label lines, the state).
 *
 * @param style          fill, outline, width and dash, as {@code render.StylePolicy} decided them
 * @param state          the simulated state, or empty when nothing is simulated
 * @param failedDirectly the scenario failed this node itself
 * @param labelLines     the label, top line first: name (with warning and state glyphs), then kind and replicas
 */
public record NodeAppearance(NodeStyle style, Optional<State> state, boolean failedDirectly, List<String> labelLines) {
    public static final String SPOF_GLYPH = "\u26A0";      // ⚠
    public static final String DOWN_GLYPH = "\u2715";      // ✕
    public static final String DEGRADED_GLYPH = "\u25D0";  // ◐
    public static final String FAILED_GLYPH = "\u26A1";    // ⚡

    public NodeAppearance {
        labelLines = List.copyOf(labelLines);
    }

    public String fill() {
        return style.fill();
    }

    public String text() {
        return style.textColor();
    }

    public String outline() {
        return style.stroke();
    }

    public double outlineWidth() {
        return style.strokeWidth();
    }

    /** The outline's dash by name (DOT and GraphML know no dash arrays). */
    public LineStyle outlineLine() {
        return LineStyle.of(style.dash());
    }

    public boolean spof() {
        return style.spof();
    }

    /** The whole look's class name ({@code team2}, {@code down-root}, {@code heat3-spof}, {@code plain}...). */
    public String styleClass() {
        return style.styleClass();
    }

    /** The glyph that states a simulated state without colour, or empty for UP / not simulated. */
    public String stateGlyph() {
        if (failedDirectly) return FAILED_GLYPH;
        return state.map(s -> switch (s) {
            case DOWN -> DOWN_GLYPH;
            case DEGRADED -> DEGRADED_GLYPH;
            case UP -> "";
        }).orElse("");
    }
}
