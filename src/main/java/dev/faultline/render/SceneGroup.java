package dev.faultline.render;

import dev.faultline.layout.Box;

/** A labelled background box, such as a zone grouping. */
public record SceneGroup(String id, String label, Box bounds, String fill, String stroke) {
}
