package dev.faultline.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/** A tiny builder for topologies in tests: readable, and close to how the YAML reads. */
public final class TopologyFixtures {
    private final List<Node> nodes = new ArrayList<>();
    private final List<Dependency> deps = new ArrayList<>();
    private final List<Team> teams = new ArrayList<>();
    private final List<Zone> zones = new ArrayList<>();
    private final List<Flow> flows = new ArrayList<>();

    public static TopologyFixtures topology() {
        return new TopologyFixtures();
    }

    public TopologyFixtures node(String id) {
        return node(id, Kind.SERVICE, 1, 1, List.of(), null, false);
    }

    public TopologyFixtures entry(String id) {
        return node(id, Kind.SERVICE, 1, 1, List.of(), null, true);
    }

    public TopologyFixtures node(String id, int replicas, int minHealthy, String... zoneIds) {
        return node(id, Kind.SERVICE, replicas, minHealthy, List.of(zoneIds), null, false);
    }

    public TopologyFixtures node(String id, Kind kind, int replicas, int minHealthy, List<String> zoneIds, String team,
                                 boolean entrypoint) {
        nodes.add(Node.builder(id).kind(kind).team(team).replicas(replicas).minHealthy(minHealthy).zones(zoneIds)
                .entrypoint(entrypoint).build());
        return this;
    }

    public TopologyFixtures owned(String id, String team) {
        int i = indexOf(id);
        nodes.set(i, nodes.get(i).withTeam(team));
        return this;
    }

    private int indexOf(String id) {
        for (int i = 0; i < nodes.size(); i++) if (nodes.get(i).id().equals(id)) return i;
        throw new IllegalArgumentException(id);
    }

    public TopologyFixtures sync(String from, String to, String... fallback) {
        deps.add(Dependency.sync(from, to).withFallback(fallback));
        return this;
    }

    public TopologyFixtures async(String from, String to) {
        deps.add(Dependency.async(from, to));
        return this;
    }

    public TopologyFixtures soft(String from, String to) {
        deps.add(Dependency.sync(from, to).soft());
        return this;
    }

    public TopologyFixtures dep(String from, String to, Mode mode, boolean required, String... fallback) {
        deps.add(Dependency.builder(from, to).mode(mode).required(required).fallback(List.of(fallback)).build());
        return this;
    }

    public TopologyFixtures team(String id, String... members) {
        teams.add(new Team(id, List.of(members)));
        return this;
    }

    /** A team whose members the file does not declare (unknown bus factor). */
    public TopologyFixtures teamWithUnknownMembers(String id) {
        teams.add(new Team(id, null));
        return this;
    }

    public TopologyFixtures zone(String id, String region) {
        zones.add(new Zone(id, region));
        return this;
    }

    public TopologyFixtures flow(String id, String entry, String... via) {
        flows.add(new Flow(id, id, entry, List.of(via), null, null, null, false, SourcePosition.UNKNOWN));
        return this;
    }

    public Topology build() {
        return new Topology("test", null, teams, zones, nodes, deps, flows);
    }
}
