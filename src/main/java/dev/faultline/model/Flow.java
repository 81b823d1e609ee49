package dev.faultline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A user journey: it is DOWN when its entry or any {@code via} node is DOWN.
 * {@code implicit} flows were derived from entrypoints (or from root nodes) rather than declared; they take their
 * entry node's {@code slo}, {@code latencyBudgetMs} and {@code rps}.
 */
public record Flow(
        String id,
        String name,
        String entry,
        List<String> via,
        Double slo,
        Double latencyBudgetMs,
        Double rps,
        boolean implicit,
        SourcePosition position) {

    public Flow {
        via = List.copyOf(via);
        name = name == null || name.isBlank() ? id : name;
    }

    /** A declared flow with just an entry and via nodes; set the rest with {@link #withObjectives}. */
    public static Flow of(String id, String entry, String... via) {
        return new Flow(id, id, entry, List.of(via), null, null, null, false, SourcePosition.UNKNOWN);
    }

    public Flow withObjectives(Double newSlo, Number newBudgetMs, Number newRps) {
        return new Flow(id, name, entry, via, newSlo, Node.toDouble(newBudgetMs), Node.toDouble(newRps), implicit,
                position);
    }

    public Flow withName(String newName) {
        return new Flow(id, newName, entry, via, slo, latencyBudgetMs, rps, implicit, position);
    }

    /** The implicit flow of an entry node: its id, and its slo, latency budget and rps. */
    public static Flow ofEntry(Node entry) {
        return new Flow(entry.id(), entry.id(), entry.id(), List.of(), entry.slo(), entry.latencyBudgetMs(),
                entry.rps(), true, SourcePosition.UNKNOWN);
    }

    /** The entry followed by the via nodes. */
    public List<String> members() {
        List<String> all = new ArrayList<>(1 + via.size());
        all.add(entry);
        all.addAll(via);
        return all;
    }
}
