package dev.faultline.app;

import dev.faultline.app.workspace.SceneFactory;
import dev.faultline.layout.ElkLayeredLayout;
import dev.faultline.layout.LayoutAlgorithm;
import dev.faultline.render.SceneBuilder;

/** The layout and scene builder the app uses: the same ones as the command line's exports. */
final class Layouts {
    private Layouts() {
    }

    static LayoutAlgorithm production() {
        return new ElkLayeredLayout();
    }

    static SceneFactory scenes() {
        SceneBuilder builder = new SceneBuilder();
        return builder::build;
    }
}
