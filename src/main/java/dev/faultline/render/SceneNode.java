package dev.faultline.render;

import java.util.List;

import dev.faultline.layout.Box;
import dev.faultline.model.Kind;

/**
 * A node as drawn: a rounded box with the kind glyph and the label on the first row and {@code badges} ("×3", a zone
 * tag) on the second; colours already resolved from the overlay and the simulation (CSS hex). {@code strokeDash}
 * is empty for a solid outline (dashed when a team colour is reused). {@code spof} adds the warning badge on the
 * top-left corner (the thick outline is already in {@code strokeWidth}); {@code marker} goes on the top-right corner.
 */
public record SceneNode(String id, String label, Kind kind, Box bounds, String fill, String stroke,
                        double strokeWidth, List<Double> strokeDash, String textColor, List<String> badges,
                        boolean spof, StateMarker marker, String tooltip) {
    public SceneNode {
        badges = List.copyOf(badges);
        strokeDash = List.copyOf(strokeDash);
    }
}
