package dev.faultline.export.json;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.compare.Comparison;
import dev.faultline.analysis.compare.FindingKey;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Topology;

/**
 * {@code diff --format sarif}: SARIF 2.1.0 with {@code baselineState}, so code scanning shows only what a change
 * introduced. Every finding of the new version is a result, {@code new} when the comparison added it and
 * {@code unchanged} otherwise; every finding the change removed is an {@code absent} result. A partial fingerprint
 * (rule and sorted nodes, the comparison's key) lets the scanning service match results across runs.
 */
public final class ComparisonSarif {
    private ComparisonSarif() {
    }

    /**
     * @param current   the new version's findings, in report order
     * @param locate    positions for results (the new version's file)
     * @param fallback  positions for findings whose nodes {@code locate} lacks (the old version); either may be null
     */
    public static String render(Comparison c, List<Finding> current, Topology locate, Topology fallback, String fileUri) {
        Map<Finding, Boolean> added = new IdentityHashMap<>();
        c.findingsAdded().forEach(f -> added.put(f, true));
        JsonWriter w = SarifReport.openRun();
        for (Finding f : current) {
            result(w, f, added.containsKey(f) ? "new" : "unchanged", position(locate, fallback, f), fileUri);
        }
        for (Finding f : c.findingsRemoved()) result(w, f, "absent", position(fallback, locate, f), fileUri);
        w.endArray();
        w.endObject().endArray();
        w.endObject().finish();
        return w.toString();
    }

    private static void result(JsonWriter w, Finding f, String state, SourcePosition pos, String fileUri) {
        w.beginObject().field("ruleId", f.rule()).field("level", level(f)).field("baselineState", state);
        w.name("message").beginObject().field("text", f.message() + " " + f.recommendation()).endObject();
        w.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
        w.name("artifactLocation").beginObject().field("uri", fileUri).endObject();
        w.name("region").beginObject().field("startLine", Math.max(1, pos.line()))
                .field("startColumn", Math.max(1, pos.column())).endObject();
        w.endObject().endObject().endArray();
        FindingKey key = FindingKey.of(f);
        w.name("partialFingerprints").beginObject()
                .field("faultlineFinding/v1", key.rule() + ":" + String.join(",", key.nodes())).endObject();
        w.endObject();
    }

    private static String level(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static SourcePosition position(Topology first, Topology second, Finding f) {
        if (f.nodes().isEmpty()) return SourcePosition.UNKNOWN;
        String id = f.nodes().get(0);
        for (Topology t : new Topology[] {first, second}) {
            if (t != null && t.node(id).isPresent()) return t.node(id).map(Node::position).orElseThrow();
        }
        return SourcePosition.UNKNOWN;
    }
}
