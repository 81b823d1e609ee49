package dev.faultline.app.canvas;

import java.util.List;
import java.util.Map;

import dev.faultline.layout.Point;
import dev.faultline.simulation.FailureEvent;

/** What the canvas asks of the rest of the app; the main window wires it to the workspace view model. */
public interface CanvasActions {
    void select(String nodeId, boolean add);

    void clearSelection();

    void failNode(String nodeId);

    void failInstance(String nodeId);

    void showBlastRadius(String nodeId);

    void pin(Map<String, Point> topLeftById);

    void unpin(String nodeId);

    boolean isPinned(String nodeId);

    void copyId(String nodeId);

    /** Zone, region and team failures offered on the background's context menu. */
    List<FailureEvent> domainEvents();

    void failDomain(FailureEvent event);

    /** "Why is this down?": highlight the causal chain back to the scenario's events. */
    default void explain(String nodeId) {
    }

    /** Esc, or a click on the highlight's caption. */
    default void clearHighlight() {
    }
}
