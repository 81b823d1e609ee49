package dev.faultline.render.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.generator.TopologyGenerator;
import dev.faultline.layout.Box;
import dev.faultline.layout.ElkLayeredLayout;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;

/**
 * Opened blocks show their contents inside themselves, on the CLI's 2,000-node file laid out as the app lays it out
 * (its teams spread over the whole drawing): every team block inside its domain's block and over no other domain,
 * an opened team's nodes inside its block and over no other team, none of them over the block's name.
 */
class InsideBlocksTest {
    private static final Topology GENERATED = TopologyGenerator.generate(2000, 7);
    private static final Map<String, Box> LAID_OUT = new ElkLayeredLayout()
            .layout(GENERATED, Map.of(), ProgressListener.NONE, CancellationToken.NONE).nodes();

    private static boolean inside(Box in, Box out) {
        return in.x() >= out.x() - 1e-6 && in.y() >= out.y() - 1e-6 && in.maxX() <= out.maxX() + 1e-6
                && in.maxY() <= out.maxY() + 1e-6;
    }

    private static boolean overlap(Box a, Box b) {
        return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
    }

    @Test
    void everyTeamLiesInsideItsDomainsBlockBelowItsNameAndOverNoOtherBlock() {
        GroupLevels levels = GroupLevels.of(GENERATED, Grouping.of(GENERATED, GroupBy.TEAM), id -> false, null,
                LAID_OUT);
        assertNotNull(levels.merged(), "2,000 nodes: teams merged by domain");
        Map<String, Box> domains = levels.merged().blocks();
        Map<String, Box> teams = levels.groups().blocks();
        assertEquals(levels.groups().grouping().groups().size(), teams.size(), "every team has a block");
        for (NodeGroup team : levels.groups().grouping().groups()) {
            Box t = teams.get(team.id());
            String domain = levels.merged().grouping().groupOf(team.members().get(0));
            assertTrue(inside(t, InsideBlocks.inner(domains.get(domain))), team.id() + " below its domain's name");
            domains.forEach((id, d) -> assertTrue(id.equals(domain) || !overlap(t, d), team.id() + " over " + id));
        }
        List<Box> all = new ArrayList<>(teams.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) assertFalse(overlap(all.get(i), all.get(j)), "teams overlap");
        }
    }

    @Test
    void anOpenedTeamsNodesLieInsideItsBlockInReadingOrderScaledAlike() {
        GroupLevels levels = GroupLevels.of(GENERATED, Grouping.of(GENERATED, GroupBy.TEAM), id -> false, null,
                LAID_OUT);
        NodeGroup biggest = levels.groups().grouping().groups().stream()
                .max(java.util.Comparator.comparingInt(g -> g.members().size())).orElseThrow();
        Box block = levels.groups().blocks().get(biggest.id());
        Map<String, Box> drawn = InsideBlocks.members(block, biggest.members(), LAID_OUT);
        assertEquals(biggest.members().size(), drawn.size());
        Map<Double, Integer> scales = new HashMap<>();
        for (String id : biggest.members()) {
            Box b = drawn.get(id);
            assertTrue(inside(b, InsideBlocks.inner(block)), id + " inside its team's block, below its name");
            scales.merge(Math.round(b.width() / LAID_OUT.get(id).width() * 1e6) / 1e6, 1, Integer::sum);
            levels.groups().blocks().forEach((g, other) -> assertTrue(g.equals(biggest.id()) || !overlap(b, other),
                    id + " over " + g));
            drawn.forEach((o, ob) -> assertTrue(o.equals(id) || !overlap(b, ob), id + " over " + o));
        }
        assertEquals(1, scales.size(), "one scale for all: " + scales);
        // Reading order: a node above another in the layout is not drawn below it.
        for (String a : biggest.members()) {
            for (String b : biggest.members()) {
                if (LAID_OUT.get(a).y() < LAID_OUT.get(b).y()) {
                    assertTrue(drawn.get(a).y() <= drawn.get(b).y() + 1e-6, a + " above " + b);
                }
            }
        }
    }
}
