package dev.faultline.render.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.faultline.layout.Box;
import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.Scenario;
import dev.faultline.simulation.SimulationResult;

class GroupingTest {
    /** web (team a) -> api (a) -> db (b); api -> cache (b) soft; api -> queue (c) async; db -> disk (b). */
    private static Topology shop() {
        List<Node> nodes = List.of(node("web", "a", "z1"), node("api", "a", "z1", "z2"), node("db", "b", "z1"),
                node("cache", "b", "z2"), node("queue", "c", "z2"), node("disk", "b", "z1"));
        List<Dependency> deps = List.of(Dependency.sync("web", "api"), Dependency.sync("api", "db"),
                Dependency.sync("api", "cache").soft(), Dependency.async("api", "queue"),
                Dependency.sync("db", "disk"));
        return Topologies.of(nodes, deps);
    }

    private static Node node(String id, String team, String... zones) {
        return Node.builder(id).kind(Kind.SERVICE).team(team).replicas(Math.max(1, zones.length)).zones(zones)
                .entrypoint(id.equals("web")).build();
    }

    @Test
    void groupsByTeamWhenTeamsExist() {
        Topology t = shop();
        assertEquals(GroupBy.TEAM, GroupBy.defaultFor(t));
        Grouping g = Grouping.of(t, GroupBy.TEAM);
        assertEquals(List.of("a", "b", "c"), g.groups().stream().map(NodeGroup::label).toList());
        assertEquals(List.of("db", "cache", "disk"), g.group("team:b").orElseThrow().members());
        assertEquals("team:a", g.groupOf("api"));
    }

    @Test
    void zoneGroupsFollowTheSetOfZonesANodeLivesIn() {
        Grouping g = Grouping.of(shop(), GroupBy.ZONE);
        assertEquals(List.of("z1", "z1 + z2", "z2"), g.groups().stream().map(NodeGroup::label).toList());
        assertEquals("zone:z1 + z2", g.groupOf("api"));
    }

    @Test
    void withoutTeamsOrZonesTheGraphIsClusteredAndEveryNodeHasOneGroup() {
        Topology t = dev.faultline.app.GeneratedTopologies.layered(600, 3);
        Topology bare = Topology.of("bare", t.nodes().stream().map(n -> Node.of(n.id(), n.kind(), 1)).toList(),
                t.dependencies());
        assertEquals(GroupBy.CLUSTER, GroupBy.defaultFor(bare));
        Grouping g = Grouping.of(bare, GroupBy.CLUSTER);
        Set<String> seen = new HashSet<>();
        for (NodeGroup group : g.groups()) {
            assertTrue(group.members().size() <= Clusters.MAX, group.label() + " has " + group.members().size());
            for (String m : group.members()) assertTrue(seen.add(m), m + " is in two groups");
        }
        assertEquals(600, seen.size());
        // Not one giant cluster and not 600 single nodes: groups a reader can take in.
        assertTrue(g.groups().size() >= 600 / Clusters.MAX && g.groups().size() <= 600 / 2, "" + g.groups().size());
    }

    @Test
    void oneBundledEdgePerGroupPairWithItsCountAndWorstKind() {
        Topology t = Topologies.of(List.of(node("a1", "a"), node("a2", "a"), node("b1", "b"), node("c1", "c")),
                List.of(Dependency.async("a1", "b1"), Dependency.sync("a2", "b1"), Dependency.sync("a1", "c1").soft(),
                        Dependency.async("a2", "c1"), Dependency.sync("a1", "a2")));
        List<BundledEdge> edges = EdgeBundler.bundle(t, Grouping.of(t, GroupBy.TEAM));
        assertEquals(List.of(new BundledEdge("team:a", "team:b", 2, Strength.HARD),
                new BundledEdge("team:a", "team:c", 2, Strength.SOFT)), edges);
    }

    @Test
    void summariesCountSpofsAndTheScenariosDownAndDegradedNodes() {
        Topology t = shop();
        Grouping g = Grouping.of(t, GroupBy.TEAM);
        SimulationResult sim = new FailureEngine(t).simulate(Scenario.of(FailureEvent.node("db")));
        Map<String, GroupSummary> s = GroupSummary.of(g, id -> id.equals("db") || id.equals("disk"), sim);
        GroupSummary b = s.get("team:b");
        assertEquals(new GroupSummary("team:b", 3, 2, 1, 0, 1), b);
        assertEquals(sim.nodesIn(dev.faultline.simulation.State.DOWN).size(),
                s.values().stream().mapToInt(GroupSummary::down).sum(), "every DOWN node is counted once");
        assertTrue(b.hit());
        assertFalse(GroupSummary.of(g, id -> false, null).get("team:b").hit(), "no scenario, nothing hit");
    }

    @Test
    void blocksDoNotOverlapAndSitNearTheirMembers() {
        Topology t = shop();
        Grouping g = Grouping.of(t, GroupBy.TEAM);
        Map<String, Box> nodes = Map.of("web", new Box(0, 0, 100, 40), "api", new Box(0, 200, 100, 40),
                "db", new Box(900, 600, 100, 40), "cache", new Box(900, 800, 100, 40),
                "queue", new Box(0, 900, 100, 40), "disk", new Box(800, 900, 100, 40));
        Map<String, Box> blocks = GroupPlacer.place(g, nodes);
        assertEquals(3, blocks.size());
        List<Box> all = List.copyOf(blocks.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Box a = all.get(i), b = all.get(j);
                boolean apart = a.maxX() <= b.x() || b.maxX() <= a.x() || a.maxY() <= b.y() || b.maxY() <= a.y();
                assertTrue(apart, a + " overlaps " + b);
            }
        }
        assertTrue(blocks.get("team:a").centerY() < blocks.get("team:b").centerY(), "a's members are higher up");
        assertTrue(blocks.get("team:a").centerX() < blocks.get("team:b").centerX(), "b's members are to the right");
    }
}
