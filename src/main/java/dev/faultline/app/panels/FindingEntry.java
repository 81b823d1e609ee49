package dev.faultline.app.panels;

import java.util.List;

/** One line of the findings tree: a group heading (no node) or an entry pointing at a node (may be null). */
public record FindingEntry(String text, String nodeId, String detail, List<FindingEntry> children) {
    public FindingEntry {
        children = List.copyOf(children);
    }

    static FindingEntry group(String text, List<FindingEntry> children) {
        return new FindingEntry(text + " (" + children.size() + ")", null, null, children);
    }

    static FindingEntry leaf(String text, String nodeId, String detail) {
        return new FindingEntry(text, nodeId, detail, List.of());
    }
}
