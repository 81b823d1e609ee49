package dev.faultline.io.v1;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Comments {@link TopologyWriter} puts into a written file: a header block, and notes above single nodes and
 * dependencies (for example where an importer guessed a kind or a dependency). Dependencies are keyed by
 * {@link #dependencyKey(String, String)}.
 */
public record TopologyNotes(List<String> header, Map<String, List<String>> byNode, Map<String, List<String>> byDependency) {
    public static final TopologyNotes NONE = new TopologyNotes(List.of(), Map.of(), Map.of());

    public TopologyNotes {
        header = List.copyOf(header);
        byNode = copy(byNode);
        byDependency = copy(byDependency);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(result);
    }

    public static String dependencyKey(String from, String to) {
        return from + " -> " + to;
    }

    public List<String> forNode(String id) {
        return byNode.getOrDefault(id, List.of());
    }

    public List<String> forDependency(String from, String to) {
        return byDependency.getOrDefault(dependencyKey(from, to), List.of());
    }
}
