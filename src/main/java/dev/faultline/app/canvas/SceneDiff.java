package dev.faultline.app.canvas;

import java.util.Map;

import dev.faultline.render.DiagramScene;
import dev.faultline.render.SceneNode;

/**
 * What changed between the scene on screen and the next one, so that {@link DiagramCanvas#show} redraws only
 * that: a failure changes the style of a few dozen nodes, and rebuilding the group frames, the legend and the
 * minimap for it (new shapes and labels, so a CSS and layout pass) cost more than restyling the nodes.
 * Unchanged nodes and edges are skipped by {@link NodeView#update} and {@link EdgeView#update} themselves.
 */
record SceneDiff(boolean sameNodes, boolean groupsChanged, boolean legendChanged, boolean paletteChanged,
                 boolean nodesChanged) {

    static SceneDiff between(DiagramScene shown, DiagramScene next, Map<String, ?> shownById, int shownEdges) {
        if (shown == null) return new SceneDiff(false, true, true, true, true);
        boolean sameNodes = next.nodes().size() == shownById.size() && next.edges().size() == shownEdges
                && allShown(next, shownById);
        return new SceneDiff(sameNodes, !shown.groups().equals(next.groups()), !shown.legend().equals(next.legend()),
                shown.palette() != next.palette(), !shown.nodes().equals(next.nodes()));
    }

    private static boolean allShown(DiagramScene next, Map<String, ?> viewsById) {
        for (SceneNode n : next.nodes()) {
            if (!viewsById.containsKey(n.id())) return false;
        }
        return true;
    }
}
