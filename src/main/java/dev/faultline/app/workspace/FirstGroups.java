package dev.faultline.app.workspace;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import dev.faultline.concurrent.Threads;
import dev.faultline.model.Topology;
import dev.faultline.render.DiagramScene;
import dev.faultline.render.SceneNode;
import dev.faultline.render.group.GroupBy;
import dev.faultline.render.group.GroupLevels;
import dev.faultline.render.group.Grouping;

/**
 * A newly opened file's far-zoom groups (its default grouping, no scenario), made in the opening's background work on
 * a thread of their own while the first picture is built: at 20,000 nodes grouping, placing the blocks and bundling
 * 86,000 dependencies took the FX thread a few hundred milliseconds right after the file was shown. Clusters are
 * not made here (they take seconds and the tool bar finds them with their own progress).
 */
final class FirstGroups {
    /** The canvas draws groups from this many nodes on ({@code DiagramCanvas.GROUP_FROM}). */
    static final int FROM_NODES = 151;

    private final FutureTask<GroupLevels> task;
    private final Thread thread;
    private final TopologyDocument doc;

    private FirstGroups(TopologyDocument doc) {
        this.doc = doc;
        Topology t = doc.topology();
        task = new FutureTask<>(() -> GroupLevels.of(t, Grouping.of(t, GroupBy.defaultFor(t)), doc.report()::isSpof,
                null, doc.layout().nodes()));
        thread = new Thread(task, "faultline-open-groups");
        thread.setDaemon(true);
    }

    /** Starts the groups of a new file that the canvas will group, or returns null when there is nothing to make. */
    static FirstGroups start(TopologyDocument doc) {
        Topology t = doc.topology();
        if (t.nodes().size() < FROM_NODES || GroupBy.defaultFor(t) == GroupBy.CLUSTER) return null;
        FirstGroups g = new FirstGroups(doc);
        g.thread.start();
        return g;
    }

    /**
     * The groups, placed over {@code scene} (the scene moves the layout by a margin), or null when they failed or
     * there is no scene: the tool bar then makes them as before. Always waits for the thread, so none outlives the
     * opening.
     */
    GroupLevels finish(DiagramScene scene) {
        Threads.awaitQuietly(thread);
        if (scene == null || scene.nodes().isEmpty()) return null;
        try {
            GroupLevels levels = task.get();
            SceneNode n = scene.nodes().get(0);
            var laidOut = doc.layout().nodes().get(n.id());
            return levels.shifted(n.bounds().x() - laidOut.x(), n.bounds().y() - laidOut.y());
        } catch (InterruptedException | ExecutionException | RuntimeException e) {
            return null;
        }
    }
}
