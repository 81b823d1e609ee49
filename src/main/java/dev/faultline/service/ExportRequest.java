package dev.faultline.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.FindingReview;
import dev.faultline.export.diagram.PaperSize;
import dev.faultline.layout.Point;
import dev.faultline.render.Overlay;
import dev.faultline.simulation.SimulationResult;

/**
 * What to export: the analysed topology, the overlay, the scenario outcomes to show (the last one colours diagrams;
 * reports list them all), the user's pinned positions, paper and scale, the source name and date printed on it, and
 * the reviewer's decisions on findings.
 */
public record ExportRequest(AnalysisReport analysis, ExportFormat format, Overlay overlay,
                            List<SimulationResult> scenarios, Map<String, Point> pinned, PaperSize paper,
                            double pngScale, String sourceName, Instant date, List<FindingReview> reviews) {
    public ExportRequest {
        overlay = overlay == null ? Overlay.SPOF : overlay;
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        pinned = pinned == null ? Map.of() : Map.copyOf(pinned);
        paper = paper == null ? PaperSize.A4 : paper;
        pngScale = pngScale <= 0 ? 2 : pngScale;
        sourceName = sourceName == null ? "" : sourceName;
        date = date == null ? Instant.now() : date;
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    public static ExportRequest of(AnalysisReport analysis, ExportFormat format) {
        return new ExportRequest(analysis, format, Overlay.SPOF, List.of(), Map.of(), PaperSize.A4, 2, "", null,
                List.of());
    }

    public ExportRequest withOverlay(Overlay o) {
        return new ExportRequest(analysis, format, o, scenarios, pinned, paper, pngScale, sourceName, date, reviews);
    }

    public ExportRequest withScenarios(List<SimulationResult> s) {
        return new ExportRequest(analysis, format, overlay, s, pinned, paper, pngScale, sourceName, date, reviews);
    }

    public ExportRequest withPinned(Map<String, Point> p) {
        return new ExportRequest(analysis, format, overlay, scenarios, p, paper, pngScale, sourceName, date, reviews);
    }

    public ExportRequest withPaper(PaperSize p, double scale) {
        return new ExportRequest(analysis, format, overlay, scenarios, pinned, p, scale, sourceName, date, reviews);
    }

    public ExportRequest withSource(String name, Instant when) {
        return new ExportRequest(analysis, format, overlay, scenarios, pinned, paper, pngScale, name, when, reviews);
    }

    /** The reviewer's decisions on findings (from the review sidecar), shown in reports as accepted risks. */
    public ExportRequest withReviews(List<FindingReview> r) {
        return new ExportRequest(analysis, format, overlay, scenarios, pinned, paper, pngScale, sourceName, date, r);
    }

    /** The scenario whose states a diagram shows, if any. */
    public SimulationResult shownScenario() {
        return scenarios.isEmpty() ? null : scenarios.get(scenarios.size() - 1);
    }
}
