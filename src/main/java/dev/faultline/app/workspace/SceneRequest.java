package dev.faultline.app.workspace;

import java.util.Map;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Topology;
import dev.faultline.render.Overlay;
import dev.faultline.simulation.SimulationResult;

/**
 * Everything a picture depends on. {@code simulation} is null when no scenario runs; {@code heat} maps node id to a
 * 0..1 blast-radius heat (empty until a sweep ran).
 */
public record SceneRequest(Topology topology, LayoutResult layout, AnalysisReport report, SimulationResult simulation,
                           Overlay overlay, Map<String, Double> heat) {
    public SceneRequest {
        heat = Map.copyOf(heat);
    }
}
