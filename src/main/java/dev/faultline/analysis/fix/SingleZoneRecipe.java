package dev.faultline.analysis.fix;

import java.util.List;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Finding;

/** {@code single-zone}: spread the node over another declared zone, with the replicas that takes. */
final class SingleZoneRecipe implements FixRecipe {
    @Override
    public String rule() {
        return "single-zone";
    }

    @Override
    public List<FixCandidate> candidates(AnalysisReport report, Finding finding) {
        if (finding.nodes().isEmpty()) return List.of();
        return report.topology().node(finding.nodes().get(0)).map(n -> ZoneSpread.candidates(report.topology(), n))
                .orElse(List.of());
    }
}
