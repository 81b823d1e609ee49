package dev.faultline.cli;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Severity;

/**
 * {@code --fail-on}: the level at which {@code analyze} exits with 1. {@code spof} fails on any single point of
 * failure (node or failure domain); {@code error} and {@code warning} on findings at or above that severity.
 */
enum FailOn {
    spof, error, warning, never;

    boolean tripped(AnalysisReport r) {
        return switch (this) {
            case spof -> !r.spofs().isEmpty() || !r.domainSpofs().isEmpty();
            case error -> !r.findingsAtLeast(Severity.ERROR).isEmpty();
            case warning -> !r.findingsAtLeast(Severity.WARNING).isEmpty();
            case never -> false;
        };
    }
}
