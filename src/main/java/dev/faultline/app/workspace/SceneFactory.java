package dev.faultline.app.workspace;

import dev.faultline.render.DiagramScene;

/** Turns what the workspace holds into a toolkit-neutral picture (production: the render package's builder). */
@FunctionalInterface
public interface SceneFactory {
    DiagramScene build(SceneRequest request);
}
