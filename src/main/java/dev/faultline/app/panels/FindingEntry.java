package dev.faultline.app.panels;

import java.util.List;

/**
 * One line of the findings tree: a group heading (no node) or an entry pointing at a node (may be null). {@code key}
 * identifies a finding for review decisions ({@code FindingReview.keyOf}); null for group headings.
 */
public record FindingEntry(String text, String nodeId, String detail, List<FindingEntry> children, String key) {
    public FindingEntry {
        children = List.copyOf(children);
    }

    public FindingEntry(String text, String nodeId, String detail, List<FindingEntry> children) {
        this(text, nodeId, detail, children, null);
    }

    static FindingEntry group(String text, List<FindingEntry> children) {
        return new FindingEntry(text + " (" + children.size() + ")", null, null, children, null);
    }

    static FindingEntry leaf(String text, String nodeId, String detail, String key) {
        return new FindingEntry(text, nodeId, detail, List.of(), key);
    }
}
