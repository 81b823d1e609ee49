package dev.faultline.cli;

import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.compare.Comparison;
import dev.faultline.export.json.ComparisonJson;
import dev.faultline.export.json.ComparisonSarif;
import dev.faultline.export.report.ComparisonMarkdown;
import dev.faultline.export.text.ComparisonText;
import dev.faultline.model.Topology;

/** The formats of {@code diff --format} and {@code whatif --format}. */
enum ComparisonFormat {
    text, json, markdown, sarif;

    /** What SARIF needs besides the comparison: the current findings, where to point, and the file's name. */
    record Sarif(List<Finding> current, Topology locate, Topology fallback, String uri) {
    }

    String render(Comparison c, String before, String after, Sarif sarif) {
        return switch (this) {
            case text -> ComparisonText.render(c, before, after);
            case json -> ComparisonJson.render(c);
            case markdown -> ComparisonMarkdown.render(c, before, after);
            case sarif -> ComparisonSarif.render(c, sarif.current(), sarif.locate(), sarif.fallback(), sarif.uri());
        };
    }
}
