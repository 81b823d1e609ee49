package dev.faultline.export.graph;

import dev.faultline.render.EdgeStyle;
import dev.faultline.render.LineStyle;

/**
 * How one drawn edge looks in the text graph formats: the {@link EdgeStyle} the canvas draws too, plus a word for
 * what the canvas says with a dash or a legend ("soft", "async", "or"). A dependency with fallbacks draws one main
 * edge plus one {@code fallback} edge per alternative.
 */
public record EdgeLook(EdgeStyle style, String label) {
    public LineStyle line() {
        return style.line();
    }
}
