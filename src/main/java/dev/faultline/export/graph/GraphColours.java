package dev.faultline.export.graph;

import java.util.List;

import dev.faultline.render.Palette;

/**
 * The colours of the text graph formats, taken from the diagram's light {@link Palette} so DOT, GraphML and Mermaid
 * speak the same visual language as the canvas and the SVG/PDF/PNG exports: Okabe–Ito team and zone colours, purple
 * heat, amber DEGRADED, red DOWN, dark FAILED, red SPOF outline.
 */
public final class GraphColours {
    private static final Palette P = Palette.LIGHT;

    public static final String PLAIN_FILL = P.nodeFill;
    public static final String UNOWNED_FILL = P.unassigned;
    public static final String OUTLINE = P.nodeStroke;
    public static final String SPOF_OUTLINE = P.spof;
    public static final String DOWN_FILL = P.down;
    public static final String DEGRADED_FILL = P.degraded;
    public static final String FAILED_FILL = P.failed;
    public static final String TEXT = P.text;
    public static final String EDGE = P.edge;
    public static final String SOFT_EDGE = P.softEdge;
    public static final String FALLBACK_EDGE = P.fallbackEdge;
    /** Heat buckets, from "no flow lost" to "over 75% of flows". */
    public static final List<String> HEAT = P.heat;

    private GraphColours() {
    }

    /** The colour of the team (or zone) at {@code index} in declaration order; the palette repeats after seven. */
    public static String team(int index) {
        return Palette.QUALITATIVE.get(Math.floorMod(index, Palette.QUALITATIVE.size()));
    }

    /** Dark or light label text, whichever reads better on {@code fill}. */
    public static String textOn(String fill) {
        return Palette.textOn(fill);
    }
}
