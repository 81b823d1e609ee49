package dev.faultline.export.text;

import java.util.Map;

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
}
