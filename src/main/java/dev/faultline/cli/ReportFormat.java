package dev.faultline.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.AnalysisSection;
import dev.faultline.export.json.AnalysisJson;
import dev.faultline.export.json.SarifReport;
import dev.faultline.export.text.AnalysisText;
import dev.faultline.io.LoadResult;
import dev.faultline.io.yaml.Problem;
import dev.faultline.service.ExportFormat;

/** The formats of {@code analyze --format}. */
enum ReportFormat {
    text, json, markdown, html, sarif;

    /** The review reports of the export registry (markdown, html) render like {@code export}; the others are text. */
    ExportFormat asExport() {
        return ExportFormat.byId(name()).filter(f -> f.kind == ExportFormat.Kind.REPORT).orElse(null);
    }

    /**
     * The sections this format prints: the analysis computes nothing else. The text summary shows no coupling
     * matrix; SARIF holds findings only; the JSON and the review reports show everything.
     */
    Set<AnalysisSection> sections() {
        Set<AnalysisSection> all = AnalysisSection.all();
        return switch (this) {
            case text -> {
                all.remove(AnalysisSection.COUPLING);
                yield all;
            }
            case sarif -> EnumSet.of(AnalysisSection.FINDINGS);
            case json, markdown, html -> all;
        };
    }

    String render(AnalysisReport r, LoadResult loaded, Path file) {
        List<String> warnings = loaded.warnings().stream().map(Problem::format).toList();
        return switch (this) {
            case text -> AnalysisText.render(r);
            case json -> AnalysisJson.render(r, warnings);
            case sarif -> SarifReport.render(r, file.toString().replace('\\', '/'));
            case markdown, html -> throw new IllegalStateException("rendered through the export service");
        };
    }
}
