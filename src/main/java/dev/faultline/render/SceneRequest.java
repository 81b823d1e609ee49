package dev.faultline.render;

import java.util.Map;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Topology;
import dev.faultline.simulation.SimulationResult;

/**
 * What to draw. {@code analysis} (SPOF badges, heat) and {@code simulation} (states) may be null; {@code heat} maps
 * node ids to 0..1 for the HEAT overlay and may be null, in which case it is derived from {@code analysis}.
 * {@code focusFlow} is the flow id the AVAILABILITY overlay colours by; null (or a flow the analysis lacks) means the
 * least available flow. {@code marks} are what a comparison or a fix preview marks ({@link ChangeMarks#NONE}: none).
 */
public record SceneRequest(Topology topology, LayoutResult layout, AnalysisReport analysis,
                           SimulationResult simulation, Overlay overlay, Map<String, Double> heat, Palette palette,
                           String title, String subtitle, String focusFlow, ChangeMarks marks) {
    public SceneRequest {
        if (topology == null || layout == null) throw new IllegalArgumentException("topology and layout are needed");
        overlay = overlay == null ? Overlay.SPOF : overlay;
        palette = palette == null ? Palette.LIGHT : palette;
        heat = heat == null ? null : Map.copyOf(heat);
        title = title == null ? topology.name() : title;
        subtitle = subtitle == null ? "" : subtitle;
        focusFlow = focusFlow == null || focusFlow.isBlank() ? null : focusFlow;
        marks = marks == null ? ChangeMarks.NONE : marks;
    }

    /** A request without change marks. */
    public SceneRequest(Topology topology, LayoutResult layout, AnalysisReport analysis, SimulationResult simulation,
                        Overlay overlay, Map<String, Double> heat, Palette palette, String title, String subtitle,
                        String focusFlow) {
        this(topology, layout, analysis, simulation, overlay, heat, palette, title, subtitle, focusFlow, null);
    }

    /** A request without a focus flow. */
    public SceneRequest(Topology topology, LayoutResult layout, AnalysisReport analysis, SimulationResult simulation,
                        Overlay overlay, Map<String, Double> heat, Palette palette, String title, String subtitle) {
        this(topology, layout, analysis, simulation, overlay, heat, palette, title, subtitle, null);
    }

    /** The plain SPOF view of a topology, light palette, titled by the topology name. */
    public static SceneRequest of(Topology topology, LayoutResult layout, AnalysisReport analysis) {
        return new SceneRequest(topology, layout, analysis, null, Overlay.SPOF, null, Palette.LIGHT, null, null);
    }

    public SceneRequest withOverlay(Overlay o) {
        return new SceneRequest(topology, layout, analysis, simulation, o, heat, palette, title, subtitle, focusFlow, marks);
    }

    public SceneRequest withSimulation(SimulationResult s) {
        return new SceneRequest(topology, layout, analysis, s, overlay, heat, palette, title, subtitle, focusFlow, marks);
    }

    public SceneRequest withPalette(Palette p) {
        return new SceneRequest(topology, layout, analysis, simulation, overlay, heat, p, title, subtitle, focusFlow, marks);
    }

    public SceneRequest withHeat(Map<String, Double> h) {
        return new SceneRequest(topology, layout, analysis, simulation, overlay, h, palette, title, subtitle, focusFlow, marks);
    }

    /** The flow the AVAILABILITY overlay colours by (null: the least available one). */
    public SceneRequest withFocusFlow(String flowId) {
        return new SceneRequest(topology, layout, analysis, simulation, overlay, heat, palette, title, subtitle, flowId, marks);
    }

    public SceneRequest withTitle(String t, String sub) {
        return new SceneRequest(topology, layout, analysis, simulation, overlay, heat, palette, t, sub, focusFlow, marks);
    }

    /** The same request with comparison and fix-preview marks. */
    public SceneRequest withMarks(ChangeMarks m) {
        return new SceneRequest(topology, layout, analysis, simulation, overlay, heat, palette, title, subtitle, focusFlow, m);
    }
}
