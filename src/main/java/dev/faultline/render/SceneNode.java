package dev.faultline.render;

import java.util.List;

import dev.faultline.layout.Box;
import dev.faultline.model.Kind;

/**
 * A node as drawn: shape by kind, label, colours already resolved from the overlay (CSS hex, e.g. "#0072B2"),
 * badges such as "×3" or a zone tag, the SPOF warning (badge plus thick outline) and the simulated state marker.
 */
public record SceneNode(String id, String label, Kind kind, Box bounds, String fill, String stroke,
                        double strokeWidth, String textColor, List<String> badges, boolean spof, StateMarker marker,
                        String tooltip) {
    public SceneNode {
        badges = List.copyOf(badges);
    }
}
