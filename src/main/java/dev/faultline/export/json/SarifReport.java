package dev.faultline.export.json;

import java.util.List;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.rules.Rule;
import dev.faultline.analysis.rules.Rules;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;

/**
 * SARIF 2.1.0, so code-scanning tools (GitHub, GitLab) annotate the topology file in pull requests.
 * Each finding points at the line of its first node in the file.
 */
public final class SarifReport {
    private SarifReport() {
    }

    public static String render(AnalysisReport r, String fileUri) {
        JsonWriter w = openRun();
        for (Finding f : r.findings()) writeResult(w, r, f, fileUri);
        w.endArray();
        w.endObject().endArray();
        return w.endObject().toString();
    }

    /**
     * The document up to the open {@code results} array of its one run: schema, version, and the tool with every
     * rule Faultline has. Shared by {@code analyze --format sarif} and {@code diff --format sarif}.
     */
    static JsonWriter openRun() {
        JsonWriter w = new JsonWriter().beginObject();
        w.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json").field("version", "2.1.0");
        w.name("runs").beginArray().beginObject();
        w.name("tool").beginObject().name("driver").beginObject().field("name", "Faultline")
                .field("informationUri", "https://github.com/faultline/faultline");
        w.name("rules").beginArray();
        for (Rule rule : Rules.defaults()) {
            w.beginObject().field("id", rule.id()).name("shortDescription").beginObject()
                    .field("text", rule.description()).endObject().endObject();
        }
        w.endArray().endObject().endObject();
        w.name("results").beginArray();
        return w;
    }

    private static void writeResult(JsonWriter w, AnalysisReport r, Finding f, String fileUri) {
        w.beginObject().field("ruleId", f.rule()).field("level", level(f));
        w.name("message").beginObject().field("text", f.message() + " " + f.recommendation()).endObject();
        SourcePosition pos = position(r, f.nodes());
        w.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
        w.name("artifactLocation").beginObject().field("uri", fileUri).endObject();
        w.name("region").beginObject().field("startLine", Math.max(1, pos.line()))
                .field("startColumn", Math.max(1, pos.column())).endObject();
        w.endObject().endObject().endArray();
        w.endObject();
    }

    private static String level(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static SourcePosition position(AnalysisReport r, List<String> nodes) {
        if (nodes.isEmpty()) return SourcePosition.UNKNOWN;
        return r.topology().node(nodes.get(0)).map(Node::position).orElse(SourcePosition.UNKNOWN);
    }
}
