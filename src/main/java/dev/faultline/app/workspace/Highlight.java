package dev.faultline.app.workspace;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A set of nodes and edges the canvas shows bright while the rest dims: the path a flow needs, or the causal chain
 * behind a node's state. Edges are {@link #key(String, String, boolean)} strings so the canvas can match its drawn
 * edges; {@code fallbacks} are "or" alternatives, drawn as such; {@code roots} are where a chain starts.
 */
public record Highlight(String caption, Set<String> nodes, Set<String> edges, Set<String> fallbacks,
                        Set<String> roots) {
    public Highlight {
        nodes = Set.copyOf(new LinkedHashSet<>(nodes));
        edges = Set.copyOf(edges);
        fallbacks = Set.copyOf(fallbacks);
        roots = Set.copyOf(roots);
    }

    public static String key(String from, String to, boolean fallback) {
        return from + "->" + to + (fallback ? " (or)" : "");
    }
}
