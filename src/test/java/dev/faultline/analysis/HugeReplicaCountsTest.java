package dev.faultline.analysis;

import static dev.faultline.simulation.TopologyFixtures.topology;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Test;

import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.simulation.TopologyFixtures;

/**
 * Issue #10 item 6: the cost of an analysis follows the size of the file, not the numbers in it. Placement is counted
 * arithmetically; a brute-force count checks the formula, duplicate zone ids included.
 */
class HugeReplicaCountsTest {
    @Property(tries = 300)
    void arithmeticPlacementMatchesInstanceByInstancePlacement(@ForAll @IntRange(min = 1, max = 40) int replicas,
            @ForAll @Size(min = 1, max = 7) List<@IntRange(min = 0, max = 3) Integer> zoneNumbers) {
        List<String> zones = zoneNumbers.stream().map(z -> "z" + z).toList();
        Node n = Node.of("n", Kind.SERVICE, 1).withPlacement(replicas, 1, zones);
        Map<String, Integer> bruteForce = new HashMap<>();
        for (int i = 0; i < replicas; i++) bruteForce.merge(zones.get(i % zones.size()), 1, Integer::sum);
        assertEquals(bruteForce, n.instancesByZone());
        for (String z : List.of("z0", "z1", "z2", "z3")) {
            assertEquals(bruteForce.getOrDefault(z, 0), n.instancesIn(z), z + " of " + zones + " x" + replicas);
        }
    }

    @Test
    void twoBillionReplicasOverManyZonesAnalyseLikeTwo() {
        TopologyFixtures f = topology().entry("web");
        List<String> zones = new ArrayList<>();
        for (int z = 0; z < 40; z++) {
            zones.add("z" + z);
            f.zone("z" + z, "r" + (z % 2));
        }
        // Listed twice: z0 holds the instances of two positions.
        List<String> placement = new ArrayList<>(zones);
        placement.add("z0");
        for (int i = 0; i < 30; i++) {
            f.node("svc" + i, Kind.SERVICE, 2_000_000_000, 1_930_000_000, placement,
                    null, false);
            f.sync("web", "svc" + i);
        }
        AnalysisReport r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> new Analyzer().analyze(f.build()),
                "replicas were counted one by one");
        // 2e9 over 41 positions: about 48.8 million each, z0 twice that; losing z0 leaves fewer than 1.93e9, any other zone does not.
        assertEquals("single-zone:z0", r.spof("svc0").orElseThrow().cause().id());
        assertEquals(List.of("zone:z0", "region:r0", "region:r1"), r.domainSpofs().stream()
                .map(d -> d.zone() != null ? "zone:" + d.zone() : "region:" + d.region()).toList());
    }
}
