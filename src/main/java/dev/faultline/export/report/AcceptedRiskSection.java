package dev.faultline.export.report;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.FindingReview;

/**
 * Findings the reviewers decided on in the app (accepted as known risks, or ignored), with their notes: a report
 * reader sees that a risk is known and why it stays, rather than the same finding again with no answer.
 */
final class AcceptedRiskSection {
    private AcceptedRiskSection() {
    }

    static Doc.Section build(ReportInput in) {
        List<List<Doc.Cell>> rows = new ArrayList<>();
        for (FindingReview r : in.reviews()) {
            String finding = r.findingIn(in.analysis()).map(Finding::message).orElse(r.key());
            rows.add(List.of(
                    Doc.Cell.of(r.status() == FindingReview.Status.ACCEPTED ? Doc.Text.of("accepted", Doc.Style.WARNING)
                            : Doc.Text.of("ignored", Doc.Style.MUTED)),
                    Doc.Cell.of(finding),
                    Doc.Cell.of(r.note().isEmpty() ? Doc.Text.of("\u2014", Doc.Style.MUTED) : Doc.Text.plain(r.note()))));
        }
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Paragraph(Doc.Text.plain("Findings the reviewers marked in the app, with their reasons "
                + "(kept next to the topology in FILE.faultline-review.json).")));
        blocks.add(new Doc.Table(List.of("Decision", "Finding", "Note"), List.of(false, false, false), rows,
                "accepted-risks"));
        return new Doc.Section("accepted-risks", "Accepted risks", blocks);
    }
}
