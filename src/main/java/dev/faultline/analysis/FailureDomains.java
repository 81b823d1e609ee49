package dev.faultline.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.faultline.model.Topology;
import dev.faultline.model.Zone;
import dev.faultline.simulation.FailureEngine;

/**
 * Failure-domain SPOFs: zones, then regions, whose loss alone takes at least one flow DOWN, each list sorted by id.
 */
public final class FailureDomains {
    private FailureDomains() {
    }

    public static List<DomainSpof> find(FailureEngine engine) {
        Topology t = engine.topology();
        FailureEngine.Sweeper sweeper = engine.sweeper();
        List<DomainSpof> out = new ArrayList<>();
        for (String zone : Topology.sorted(t.zones().stream().map(Zone::id).toList())) {
            List<String> down = sweeper.flowsDownWhenLosing(instancesLost(engine, Set.of(zone)));
            if (!down.isEmpty()) out.add(DomainSpof.zone(zone, down));
        }
        for (String region : t.regions()) {
            List<String> down = sweeper.flowsDownWhenLosing(instancesLost(engine, Set.copyOf(t.zonesOfRegion(region))));
            if (!down.isEmpty()) out.add(DomainSpof.region(region, down));
        }
        return out;
    }

    /**
     * Per node index, how many instances the failed zones hold (round-robin placement). Read from the placement the
     * engine computed once, so the cost is the number of (node, zone) pairs in the file, not zones x nodes x replicas.
     */
    static Map<Integer, Integer> instancesLost(FailureEngine engine, Set<String> zones) {
        Map<Integer, Integer> lost = new HashMap<>();
        for (String z : zones) {
            int[][] placed = engine.compiled().instancesInZone(z);
            for (int k = 0; k < placed[0].length; k++) lost.merge(placed[0][k], placed[1][k], Integer::sum);
        }
        return lost;
    }
}
