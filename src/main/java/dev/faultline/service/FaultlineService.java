package dev.faultline.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import dev.faultline.analysis.capacity.CapacityAnalysis;
import dev.faultline.analysis.capacity.ScenarioLoad;
import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.AnalysisSection;
import dev.faultline.analysis.Analyzer;
import dev.faultline.analysis.ReportInProgress;
import dev.faultline.io.LayoutSidecar;
import dev.faultline.io.LoadResult;
import dev.faultline.io.TopologyLoader;
import dev.faultline.layout.Point;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.Scenario;
import dev.faultline.simulation.SimulationResult;

/**
 * The use cases the desktop app and the command line share: load, analyse, simulate. One place, so both front ends
 * give the same answers for the same file.
 */
public final class FaultlineService {
    private final TopologyLoader loader;
    private final Analyzer analyzer;

    public FaultlineService() {
        this(new TopologyLoader(), new Analyzer());
    }

    public FaultlineService(TopologyLoader loader, Analyzer analyzer) {
        this.loader = loader;
        this.analyzer = analyzer;
    }

    public LoadResult load(Path file) {
        return loader.load(file);
    }

    /** The node positions the user pinned in the app, from the sidecar next to the file; empty when none. */
    public Map<String, Point> pinnedPositions(Path topologyFile) {
        return new LayoutSidecar().read(topologyFile);
    }

    /** The pinned positions with the sidecar's problems (damaged, coordinates dropped) to show the user. */
    public LayoutSidecar.Reading layoutOf(Path topologyFile) {
        return new LayoutSidecar().load(topologyFile);
    }

    /** The reviewer's decisions on findings, from the review sidecar next to the file; empty when none. */
    public java.util.List<dev.faultline.analysis.FindingReview> reviews(Path topologyFile) {
        return java.util.List.copyOf(new dev.faultline.io.ReviewSidecar().read(topologyFile).values());
    }

    public AnalysisReport analyze(Topology topology, ProgressListener progress, CancellationToken cancel) {
        return analyzer.analyze(topology, progress, cancel);
    }

    public AnalysisReport analyze(Topology topology) {
        return analyzer.analyze(topology);
    }

    /** Only what the caller will show: skipped sections cost nothing and read as empty. */
    public AnalysisReport analyze(Topology topology, Set<AnalysisSection> sections) {
        return analyzer.analyze(topology, sections);
    }

    /** Writes a report from its sections as each becomes known ({@link #analyzeWhileWriting}). */
    public interface ReportWriter {
        void write(ReportInProgress report) throws IOException;
    }

    /**
     * Only the {@code sections}, analysed on a thread of their own while {@code writer} runs on this one with each
     * section as soon as it is known: a big report's first sections are written while the rules still run (issue
     * #18). Returns the report {@link #analyze(Topology, Set)} makes; an analysis failure is thrown by whichever of
     * the writer's reads waits for it (an out-of-memory error as such), and a writer's failure cancels the analysis.
     */
    public AnalysisReport analyzeWhileWriting(Topology topology, Set<AnalysisSection> sections, ReportWriter writer)
            throws IOException {
        ReportInProgress report = new ReportInProgress(topology);
        CancellationToken cancel = new CancellationToken();
        Thread analysis = new Thread(() -> {
            try {
                analyzer.analyze(topology, sections, report, cancel);
            } catch (RuntimeException | Error e) {
                // Already handed to the writer: every section still to come fails with it.
            }
        }, "faultline-analyze");
        analysis.setDaemon(true);
        analysis.start();
        try {
            writer.write(report);
            return report.report();
        } finally {
            cancel.cancel(); // stops an analysis the writer gave up on; nothing once it has finished
        }
    }

    /** @throws dev.faultline.simulation.UnknownTargetException when an event names something unknown */
    public SimulationResult simulate(Topology topology, Scenario scenario) {
        return new FailureEngine(topology).simulate(scenario);
    }

    /** Load and utilisation under a scenario's outcome, and the nodes it overloads (risk-model.md section 4). */
    public ScenarioLoad scenarioLoad(Topology topology, SimulationResult result) {
        return CapacityAnalysis.under(topology, result);
    }
}
