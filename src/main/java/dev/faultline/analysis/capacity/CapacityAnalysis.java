package dev.faultline.analysis.capacity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.faultline.analysis.NodeIdOrder;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.ScenarioProbe;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.State;

/**
 * Load, utilisation and the headroom rehearsal of risk-model.md section 4 (see docs/topology-format.md, "Capacity").
 * Load is steady-state demand: flow rps pushed down every dependency, multiplied by its calls.
 *
 * <p>Complexity: one load computation is O(N + E). The rehearsal runs one per zone (each after the DOWN fixpoint of
 * a {@link ScenarioProbe}: loads only need which nodes are DOWN and how many instances each lost), and for
 * {@code instance:X}: when X keeps {@code minHealthy} nothing goes DOWN, so loads are those with everything up and
 * only U(X) changes (O(1)); otherwise one probe run and one load computation. The {@link LoadModel} is built once.
 */
public final class CapacityAnalysis {
    private static Topology lastTopology;
    private static CapacityReport lastReport;

    private CapacityAnalysis() {
    }

    /** The report of a topology; the last one is kept (by identity) so rules and report share one rehearsal. */
    public static CapacityReport of(Topology topology) {
        synchronized (CapacityAnalysis.class) {
            if (topology == lastTopology) return lastReport;
        }
        return of(new FailureEngine(topology));
    }

    /** As {@link #of(Topology)}, reusing the engine's compiled topology (the analyzer already has one). */
    public static synchronized CapacityReport of(FailureEngine engine) {
        if (engine.topology() != lastTopology) {
            lastReport = compute(engine);
            lastTopology = engine.topology();
        }
        return lastReport;
    }

    /** Computes the report afresh. */
    public static CapacityReport compute(FailureEngine engine) {
        LoadModel m = new LoadModel(engine.compiled());
        if (!m.hasDemand) return CapacityReport.EMPTY;
        double[] load = m.loads(new boolean[m.n]);
        double[] u = new double[m.n];
        for (int v = 0; v < m.n; v++) u[v] = m.utilization(v, load[v], m.replicas[v]);
        // By node id: the topology's one order of its nodes by id (issue #18: the same list as sorting them here, a
        // stable sort by id of the nodes in index order, without a second sort of 50,000 ids).
        int[] byId = NodeIdOrder.of(m.topology).byId();
        List<NodeLoad> nodes = new ArrayList<>(m.n);
        for (int v : byId) nodes.add(nodeLoad(m, v, load[v], u[v]));
        return new CapacityReport(nodes, rehearse(engine, m, load, u, byId));
    }

    /** The load under one scenario; states stay as the failure engine says. */
    public static ScenarioLoad under(Topology topology, SimulationResult result) {
        LoadModel m = new LoadModel(topology);
        if (!m.hasDemand) return ScenarioLoad.EMPTY;
        boolean[] down = new boolean[m.n];
        int[] healthy = new int[m.n];
        for (int v = 0; v < m.n; v++) {
            String id = m.idOf(v);
            down[v] = result.node(id) == State.DOWN;
            healthy[v] = m.replicas[v] - result.lostInstances().getOrDefault(id, 0);
        }
        double[] load = m.loads(down);
        List<NodeLoad> nodes = new ArrayList<>();
        List<String> overloaded = new ArrayList<>();
        for (int v = 0; v < m.n; v++) {
            double u = down[v] ? Double.NaN : m.utilization(v, load[v], healthy[v]);
            nodes.add(nodeLoad(m, v, load[v], u));
            if (u > 1) overloaded.add(m.idOf(v));
        }
        nodes.sort(Comparator.comparing(NodeLoad::node));
        overloaded.sort(Comparator.naturalOrder());
        return new ScenarioLoad(nodes, overloaded);
    }

    private static NodeLoad nodeLoad(LoadModel m, int v, double load, double u) {
        return new NodeLoad(m.idOf(v), Double.isNaN(load) ? null : load, Double.isNaN(u) ? null : u);
    }

    /**
     * {@code instance:X} for every node with capacityRps and at least two replicas (by id), then {@code zone:Z} for
     * every zone (by id): the nodes not DOWN with U > 1 that have U ≤ 1 with everything up.
     */
    private static List<Overload> rehearse(FailureEngine engine, LoadModel m, double[] load, double[] baseU,
                                           int[] byId) {
        List<Overload> out = new ArrayList<>();
        // The candidates in node order sorted stably by id are the candidates in the nodes' id order.
        List<Node> all = m.topology.nodes();
        List<Node> candidates = new ArrayList<>();
        for (int v : byId) {
            Node x = all.get(v);
            if (x.capacityRps() != null && x.replicas() >= 2) candidates.add(x);
        }
        ScenarioProbe probe = new ScenarioProbe(engine.compiled());
        for (Node x : candidates) {
            String event = FailureEvent.instance(x.id()).toString();
            int v = m.indexOf(x.id());
            if (x.replicas() - 1 >= x.minHealthy()) {
                double u = m.utilization(v, load[v], x.replicas() - 1);
                if (u > 1 && baseU[v] <= 1) out.add(new Overload(event, x.id(), u));
            } else {
                probe.loseInstances(v, 1);
                out.addAll(overloads(probe, m, event, baseU));
            }
        }
        List<String> zones = new ArrayList<>(m.topology.zones().stream().map(Zone::id).toList());
        zones.sort(Comparator.naturalOrder());
        for (String z : zones) {
            probe.failZone(z);
            out.addAll(overloads(probe, m, FailureEvent.zone(z).toString(), baseU));
        }
        return out;
    }

    /**
     * Runs the probe's scenario and lists, by node id, the nodes it pushes over capacity: the same figures as
     * {@link #under} without building a simulation result and a load entry for every node.
     */
    private static List<Overload> overloads(ScenarioProbe probe, LoadModel m, String event, double[] baseU) {
        probe.run();
        boolean[] down = new boolean[m.n];
        for (int k = 0; k < probe.touchedNodeCount(); k++) {
            int v = probe.touchedNode(k);
            down[v] = probe.nodeDown(v);
        }
        double[] load = m.loads(down);
        List<Overload> out = new ArrayList<>();
        for (int v = 0; v < m.n; v++) {
            if (down[v] || !(baseU[v] <= 1)) continue;
            double u = m.utilization(v, load[v], m.replicas[v] - probe.lostInstances(v));
            if (u > 1) out.add(new Overload(event, m.idOf(v), u));
        }
        probe.reset();
        out.sort(Comparator.comparing(Overload::node));
        return out;
    }
}
