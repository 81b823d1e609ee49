package dev.faultline.render;

import java.util.List;

/**
 * A dash pattern named for formats that know only named line styles (DOT, GraphML): short first dashes read as dots
 * (fallback "or" edges, a reused team colour's second repeat), longer ones as dashes (async edges, the first repeat,
 * a node outside its residency). Formats that take a dash array (SVG, the canvas, Mermaid) draw the pattern itself.
 */
public enum LineStyle {
    SOLID, DASHED, DOTTED;

    /** Dashes up to this long read as dots. */
    static final double DOT = 2.0;

    public static LineStyle of(List<Double> dash) {
        if (dash.isEmpty()) return SOLID;
        return dash.get(0) <= DOT ? DOTTED : DASHED;
    }
}
