package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import dev.faultline.model.Node;

/**
 * {@link Redundancy} counting a few zones without maps (issue #18) finds the same weakest zone and deficit as its
 * previous code, {@link PreviousRedundancy}: on random nodes with zones listed in any order, repeated, more zones than
 * replicas, and more than the few it counts directly.
 */
class RedundancyEquivalenceTest {
    private static final List<String> ZONES = List.of("eu-1", "eu-2", "us-1", "a", "b", "zz", "eu-10");

    @Property(tries = 3000)
    void randomNodesHaveTheSameWeakestZone(@ForAll long seed) {
        Node n = randomNode(new Random(seed));
        assertEquals(PreviousRedundancy.weakestZone(n), Redundancy.weakestZone(n), n::toString);
        assertEquals(PreviousRedundancy.deficit(n), Redundancy.deficit(n), n::toString);
    }

    @Test
    void bothWaysFindZonesOnManyNodes() {
        Random rnd = new Random(18);
        int found = 0;
        int many = 0;
        for (int i = 0; i < 20_000; i++) {
            Node n = randomNode(rnd);
            assertEquals(PreviousRedundancy.weakestZone(n), Redundancy.weakestZone(n), n::toString);
            if (Redundancy.weakestZone(n).isPresent()) found++;
            if (n.zones().size() > 8) many++;
        }
        assertTrue(found > 2_000, "nodes with a weakest zone: " + found);
        assertTrue(many > 1_000, "nodes over more than 8 zone positions: " + many);
    }

    private static Node randomNode(Random rnd) {
        int replicas = 1 + rnd.nextInt(12);
        int minHealthy = 1 + rnd.nextInt(replicas);
        List<String> zones = new ArrayList<>();
        for (int k = rnd.nextInt(12); k > 0; k--) zones.add(ZONES.get(rnd.nextInt(ZONES.size())));
        return Node.builder("n").replicas(replicas).minHealthy(minHealthy).zones(zones).build();
    }
}
