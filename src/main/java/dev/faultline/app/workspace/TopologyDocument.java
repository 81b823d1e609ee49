package dev.faultline.app.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.io.yaml.Problem;
import dev.faultline.layout.LayoutResult;
import dev.faultline.layout.Point;
import dev.faultline.model.Topology;
import dev.faultline.simulation.FailureEngine;

/**
 * An opened topology with everything computed once per load: analysis, the layout before pins ({@code unpinned})
 * and the one shown ({@code layout}: the pins applied), the engine for simulations, the pinned positions and the
 * load warnings. Immutable; a pin makes a new one.
 */
public record TopologyDocument(Path file, Topology topology, AnalysisReport report, LayoutResult unpinned,
                               LayoutResult layout, Map<String, Point> pinned, FailureEngine engine,
                               List<Problem> warnings) {
    public TopologyDocument {
        pinned = Map.copyOf(pinned);
        warnings = List.copyOf(warnings);
    }

    public TopologyDocument withLayout(LayoutResult newLayout, Map<String, Point> newPinned) {
        return new TopologyDocument(file, topology, report, unpinned, newLayout, newPinned, engine, warnings);
    }

    public String displayName() {
        return file == null ? topology.name() : file.getFileName().toString();
    }
}
