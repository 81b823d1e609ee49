package dev.faultline.render;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.SpofCause;
import dev.faultline.analysis.cost.Money;
import dev.faultline.model.Node;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.State;

/** The text shown when hovering a node: what it is, who owns it, where it runs, its state and why, its SPOF cause. */
final class TooltipWriter {
    private TooltipWriter() {
    }

    static String write(Node node, AnalysisReport analysis, SimulationResult simulation) {
        List<String> lines = new ArrayList<>();
        lines.add(node.name().equals(node.id()) ? node.id() : node.name() + " (" + node.id() + ")");
        lines.add("kind: " + node.kind().id());
        lines.add("team: " + (node.team() == null ? "unowned" : node.team()));
        lines.add("replicas: " + node.replicas() + (node.minHealthy() > 1 ? " (min healthy " + node.minHealthy() + ")" : ""));
        if (!node.zones().isEmpty()) lines.add("zones: " + String.join(", ", node.zones()));
        if (simulation != null && simulation.nodes().containsKey(node.id())) {
            State state = simulation.node(node.id());
            String reason = simulation.reason(node.id());
            lines.add("state: " + state + (reason.isEmpty() ? "" : " — " + reason));
        }
        if (analysis != null) {
            analysis.spof(node.id()).ifPresent(s -> lines.add(spofLine(s)));
        }
        if (node.description() != null && !node.description().isBlank()) lines.add(node.description());
        governanceLines(node, lines);
        return String.join("\n", lines);
    }

    private static String spofLine(Spof s) {
        String cause = s.cause() instanceof SpofCause.SingleZone z ? "all instances in zone " + z.zone()
                : "no spare instance";
        String flows = s.flowsDown().isEmpty() ? "" : "; takes down " + String.join(", ", s.flowsDown());
        return "SPOF: " + cause + flows;
    }

    /** Data classes with their residency, and the monthly cost: what the Data overlay and the Teams panel sum up. */
    private static void governanceLines(Node node, List<String> lines) {
        if (!node.data().isEmpty()) {
            lines.add("data: " + String.join(", ", node.data()) + (node.residency().isEmpty() ? ""
                    : " (must stay in " + String.join(" or ", node.residency()) + ")"));
        }
        node.effectiveMonthlyCost().ifPresent(c -> lines.add("cost: " + Money.format(c) + " × " + node.replicas()
                + " = " + Money.format(c * node.replicas()) + " / month"));
    }
}
