package dev.faultline.app.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.model.Topology;
import dev.faultline.simulation.SimulationResult;

/**
 * The node card's properties: the details panel's rows sorted into categories a reviewer asks about in this order
 * (is it a risk, how redundant is it, who owns it, what is it, what does it touch). Plain Java: tested without a
 * toolkit.
 */
public final class NodeCardModel {
    /** Categories in the order the card shows them; the first one is open when the card appears. */
    public static final List<String> CATEGORIES =
            List.of("Risk", "Redundancy", "Ownership", "Identity", "Dependencies", "Performance");

    private static final Map<String, String> CATEGORY_OF = Map.ofEntries(
            Map.entry("SPOF", "Risk"), Map.entry("state", "Risk"), Map.entry("blast radius", "Risk"),
            Map.entry("flows down", "Risk"), Map.entry("recommendation", "Risk"),
            Map.entry("replicas", "Redundancy"), Map.entry("zones", "Redundancy"),
            Map.entry("team", "Ownership"),
            Map.entry("id", "Identity"), Map.entry("name", "Identity"), Map.entry("kind", "Identity"),
            Map.entry("observability", "Identity"), Map.entry("tags", "Identity"),
            Map.entry("depends on", "Dependencies"), Map.entry("needed by", "Dependencies"),
            Map.entry("latency", "Performance"), Map.entry("load", "Performance"));

    /** One read-only property of the card. */
    public record Property(String category, String name, String value) {
    }

    private NodeCardModel() {
    }

    public static List<Property> properties(Topology topology, AnalysisReport report, SimulationResult simulation,
                                            String nodeId) {
        List<Property> out = new ArrayList<>();
        for (DetailsModel.Row r : DetailsModel.rows(topology, report, simulation, nodeId)) {
            // "advice" fits the sheet's name column, where "recommendation" was cut.
            String name = r.key().equals("recommendation") ? "advice" : r.key();
            out.add(new Property(CATEGORY_OF.getOrDefault(r.key(), "Identity"), name, r.value()));
        }
        return out;
    }
}
