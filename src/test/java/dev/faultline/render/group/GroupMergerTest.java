package dev.faultline.render.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.faultline.generator.TopologyGenerator;
import dev.faultline.layout.Box;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/** The second level of the semantic zoom on the CLI's generated files: ~270 small teams merged into readable blocks. */
class GroupMergerTest {
    private static final Topology GENERATED = TopologyGenerator.generate(2000, 7);

    /** Nodes on a grid 3:2 wide, as a layered drawing of a large graph roughly is. */
    private static Map<String, Box> gridBoxes(Topology t) {
        Map<String, Box> out = new HashMap<>();
        int cols = (int) Math.ceil(Math.sqrt(t.nodes().size() * 1.5));
        int i = 0;
        for (Node n : t.nodes()) {
            out.put(n.id(), new Box((i % cols) * 200.0, (i / cols) * 200.0, 160, 60));
            i++;
        }
        return out;
    }

    @Test
    void aTeamsDomainIsItsNameWithoutTheNumberElseItsFirstWord() {
        assertEquals("inventory", GroupMerger.domain("inventory-12"));
        assertEquals("payments", GroupMerger.domain("payments-core"));
        assertEquals("sre", GroupMerger.domain("sre"));
        assertEquals("team_7", GroupMerger.domain("team_7_3"));
    }

    @Test
    void manySmallTeamsAreMergedByDomainIntoFewerGroupsThatKeepEveryNodeOnce() {
        Grouping teams = Grouping.of(GENERATED, GroupBy.TEAM);
        Map<String, Box> boxes = gridBoxes(GENERATED);
        assertTrue(teams.groups().size() > GroupMerger.maxGroups(Box.enclosing(boxes.values()), GroupMerger.READABLE_PX),
                "the generated file has too many teams to read at fit: " + teams.groups().size());
        GroupMerger.Merged merged = GroupMerger.merge(teams, boxes);
        assertNotNull(merged);
        Grouping top = merged.grouping();
        assertTrue(top.groups().size() <= GroupMerger.maxGroups(Box.enclosing(boxes.values()), GroupMerger.MERGED_PX),
                "merged groups: " + top.groups().size());
        assertTrue(top.groups().size() >= 2);
        // Every node in exactly one merged group, the one its team's domain names.
        Set<String> seen = new HashSet<>();
        top.groups().forEach(g -> g.members().forEach(m -> assertTrue(seen.add(m), m + " twice")));
        assertEquals(GENERATED.nodes().size(), seen.size());
        for (Node n : GENERATED.nodes()) {
            if (n.team() == null) continue;
            // A domain of one team keeps the team's name.
            String label = top.group(top.groupOf(n.id())).orElseThrow().label();
            assertTrue(label.equals(GroupMerger.domain(n.team())) || label.equals(n.team()), n.id() + ": " + label);
        }
        // Each team is a child of the merged group holding its members.
        merged.children().forEach((parent, kids) -> kids.forEach(kid -> teams.group(kid).orElseThrow().members()
                .forEach(m -> assertEquals(parent, top.groupOf(m)))));
    }

    @Test
    void groupsThatAreReadableAtFitAreNotMerged() {
        Topology small = TopologyGenerator.generate(150, 7);
        assertNull(GroupMerger.merge(Grouping.of(small, GroupBy.TEAM), gridBoxes(small)));
    }

    @Test
    void groupsWithoutADomainAreMergedByWhereTheyAreDrawn() {
        Grouping zones = Grouping.of(GENERATED, GroupBy.ZONE);
        // 2,000 one-node groups: no names to merge by, so by area.
        List<NodeGroup> single = GENERATED.nodes().stream().map(n -> new NodeGroup("n:" + n.id(), n.id(), List.of(n.id())))
                .toList();
        Grouping each = Grouping.of(GroupBy.CLUSTER, single);
        Map<String, Box> boxes = gridBoxes(GENERATED);
        GroupMerger.Merged merged = GroupMerger.merge(each, boxes);
        assertNotNull(merged);
        int target = GroupMerger.maxGroups(Box.enclosing(boxes.values()), GroupMerger.MERGED_PX);
        assertTrue(merged.grouping().groups().size() <= target && merged.grouping().groups().size() >= 2,
                "merged: " + merged.grouping().groups().size() + ", target " + target);
        // Named after a member: "svc +12".
        assertTrue(merged.grouping().groups().get(0).label().contains(" +"), merged.grouping().groups().get(0).label());
        assertTrue(zones.groups().size() < 40, "zone groups of the generated file are few: not merged");
        assertNull(GroupMerger.merge(zones, boxes));
    }
}
