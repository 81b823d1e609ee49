package dev.faultline.render.group;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/** Small topologies whose teams and zones are declared from what the nodes name. */
final class Topologies {
    private Topologies() {
    }

    static Topology of(List<Node> nodes, List<Dependency> deps) {
        Set<String> teams = new LinkedHashSet<>();
        Set<String> zones = new LinkedHashSet<>();
        for (Node n : nodes) {
            if (n.team() != null) teams.add(n.team());
            zones.addAll(n.zones());
        }
        return new Topology("t", null, teams.stream().map(id -> new Team(id, id, List.of(), null)).toList(),
                zones.stream().map(id -> new Zone(id, "r", null, null, null)).toList(), nodes, deps, List.of());
    }
}
