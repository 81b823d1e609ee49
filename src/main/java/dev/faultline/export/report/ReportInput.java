package dev.faultline.export.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.FindingReview;
import dev.faultline.simulation.SimulationResult;

/**
 * Everything a review report shows.
 *
 * @param analysis    the analysis of the topology (its {@code topology()} is the one reported on)
 * @param scenarios   outcomes of scenarios the user asked for ({@code --fail}); may be empty
 * @param sourceName  the file the topology came from, as the reader should see it (e.g. {@code shop.yaml})
 * @param generatedAt when the report was made; printed in UTC
 * @param svgDiagram  an SVG document of the diagram to embed in HTML, or {@code null} for none
 * @param reviews     the reviewer's decisions on findings (accepted risks, ignored findings); may be empty
 */
public record ReportInput(AnalysisReport analysis, List<SimulationResult> scenarios, String sourceName,
                          Instant generatedAt, String svgDiagram, List<FindingReview> reviews) {
    public ReportInput {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(generatedAt, "generatedAt");
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        sourceName = sourceName == null ? "" : sourceName;
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** Without review decisions. */
    public ReportInput(AnalysisReport analysis, List<SimulationResult> scenarios, String sourceName,
                       Instant generatedAt, String svgDiagram) {
        this(analysis, scenarios, sourceName, generatedAt, svgDiagram, List.of());
    }

    public static ReportInput of(AnalysisReport analysis, String sourceName, Instant generatedAt) {
        return new ReportInput(analysis, List.of(), sourceName, generatedAt, null, List.of());
    }

    public ReportInput withScenarios(List<SimulationResult> results) {
        return new ReportInput(analysis, results, sourceName, generatedAt, svgDiagram, reviews);
    }

    public ReportInput withSvgDiagram(String svg) {
        return new ReportInput(analysis, scenarios, sourceName, generatedAt, svg, reviews);
    }

    public ReportInput withReviews(List<FindingReview> decisions) {
        return new ReportInput(analysis, scenarios, sourceName, generatedAt, svgDiagram, decisions);
    }

    public Optional<String> svg() {
        return Optional.ofNullable(svgDiagram).filter(s -> !s.isBlank());
    }
}
