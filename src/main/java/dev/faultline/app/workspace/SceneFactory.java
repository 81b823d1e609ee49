package dev.faultline.app.workspace;

import dev.faultline.render.DiagramScene;
import dev.faultline.render.SceneRequest;

/** Turns what the workspace holds into a toolkit-neutral picture (production: {@code render.SceneBuilder}). */
@FunctionalInterface
public interface SceneFactory {
    DiagramScene build(SceneRequest request);
}
