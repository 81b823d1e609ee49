package dev.faultline.simulation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of one scenario: the state of every node and flow (in file order), which nodes the scenario failed
 * directly, how many instances each node lost, and a one-line reason for every node that is not UP.
 */
public record SimulationResult(
        Scenario scenario,
        Map<String, State> nodes,
        Map<String, State> flows,
        Set<String> failedDirectly,
        Map<String, Integer> lostInstances,
        Map<String, String> reasons) {

    public SimulationResult {
        nodes = java.util.Collections.unmodifiableMap(nodes);
        flows = java.util.Collections.unmodifiableMap(flows);
        failedDirectly = Set.copyOf(failedDirectly);
        lostInstances = Map.copyOf(lostInstances);
        reasons = Map.copyOf(reasons);
    }

    public State node(String id) {
        State s = nodes.get(id);
        if (s == null) throw new IllegalArgumentException("unknown node '" + id + "'");
        return s;
    }

    public State flow(String id) {
        State s = flows.get(id);
        if (s == null) throw new IllegalArgumentException("unknown flow '" + id + "'");
        return s;
    }

    public List<String> nodesIn(State state) {
        return nodes.entrySet().stream().filter(e -> e.getValue() == state).map(Map.Entry::getKey).toList();
    }

    public List<String> flowsIn(State state) {
        return flows.entrySet().stream().filter(e -> e.getValue() == state).map(Map.Entry::getKey).toList();
    }

    public String reason(String nodeId) {
        return reasons.getOrDefault(nodeId, "");
    }
}
