package dev.faultline.render;

import java.util.List;
import java.util.Set;

import dev.faultline.layout.Box;
import dev.faultline.model.Kind;

/**
 * What a comparison or a fix preview marks on the picture (risk-model.md §6), as data so the canvas and any export
 * draw the same marks: nodes {@code added} since the base version (outlined), nodes the base had and this version
 * lost ({@code removed}, drawn as ghosts where the base layout put them), nodes with a {@code newSpofs} ("new"
 * badge), and the nodes and dependencies ({@code "from->to"}) a previewed fix {@code previewNodes}/{@code previewEdges}
 * changes. Ghost boxes are in layout coordinates, like {@code SceneRequest.layout()}.
 */
public record ChangeMarks(Set<String> added, List<Ghost> removed, Set<String> newSpofs, Set<String> previewNodes,
                          Set<String> previewEdges) {
    /** Nothing marked: the picture as it always was. */
    public static final ChangeMarks NONE = new ChangeMarks(Set.of(), List.of(), Set.of(), Set.of(), Set.of());

    /** A node of the base version that this version does not have, at its place in the base layout. */
    public record Ghost(String id, String label, Kind kind, Box bounds) {
    }

    public ChangeMarks {
        added = Set.copyOf(added);
        removed = List.copyOf(removed);
        newSpofs = Set.copyOf(newSpofs);
        previewNodes = Set.copyOf(previewNodes);
        previewEdges = Set.copyOf(previewEdges);
    }

    /** The marks of a comparison with a base version. */
    public static ChangeMarks compared(Set<String> added, List<Ghost> removed, Set<String> newSpofs) {
        return new ChangeMarks(added, removed, newSpofs, Set.of(), Set.of());
    }

    /** The marks of a fix preview. */
    public static ChangeMarks preview(Set<String> nodes, Set<String> edges) {
        return new ChangeMarks(Set.of(), List.of(), Set.of(), nodes, edges);
    }

    /** Both sets of marks at once (comparing while previewing a fix). */
    public ChangeMarks plus(ChangeMarks o) {
        return new ChangeMarks(union(added, o.added), concat(removed, o.removed), union(newSpofs, o.newSpofs),
                union(previewNodes, o.previewNodes), union(previewEdges, o.previewEdges));
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && newSpofs.isEmpty() && previewNodes.isEmpty()
                && previewEdges.isEmpty();
    }

    /** The key of a dependency in {@link #previewEdges}. */
    public static String edgeKey(String from, String to) {
        return from + "->" + to;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> s = new java.util.LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        java.util.List<T> l = new java.util.ArrayList<>(a);
        l.addAll(b);
        return l;
    }
}
