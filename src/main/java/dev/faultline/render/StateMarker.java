package dev.faultline.render;

/** How a node's simulated state is drawn, never by colour alone (see docs/design.md). */
public enum StateMarker {
    /** Not simulated, or UP: plain. */
    NONE,
    /** Amber with a half-filled marker. */
    DEGRADED,
    /** Red with a cross. */
    DOWN,
    /** The node the user failed: dark with a lightning glyph. */
    FAILED
}
