package dev.faultline.export.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.faultline.simulation.State;

/**
 * How one node looks in every text graph format, decided once so DOT, GraphML and Mermaid agree.
 *
 * @param fill        fill colour, {@code #RRGGBB}
 * @param text        label colour
 * @param outline     outline colour
 * @param outlineWidth outline width in points (a SPOF gets a thick one)
 * @param spof        the node is a single point of failure
 * @param state       the simulated state, or empty when nothing is simulated
 * @param failedDirectly the scenario failed this node itself
 * @param styleClass  a short class name naming the fill's meaning ({@code team2}, {@code down}, {@code heat3}...),
 *                    or empty for the plain look
 * @param labelLines  the label, top line first: name (with warning and state glyphs), then kind and replicas
 */
public record NodeAppearance(String fill, String text, String outline, double outlineWidth, boolean spof,
                             Optional<State> state, boolean failedDirectly, String styleClass,
                             List<String> labelLines) {
    public static final String SPOF_GLYPH = "\u26A0";      // ⚠
    public static final String DOWN_GLYPH = "\u2715";      // ✕
    public static final String DEGRADED_GLYPH = "\u25D0";  // ◐
    public static final String FAILED_GLYPH = "\u26A1";    // ⚡

    public NodeAppearance {
        labelLines = List.copyOf(labelLines);
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

    /** Style class names in the order they should be applied (fill meaning first, SPOF last so its outline wins). */
    public List<String> styleClasses() {
        List<String> classes = new ArrayList<>();
        if (!styleClass.isEmpty()) classes.add(styleClass);
        if (spof) classes.add("spof");
        return classes;
    }
}
