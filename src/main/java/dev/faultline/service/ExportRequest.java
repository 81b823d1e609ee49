package dev.faultline.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.export.diagram.PaperSize;
import dev.faultline.layout.Point;
import dev.faultline.render.Overlay;
import dev.faultline.simulation.SimulationResult;

/**
 * What to export: the analysed topology, the overlay, the scenario outcomes to show (the last one colours diagrams;
 * reports list them all), the user's pinned positions, paper and scale, and the source name and date printed on it.
 */
public record ExportRequest(AnalysisReport analysis, ExportFormat format, Overlay overlay,
                            List<SimulationResult> scenarios, Map<String, Point> pinned, PaperSize paper,
                            double pngScale, String sourceName, Instant date) {
    public ExportRequest {
        overlay = overlay == null ? Overlay.SPOF : overlay;
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        pinned = pinned == null ? Map.of() : Map.copyOf(pinned);
        paper = paper == null ? PaperSize.A4 : paper;
        pngScale = pngScale <= 0 ? 2 : pngScale;
        sourceName = sourceName == null ? "" : sourceName;
        date = date == null ? Instant.now() : date;
    }

    public static ExportRequest of(AnalysisReport analysis, ExportFormat format) {
        return new ExportRequest(analysis, format, Overlay.SPOF, List.of(), Map.of(), PaperSize.A4, 2, "", null);
    }

    public ExportRequest withOverlay(Overlay o) {
        return new ExportRequest(analysis, format, o, scenarios, pinned, paper, pngScale, sourceName, date);
    }

    public ExportRequest withScenarios(List<SimulationResult> s) {
        return new ExportRequest(analysis, format, overlay, s, pinned, paper, pngScale, sourceName, date);
    }

    public ExportRequest withPinned(Map<String, Point> p) {
        return new ExportRequest(analysis, format, overlay, scenarios, p, paper, pngScale, sourceName, date);
    }

    public ExportRequest withPaper(PaperSize p, double scale) {
        return new ExportRequest(analysis, format, overlay, scenarios, pinned, p, scale, sourceName, date);
    }

    public ExportRequest withSource(String name, Instant when) {
        return new ExportRequest(analysis, format, overlay, scenarios, pinned, paper, pngScale, name, when);
    }

    /** The scenario whose states a diagram shows, if any. */
    public SimulationResult shownScenario() {
        return scenarios.isEmpty() ? null : scenarios.get(scenarios.size() - 1);
    }
}
