package dev.faultline.export.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Topology;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.State;

/** The outcome of each scenario the user asked for: events, flows and nodes that went down or degraded, and why. */
final class ScenarioSection {
    private ScenarioSection() {
    }

    static Doc.Section build(ReportInput in) {
        Topology t = in.analysis().topology();
        List<Doc.Block> blocks = new ArrayList<>();
        int number = 1;
        for (SimulationResult r : in.scenarios()) {
            String events = r.scenario().isEmpty() ? "no failure" : String.join(", ", r.scenario().labels());
            blocks.add(new Doc.Subheading("Scenario " + number++ + ": " + events));
            List<String> flowsDown = r.flowsIn(State.DOWN);
            List<String> flowsDegraded = r.flowsIn(State.DEGRADED);
            List<String> nodesDown = r.nodesIn(State.DOWN);
            List<String> nodesDegraded = r.nodesIn(State.DEGRADED);
            blocks.add(new Doc.Paragraph(Doc.Text.plain("Flows: ")
                    .then(flowsDown.size() + " down", flowsDown.isEmpty() ? Doc.Style.MUTED : Doc.Style.DOWN)
                    .then(", ").then(flowsDegraded.size() + " degraded",
                            flowsDegraded.isEmpty() ? Doc.Style.MUTED : Doc.Style.DEGRADED)
                    .then(", " + (t.flows().size() - flowsDown.size() - flowsDegraded.size()) + " up. Nodes: ")
                    .then(nodesDown.size() + " down", nodesDown.isEmpty() ? Doc.Style.MUTED : Doc.Style.DOWN)
                    .then(", ").then(nodesDegraded.size() + " degraded",
                            nodesDegraded.isEmpty() ? Doc.Style.MUTED : Doc.Style.DEGRADED)
                    .then(" of " + t.nodes().size() + ".")));
            if (!flowsDown.isEmpty() || !flowsDegraded.isEmpty()) blocks.add(flowTable(t, r));
            if (!nodesDown.isEmpty() || !nodesDegraded.isEmpty()) blocks.add(nodeTable(r));
        }
        return new Doc.Section("scenarios", "Scenarios", blocks);
    }

    private static Doc.Table flowTable(Topology t, SimulationResult r) {
        List<List<Doc.Cell>> rows = new ArrayList<>();
        for (Map.Entry<String, State> e : r.flows().entrySet()) {
            if (e.getValue() == State.UP) continue;
            String name = t.flow(e.getKey()).map(f -> f.name()).orElse(e.getKey());
            rows.add(List.of(Doc.Cell.of(Doc.Text.code(e.getKey())),
                    Doc.Cell.of(name.equals(e.getKey()) ? Doc.Text.of("\u2014", Doc.Style.MUTED) : Doc.Text.plain(name)),
                    Doc.Cell.of(state(e.getValue(), false))));
        }
        return new Doc.Table(List.of("Flow", "Name", "State"), List.of(false, false, false), rows, "scenario-flows");
    }

    private static Doc.Table nodeTable(SimulationResult r) {
        List<List<Doc.Cell>> rows = new ArrayList<>();
        for (State wanted : List.of(State.DOWN, State.DEGRADED)) {
            for (String id : r.nodesIn(wanted)) {
                String reason = r.reason(id);
                rows.add(List.of(Doc.Cell.of(Doc.Text.code(id)),
                        Doc.Cell.of(state(wanted, r.failedDirectly().contains(id))),
                        Doc.Cell.of(reason.isEmpty() ? Doc.Text.of("\u2014", Doc.Style.MUTED) : Doc.Text.plain(reason))));
            }
        }
        return new Doc.Table(List.of("Node", "State", "Why"), List.of(false, false, false), rows, "scenario-nodes");
    }

    /** A state in words with a glyph, so it reads without colour. */
    static Doc.Text state(State s, boolean failedDirectly) {
        if (failedDirectly) return Doc.Text.of("\u26A1 FAILED", Doc.Style.FAILED);
        return switch (s) {
            case DOWN -> Doc.Text.of("\u2715 DOWN", Doc.Style.DOWN);
            case DEGRADED -> Doc.Text.of("\u25D0 DEGRADED", Doc.Style.DEGRADED);
            case UP -> Doc.Text.of("UP", Doc.Style.UP);
        };
    }
}
