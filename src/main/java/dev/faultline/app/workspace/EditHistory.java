package dev.faultline.app.workspace;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

import dev.faultline.layout.Point;
import dev.faultline.simulation.Scenario;

/**
 * Undo and redo over what the user edits in a window: the scenario and the pinned positions, kept together so one
 * Ctrl+Z undoes the last thing done, whichever it was. A new edit forgets what could be redone.
 */
final class EditHistory {
    /**
     * The editable state of a window at one moment. {@code content} is the working topology (with the fixes the user
     * kept, {@code edits}) when that is part of the step; null when the step leaves the topology as it is.
     */
    record Edit(Scenario scenario, Map<String, Point> pins, TopologyDocument content, java.util.List<String> edits) {
        Edit {
            pins = Map.copyOf(pins);
            edits = edits == null ? java.util.List.of() : java.util.List.copyOf(edits);
        }

        Edit(Scenario scenario, Map<String, Point> pins) {
            this(scenario, pins, null, null);
        }
    }

    /** Enough for a working session; the oldest steps fall off. */
    private static final int LIMIT = 200;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    /** Remembers the state before an edit. */
    void push(Edit before) {
        undo.push(before);
        if (undo.size() > LIMIT) undo.removeLast();
        redo.clear();
    }

    /** The state to go back to, given the current one (kept for redo); empty when there is nothing to undo. */
    Optional<Edit> undo(Edit current) {
        if (undo.isEmpty()) return Optional.empty();
        redo.push(current);
        return Optional.of(undo.pop());
    }

    Optional<Edit> redo(Edit current) {
        if (redo.isEmpty()) return Optional.empty();
        undo.push(current);
        return Optional.of(redo.pop());
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
