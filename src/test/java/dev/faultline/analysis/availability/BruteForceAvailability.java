package dev.faultline.analysis.availability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.Scenario;
import dev.faultline.simulation.State;

/**
 * The definition of risk-model.md §1 read literally: enumerate every up/down state of every zone and every instance,
 * decide which nodes are self-down, run the failure engine on those {@code node} events, and add up the probability
 * of the states where the flow is not DOWN. Exponential; for tiny topologies only.
 */
final class BruteForceAvailability {
    private BruteForceAvailability() {
    }

    /** Per flow id: {A(F), then IP(X) per node index}. */
    static Map<String, double[]> compute(Topology t) {
        List<Zone> zones = t.zones();
        List<Node> nodes = t.nodes();
        int instances = nodes.stream().mapToInt(Node::replicas).sum();
        int vars = zones.size() + instances;
        FailureEngine engine = new FailureEngine(t);
        Map<Long, boolean[]> flowsDownBySet = new HashMap<>();
        int flowCount = t.flows().size();
        Map<String, double[]> out = new HashMap<>();
        double[][] acc = new double[flowCount][1 + nodes.size()];
        for (long state = 0; state < (1L << vars); state++) {
            double p = 1;
            Map<String, Boolean> zoneUp = new HashMap<>();
            for (int z = 0; z < zones.size(); z++) {
                boolean up = (state & (1L << z)) == 0;
                zoneUp.put(zones.get(z).id(), up);
                double a = zones.get(z).effectiveAvailability();
                p *= up ? a : 1 - a;
            }
            long selfDown = 0;
            int bit = zones.size();
            for (int v = 0; v < nodes.size(); v++) {
                Node n = nodes.get(v);
                int counting = 0;
                for (int i = 0; i < n.replicas(); i++, bit++) {
                    boolean up = (state & (1L << bit)) == 0;
                    double a = n.effectiveAvailability();
                    p *= up ? a : 1 - a;
                    boolean zoneOk = n.zones().isEmpty() || zoneUp.getOrDefault(n.zones().get(i % n.zones().size()), true);
                    if (up && zoneOk) counting++;
                }
                if (counting < n.minHealthy()) selfDown |= 1L << v;
            }
            if (p == 0) continue;
            boolean[] down = flowsDown(engine, t, selfDown, flowsDownBySet);
            for (int f = 0; f < flowCount; f++) {
                if (!down[f]) acc[f][0] += p;
                for (int v = 0; v < nodes.size(); v++) {
                    if ((selfDown & (1L << v)) == 0) {
                        if (!down[f]) acc[f][1 + v] += p;
                    } else if (!flowsDown(engine, t, selfDown & ~(1L << v), flowsDownBySet)[f]) {
                        acc[f][1 + v] += p;
                    }
                }
            }
        }
        for (int f = 0; f < flowCount; f++) {
            double[] r = acc[f].clone();
            for (int v = 0; v < nodes.size(); v++) r[1 + v] = acc[f][1 + v] - acc[f][0];
            out.put(t.flows().get(f).id(), r);
        }
        return out;
    }

    private static boolean[] flowsDown(FailureEngine engine, Topology t, long set, Map<Long, boolean[]> memo) {
        return memo.computeIfAbsent(set, s -> {
            List<FailureEvent> events = new ArrayList<>();
            for (int v = 0; v < t.nodes().size(); v++) if ((s & (1L << v)) != 0) events.add(FailureEvent.node(t.nodes().get(v).id()));
            Map<String, State> flows = engine.simulate(new Scenario(events)).flows();
            boolean[] down = new boolean[t.flows().size()];
            for (int f = 0; f < down.length; f++) down[f] = flows.get(t.flows().get(f).id()) == State.DOWN;
            return down;
        });
    }
}
