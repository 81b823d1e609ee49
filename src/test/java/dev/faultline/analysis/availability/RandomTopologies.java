package dev.faultline.analysis.availability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/** Small random topologies for the risk model's property tests: cycles, fallbacks, quorums, zones, soft/async edges. */
public final class RandomTopologies {
    private RandomTopologies() {
    }

    /** At most {@code maxBinaryVariables} zones + instances in all, so that brute force can enumerate them. */
    public static Topology tiny(Random rnd, int size, int maxBinaryVariables) {
        List<Zone> zones = new ArrayList<>();
        String[] zoneIds = {"za", "zb", "zc"};
        int zoneCount = rnd.nextInt(4);
        for (int z = 0; z < zoneCount; z++) {
            zones.add(new Zone(zoneIds[z], z < 2 ? "r1" : "r2").withAvailability(probability(rnd)));
        }
        int budget = maxBinaryVariables - zoneCount;
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int left = budget - (size - i - 1);
            int replicas = Math.max(1, Math.min(left, 1 + rnd.nextInt(3)));
            budget -= replicas;
            int min = 1 + rnd.nextInt(replicas);
            List<String> nz = new ArrayList<>();
            int zc = zoneCount == 0 ? 0 : rnd.nextInt(3);
            for (int z = 0; z < zc; z++) nz.add(zoneIds[rnd.nextInt(zoneCount)]);
            nodes.add(Node.builder("n" + i).team(rnd.nextBoolean() ? "t1" : "t2").replicas(replicas).minHealthy(min)
                    .zones(nz).availability(probability(rnd)).entrypoint(rnd.nextInt(3) == 0).build());
        }
        List<Dependency> deps = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int edges = rnd.nextInt(size * 2 + 1);
        for (int e = 0; e < edges && size > 1; e++) {
            int from = rnd.nextInt(size);
            int to = rnd.nextInt(size);
            if (from == to || !seen.add(from + ">" + to)) continue;
            List<String> fb = new ArrayList<>();
            if (rnd.nextInt(3) == 0) fb.add("n" + rnd.nextInt(size));
            if (rnd.nextInt(8) == 0) fb.add("n" + rnd.nextInt(size));
            deps.add(Dependency.builder("n" + from, "n" + to).mode(rnd.nextInt(5) == 0 ? Mode.ASYNC : Mode.SYNC)
                    .required(rnd.nextInt(6) != 0).fallback(fb).build());
        }
        List<Flow> flows = new ArrayList<>();
        int flowCount = rnd.nextInt(3);
        for (int f = 0; f < flowCount; f++) {
            String entry = "n" + rnd.nextInt(size);
            Flow flow = rnd.nextBoolean() || size == 1 ? Flow.of("f" + f, entry) : Flow.of("f" + f, entry, "n" + rnd.nextInt(size));
            flows.add(flow.withObjectives(rnd.nextBoolean() ? 0.9 : null, null, null));
        }
        List<Team> teams = List.of(new Team("t1", List.of("a")), new Team("t2", List.of("b")));
        return new Topology("random", null, teams, zones, nodes, deps, flows);
    }

    private static double probability(Random rnd) {
        return switch (rnd.nextInt(6)) {
            case 0 -> 1.0;
            case 1 -> 0.0;
            default -> 0.3 + 0.7 * rnd.nextDouble();
        };
    }
}
