package dev.faultline.simulation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * A deliberately naive implementation of the contract's failure rules: repeat every rule over every node until
 * nothing changes. Slow and obviously right; the fast engine must agree with it on every input.
 */
final class ReferenceEngine {
    private ReferenceEngine() {
    }

    static Map<String, State> nodes(Topology t, Scenario s) {
        Map<String, Integer> lost = new HashMap<>();
        Set<String> forced = new HashSet<>();
        Set<String> zones = new HashSet<>();
        for (FailureEvent e : s.events()) {
            switch (e.type()) {
                case NODE -> forced.add(e.target());
                case TEAM -> t.nodesOwnedBy(e.target()).forEach(n -> forced.add(n.id()));
                case ZONE -> zones.add(e.target());
                case REGION -> zones.addAll(t.zonesOfRegion(e.target()));
                case INSTANCE -> { }
            }
        }
        for (Node n : t.nodes()) {
            int l = 0;
            for (int i = 0; i < n.replicas(); i++) {
                if (n.zoneOfInstance(i).map(zones::contains).orElse(false)) l++;
            }
            for (FailureEvent e : s.events()) {
                if (e.type() == FailureEvent.Type.INSTANCE && e.target().equals(n.id())) l++;
            }
            lost.put(n.id(), Math.min(l, n.replicas()));
        }
        Set<String> down = new HashSet<>();
        for (Node n : t.nodes()) {
            if (forced.contains(n.id()) || n.replicas() - lost.get(n.id()) < n.minHealthy()) down.add(n.id());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Dependency d : t.dependencies()) {
                if (!down.contains(d.from()) && d.isHard() && down.containsAll(d.providers())) {
                    down.add(d.from());
                    changed = true;
                }
            }
        }
        Set<String> degraded = new HashSet<>();
        changed = true;
        while (changed) {
            changed = false;
            for (Node n : t.nodes()) {
                if (down.contains(n.id()) || degraded.contains(n.id())) continue;
                boolean deg = lost.get(n.id()) > 0;
                for (Dependency d : t.dependenciesOf(n.id())) {
                    String serving = d.providers().stream().filter(p -> !down.contains(p)).findFirst().orElse(null);
                    if (serving == null || !serving.equals(d.to()) || degraded.contains(serving)) deg = true;
                }
                if (deg) {
                    degraded.add(n.id());
                    changed = true;
                }
            }
        }
        Map<String, State> out = new LinkedHashMap<>();
        for (Node n : t.nodes()) {
            out.put(n.id(), down.contains(n.id()) ? State.DOWN : degraded.contains(n.id()) ? State.DEGRADED : State.UP);
        }
        return out;
    }

    static Map<String, State> flows(Topology t, Map<String, State> nodes) {
        Map<String, State> out = new LinkedHashMap<>();
        for (Flow f : t.flows()) {
            State s = State.UP;
            for (String m : f.members()) s = s.worst(nodes.get(m));
            out.put(f.id(), s);
        }
        return out;
    }
}
