package dev.faultline.app.canvas;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;

import dev.faultline.render.DiagramScene;
import dev.faultline.render.KindGlyphs;
import dev.faultline.render.SceneNode;

/**
 * The ghosts of removed nodes while comparing ({@link DiagramScene#ghosts()}): drawn like nodes, translucent, under
 * the live ones, and transparent to the mouse, so they can be seen but never selected, dragged or failed.
 */
final class GhostViews {
    static final double OPACITY = 0.7;

    private GhostViews() {
    }

    static List<Node> of(DiagramScene scene, ColorCache colours, KindGlyphs glyphs) {
        List<Node> out = new ArrayList<>(scene.ghosts().size());
        for (SceneNode g : scene.ghosts()) {
            NodeView v = new NodeView(g, colours, glyphs, scene.palette());
            v.setId("ghost-" + g.id());
            v.getStyleClass().setAll("diagram-ghost");
            v.setMouseTransparent(true);
            v.setOpacity(OPACITY);
            v.setDetailVisible(true);
            out.add(v);
        }
        return out;
    }
}
