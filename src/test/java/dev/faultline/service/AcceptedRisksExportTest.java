package dev.faultline.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.FindingReview;

/** Decisions made in the app reach the Markdown and HTML reports as "accepted risks". */
class AcceptedRisksExportTest {
    private final FaultlineService service = new FaultlineService();
    private final AnalysisReport report = service.analyze(service.load(Path.of("sample-topologies", "online-shop.yaml"))
            .topology().orElseThrow());

    @Test
    void reportsListAcceptedRisksWithTheFindingAndTheNote() {
        Finding first = report.findings().get(0);
        FindingReview accepted = new FindingReview(FindingReview.keyOf(first), FindingReview.Status.ACCEPTED,
                "budget approved for 2027 & <later>");
        for (ExportFormat f : List.of(ExportFormat.MARKDOWN, ExportFormat.HTML)) {
            String withDecision = new String(new ExportService().export(ExportRequest.of(report, f)
                    .withReviews(List.of(accepted))), StandardCharsets.UTF_8);
            assertTrue(withDecision.contains("Accepted risks"), f.toString());
            assertTrue(withDecision.contains("budget approved for 2027"), f.toString());
            String without = new String(new ExportService().export(ExportRequest.of(report, f)), StandardCharsets.UTF_8);
            assertFalse(without.contains("Accepted risks"), f.toString());
        }
    }
}
