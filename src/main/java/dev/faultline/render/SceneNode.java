package dev.faultline.render;

import java.util.List;

import dev.faultline.layout.Box;
import dev.faultline.model.Kind;

/**
 * A node as drawn: a rounded box with the kind glyph and the label on the first row and {@code badges} ("×3", a zone
 * tag) on the second; colours already resolved from the overlay and the simulation (CSS hex). {@code strokeDash}
 * is empty for a solid outline (dashed when a team colour is reused). {@code spof} adds the warning badge on the
 * top-left corner (the thick outline is already in {@code strokeWidth}); {@code marker} goes on the top-right corner.
 * {@code root}: the scenario hit this node directly (it failed, or lost instances), as opposed to a node that went
 * down in cascade; its outline (in {@code stroke}/{@code strokeWidth}) already says so.
 */
public record SceneNode(String id, String label, Kind kind, Box bounds, String fill, String stroke,
                        double strokeWidth, List<Double> strokeDash, String textColor, List<String> badges,
                        boolean spof, StateMarker marker, String tooltip, boolean root) {
    public SceneNode {
        badges = List.copyOf(badges);
        strokeDash = List.copyOf(strokeDash);
    }

    /** A node the scenario did not hit directly. */
    public SceneNode(String id, String label, Kind kind, Box bounds, String fill, String stroke, double strokeWidth,
                     List<Double> strokeDash, String textColor, List<String> badges, boolean spof, StateMarker marker,
                     String tooltip) {
        this(id, label, kind, bounds, fill, stroke, strokeWidth, strokeDash, textColor, badges, spof, marker, tooltip,
                false);
    }
}
