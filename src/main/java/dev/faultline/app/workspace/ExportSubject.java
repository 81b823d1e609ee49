package dev.faultline.app.workspace;

import dev.faultline.render.DiagramScene;
import dev.faultline.render.Overlay;
import dev.faultline.simulation.SimulationResult;

/**
 * What File › Export… writes: the picture on screen (diagram formats export exactly this scene) and what it was
 * drawn from, for the reports and graph formats. {@code simulation} is null when no scenario runs.
 */
public record ExportSubject(DiagramScene scene, TopologyDocument document, SimulationResult simulation,
                            Overlay overlay, java.util.List<dev.faultline.analysis.FindingReview> reviews) {
    public ExportSubject {
        reviews = reviews == null ? java.util.List.of() : java.util.List.copyOf(reviews);
    }
}
