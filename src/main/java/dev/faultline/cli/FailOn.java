package dev.faultline.cli;

import java.util.EnumSet;
import java.util.Set;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.AnalysisSection;
import dev.faultline.analysis.Severity;

/**
 * {@code --fail-on}: the level at which {@code analyze} exits with 1. {@code spof} fails on any single point of
 * failure (node or failure domain); {@code error} and {@code warning} on findings at or above that severity.
 */
enum FailOn {
    spof, error, warning, never;

    /** What {@link #tripped} reads, so the analysis can skip the rest. */
    Set<AnalysisSection> sections() {
        return switch (this) {
            case spof -> EnumSet.of(AnalysisSection.SPOFS, AnalysisSection.DOMAIN_SPOFS);
            case error, warning -> EnumSet.of(AnalysisSection.FINDINGS);
            case never -> EnumSet.noneOf(AnalysisSection.class);
        };
    }

    boolean tripped(AnalysisReport r) {
        return switch (this) {
            case spof -> !r.spofs().isEmpty() || !r.domainSpofs().isEmpty();
            case error -> !r.findingsAtLeast(Severity.ERROR).isEmpty();
            case warning -> !r.findingsAtLeast(Severity.WARNING).isEmpty();
            case never -> false;
        };
    }
}
