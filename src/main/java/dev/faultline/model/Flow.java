package dev.faultline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A user journey: it is DOWN when its entry or any {@code via} node is DOWN.
 * {@code implicit} flows were derived from entrypoints (or from root nodes) rather than declared.
 */
public record Flow(
        String id,
        String name,
        String entry,
        List<String> via,
        Double slo,
        Integer latencyBudgetMs,
        boolean implicit,
        SourcePosition position) {

    public Flow {
        via = List.copyOf(via);
        name = name == null || name.isBlank() ? id : name;
    }

    public static Flow ofEntry(String nodeId) {
        return new Flow(nodeId, nodeId, nodeId, List.of(), null, null, true, SourcePosition.UNKNOWN);
    }

    /** The entry followed by the via nodes. */
    public List<String> members() {
        List<String> all = new ArrayList<>(1 + via.size());
        all.add(entry);
        all.addAll(via);
        return all;
    }
}
