package dev.faultline.app;

import dev.faultline.app.interim.InterimLayeredLayout;
import dev.faultline.app.interim.InterimSceneFactory;
import dev.faultline.app.workspace.SceneFactory;
import dev.faultline.layout.LayoutAlgorithm;

/** Which layout and scene builder the app uses (one place to switch when the render package lands). */
final class Layouts {
    private Layouts() {
    }

    static LayoutAlgorithm production() {
        return new InterimLayeredLayout();
    }

    static SceneFactory scenes() {
        return new InterimSceneFactory();
    }
}
