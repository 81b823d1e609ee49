package dev.faultline.app.panels;

import java.util.List;

import dev.faultline.simulation.FailureEvent;

/**
 * One line of the findings tree: a group heading (no node) or an entry pointing at a node (may be null). {@code key}
 * identifies a finding for review decisions ({@code FindingReview.keyOf}); null for group headings. A double fault's
 * entry carries its two {@code events}: selecting it applies them as the scenario.
 */
public record FindingEntry(String text, String nodeId, String detail, List<FindingEntry> children, String key,
                           List<FailureEvent> events) {
    public FindingEntry {
        children = List.copyOf(children);
        events = List.copyOf(events);
    }

    public FindingEntry(String text, String nodeId, String detail, List<FindingEntry> children) {
        this(text, nodeId, detail, children, null, List.of());
    }

    static FindingEntry scenario(String text, String detail, List<FailureEvent> events) {
        return new FindingEntry(text, null, detail, List.of(), null, events);
    }

    static FindingEntry group(String text, List<FindingEntry> children) {
        return new FindingEntry(text + " (" + children.size() + ")", null, null, children, null, List.of());
    }

    static FindingEntry leaf(String text, String nodeId, String detail, String key) {
        return new FindingEntry(text, nodeId, detail, List.of(), key, List.of());
    }
}
