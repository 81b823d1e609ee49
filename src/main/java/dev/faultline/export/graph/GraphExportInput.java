package dev.faultline.export.graph;

import java.util.Objects;
import java.util.Optional;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.model.Topology;
import dev.faultline.render.Overlay;
import dev.faultline.simulation.SimulationResult;

/**
 * What a graph exporter draws: the topology, optionally the analysis (for SPOF highlighting and heat), the overlay,
 * and optionally the result of a running scenario (node states win over overlay colours, as on the canvas).
 *
 * @param topology   the topology to draw
 * @param analysis   the analysis of that topology, or {@code null}: then no SPOF is highlighted
 * @param overlay    what node fill colours mean
 * @param simulation a scenario's outcome, or {@code null} when nothing is simulated
 * @param title      a title for formats that carry one (DOT graph label); {@code null} uses the topology name
 */
public record GraphExportInput(Topology topology, AnalysisReport analysis, Overlay overlay, SimulationResult simulation,
                               String title) {
    public GraphExportInput {
        Objects.requireNonNull(topology, "topology");
        overlay = overlay == null ? Overlay.NONE : overlay;
    }

    /** A plain drawing of the topology: no analysis, no overlay, no scenario. */
    public static GraphExportInput of(Topology topology) {
        return new GraphExportInput(topology, null, Overlay.NONE, null, null);
    }

    /** The analysed topology under an overlay. */
    public static GraphExportInput of(AnalysisReport analysis, Overlay overlay) {
        return new GraphExportInput(analysis.topology(), analysis, overlay, null, null);
    }

    public GraphExportInput withSimulation(SimulationResult result) {
        return new GraphExportInput(topology, analysis, overlay, result, title);
    }

    public GraphExportInput withOverlay(Overlay newOverlay) {
        return new GraphExportInput(topology, analysis, newOverlay, simulation, title);
    }

    public GraphExportInput withTitle(String newTitle) {
        return new GraphExportInput(topology, analysis, overlay, simulation, newTitle);
    }

    public Optional<AnalysisReport> analysisIfAny() {
        return Optional.ofNullable(analysis);
    }

    public Optional<SimulationResult> simulationIfAny() {
        return Optional.ofNullable(simulation);
    }

    public String effectiveTitle() {
        return title == null || title.isBlank() ? topology.name() : title;
    }
}
