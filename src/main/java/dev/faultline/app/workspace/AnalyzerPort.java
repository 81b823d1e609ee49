package dev.faultline.app.workspace;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;

/** The analysis the app shows; in production {@code dev.faultline.analysis.Analyzer::analyze}. */
@FunctionalInterface
public interface AnalyzerPort {
    AnalysisReport analyze(Topology topology, ProgressListener progress, CancellationToken cancel);
}
