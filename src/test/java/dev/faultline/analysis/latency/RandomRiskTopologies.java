package dev.faultline.analysis.latency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.faultline.model.CallOrder;
import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/**
 * Random topologies with the risk model's latency and capacity keys, each present or missing at random: cycles,
 * fallbacks, async and soft edges, sequential callers, declared flows with via nodes or implicit ones. Numbers are
 * whole (or halves), so sums are exact and ties are real ties for every summation order.
 */
public final class RandomRiskTopologies {
    private static final double[] CALLS = {1, 2, 3, 0.5};

    private RandomRiskTopologies() {
    }

    public static Topology generate(Random rnd, int size) {
        List<Zone> zones = List.of(new Zone("za", "r1"), new Zone("zb", "r1"), new Zone("zc", "r2"));
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int replicas = 1 + rnd.nextInt(4);
            List<String> nz = new ArrayList<>();
            for (Zone z : zones) if (rnd.nextInt(3) == 0) nz.add(z.id());
            nodes.add(Node.builder("n" + i).replicas(replicas).minHealthy(1 + rnd.nextInt(replicas)).zones(nz)
                    .entrypoint(rnd.nextInt(4) == 0)
                    .latencyMs(rnd.nextInt(4) == 0 ? null : rnd.nextInt(200))
                    .p99Ms(rnd.nextInt(3) == 0 ? null : rnd.nextInt(900))
                    .callOrder(rnd.nextBoolean() ? CallOrder.SEQUENTIAL : CallOrder.PARALLEL)
                    .capacityRps(rnd.nextInt(3) == 0 ? null : 10 + rnd.nextInt(400))
                    .rps(rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(300) : null)
                    .latencyBudgetMs(rnd.nextInt(3) == 0 ? 100 + rnd.nextInt(1000) : null).build());
        }
        List<Dependency> deps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int edges = rnd.nextInt(size * 2 + 1);
        for (int k = 0; k < edges && size > 1; k++) {
            int a = rnd.nextInt(size);
            int b = rnd.nextInt(size);
            // Mostly downward edges; some upward ones make cycles.
            if (rnd.nextInt(6) != 0 && b < a) { int x = a; a = b; b = x; }
            if (a == b || !seen.add(a + ">" + b)) continue;
            List<String> fallback = new ArrayList<>();
            if (rnd.nextInt(4) == 0) {
                int f = rnd.nextInt(size);
                if (f != b) fallback.add("n" + f);
            }
            deps.add(Dependency.builder("n" + a, "n" + b)
                    .mode(rnd.nextInt(4) == 0 ? Mode.ASYNC : Mode.SYNC)
                    .required(rnd.nextInt(4) != 0)
                    .fallback(fallback)
                    .timeoutMs(rnd.nextInt(3) == 0 ? null : 20 + rnd.nextInt(500))
                    .retries(rnd.nextInt(3) == 0 ? null : rnd.nextInt(4))
                    .calls(rnd.nextInt(3) == 0 ? null : CALLS[rnd.nextInt(CALLS.length)])
                    .build());
        }
        List<Flow> flows = new ArrayList<>();
        if (rnd.nextBoolean()) {
            int count = 1 + rnd.nextInt(3);
            for (int f = 0; f < count; f++) {
                String entry = "n" + rnd.nextInt(size);
                List<String> via = new ArrayList<>();
                int vias = rnd.nextInt(3);
                for (int v = 0; v < vias; v++) {
                    String id = "n" + rnd.nextInt(size);
                    if (!id.equals(entry) && !via.contains(id)) via.add(id);
                }
                flows.add(new Flow("f" + f, null, entry, via, null,
                        rnd.nextInt(3) == 0 ? null : (double) (100 + rnd.nextInt(1000)),
                        rnd.nextInt(3) == 0 ? null : (double) (1 + rnd.nextInt(300)), false, SourcePosition.UNKNOWN));
            }
        }
        return new Topology("random", null, List.of(), zones, nodes, deps, flows);
    }
}
