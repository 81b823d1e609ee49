package dev.faultline.export.report;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;

/** Every finding, grouped by severity, with its recommendation. */
final class FindingSection {
    private FindingSection() {
    }

    static Doc.Section build(ReportInput in) {
        AnalysisReport a = in.analysis();
        List<Doc.Block> blocks = new ArrayList<>();
        if (a.findings().isEmpty()) {
            blocks.add(new Doc.Paragraph(Doc.Text.of("No findings.", Doc.Style.OK)));
            return new Doc.Section("findings", "Findings", blocks);
        }
        for (Severity severity : Severity.values()) {
            List<Finding> group = a.findings().stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) continue;
            blocks.add(new Doc.Subheading(heading(severity) + " (" + group.size() + ")"));
            List<List<Doc.Cell>> rows = new ArrayList<>();
            for (Finding f : group) {
                rows.add(List.of(
                        Doc.Cell.of(Doc.Text.of(severity.id(), style(severity))),
                        Doc.Cell.of(Doc.Text.code(f.rule())),
                        Doc.Cell.of(Doc.Text.codes(f.nodes())),
                        Doc.Cell.of(f.message()),
                        Doc.Cell.of(f.recommendation())));
            }
            blocks.add(new Doc.Table(List.of("Severity", "Rule", "Nodes", "Finding", "Recommendation"),
                    List.of(false, false, false, false, false), rows, "findings"));
        }
        return new Doc.Section("findings", "Findings", blocks);
    }

    private static String heading(Severity s) {
        return switch (s) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Notes";
        };
    }

    static Doc.Style style(Severity s) {
        return switch (s) {
            case ERROR -> Doc.Style.ERROR;
            case WARNING -> Doc.Style.WARNING;
            case INFO -> Doc.Style.INFO;
        };
    }
}
