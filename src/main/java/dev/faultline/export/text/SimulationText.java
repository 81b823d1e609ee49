package dev.faultline.export.text;

import java.util.Locale;
import java.util.Map;

import dev.faultline.analysis.capacity.NodeLoad;
import dev.faultline.analysis.capacity.ScenarioLoad;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.State;

/** {@code simulate --format text}: flows first (what users feel), then every node that is not UP, with why. */
public final class SimulationText {
    private SimulationText() {
    }

    public static String render(SimulationResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Scenario: ").append(String.join(", ", r.scenario().labels())).append("\n\n");
        sb.append("Flows: ").append(r.flowsIn(State.DOWN).size()).append(" down, ")
                .append(r.flowsIn(State.DEGRADED).size()).append(" degraded, ").append(r.flowsIn(State.UP).size())
                .append(" up\n");
        for (Map.Entry<String, State> e : r.flows().entrySet()) {
            sb.append(String.format("  %-9s %s%n", e.getValue(), e.getKey()));
        }
        sb.append("\nNodes: ").append(r.nodesIn(State.DOWN).size()).append(" down, ")
                .append(r.nodesIn(State.DEGRADED).size()).append(" degraded, ").append(r.nodesIn(State.UP).size())
                .append(" up\n");
        for (Map.Entry<String, State> e : r.nodes().entrySet()) {
            if (e.getValue() == State.UP) continue;
            sb.append(String.format("  %-9s %-32s %s%n", e.getValue(), e.getKey(), r.reason(e.getKey())));
        }
        return sb.toString();
    }

    /** The scenario, then the load it leaves: utilisation of every node with a capacity, overloaded ones marked. */
    public static String render(SimulationResult r, ScenarioLoad load) {
        StringBuilder sb = new StringBuilder(render(r));
        if (load.nodes().isEmpty()) return sb.toString();
        sb.append("\nLoad: ").append(load.overloaded().isEmpty() ? "no node over capacity"
                : load.overloaded().size() + " over capacity: " + String.join(", ", load.overloaded())).append('\n');
        for (NodeLoad l : load.nodes()) {
            if (l.utilization() == null) continue;
            sb.append(String.format(Locale.ROOT, "  %-32s %10.1f rps  %5.0f%%%s%n", l.node(), l.loadRps(),
                    l.utilization() * 100, l.overloaded() ? "  OVERLOADED" : ""));
        }
        return sb.toString();
    }
}
