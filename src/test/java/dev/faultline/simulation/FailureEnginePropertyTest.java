package dev.faultline.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/**
 * Cross-checks the fast engine against {@link ReferenceEngine} on random topologies (cycles, fallbacks, quorums,
 * zones, teams, soft and async edges) and random scenarios; and checks that failing more never makes anything healthier.
 */
class FailureEnginePropertyTest {

    @Property(tries = 400)
    void fastEngineAgreesWithTheReference(@ForAll long seed, @ForAll @IntRange(min = 1, max = 14) int size) {
        Random rnd = new Random(seed);
        Topology t = randomTopology(rnd, size);
        Scenario s = randomScenario(rnd, t, 1 + rnd.nextInt(4));
        SimulationResult fast = new FailureEngine(t).simulate(s);
        Map<String, State> expected = ReferenceEngine.nodes(t, s);
        assertEquals(expected, fast.nodes(), () -> "scenario " + s.labels() + " on " + describe(t));
        assertEquals(ReferenceEngine.flows(t, expected), fast.flows());
    }

    @Property(tries = 300)
    void failingMoreNeverMakesAnythingHealthier(@ForAll long seed, @ForAll @IntRange(min = 1, max = 14) int size) {
        Random rnd = new Random(seed);
        Topology t = randomTopology(rnd, size);
        Scenario smaller = randomScenario(rnd, t, 1 + rnd.nextInt(3));
        Scenario larger = smaller;
        for (FailureEvent e : randomScenario(rnd, t, 1 + rnd.nextInt(3)).events()) larger = larger.plus(e);
        FailureEngine engine = new FailureEngine(t);
        SimulationResult a = engine.simulate(smaller);
        SimulationResult b = engine.simulate(larger);
        for (String id : a.nodes().keySet()) {
            assertTrue(b.node(id).ordinal() >= a.node(id).ordinal(), id + " got healthier");
        }
        for (String id : a.flows().keySet()) {
            assertTrue(b.flow(id).ordinal() >= a.flow(id).ordinal(), "flow " + id + " got healthier");
        }
    }

    @Property(tries = 200)
    void sweepAgreesWithSingleScenarios(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int size) {
        Random rnd = new Random(seed);
        Topology t = randomTopology(rnd, size);
        FailureEngine engine = new FailureEngine(t);
        FailureEngine.Sweeper sweeper = engine.sweeper();
        for (int v = 0; v < t.nodes().size(); v++) {
            String id = t.nodes().get(v).id();
            NodeLossOutcome o = sweeper.nodeLoss(v);
            SimulationResult r = engine.simulate(Scenario.of(FailureEvent.node(id)));
            assertEquals(r.nodesIn(State.DOWN).size(), o.nodesDown(), id);
            assertEquals(r.nodesIn(State.DEGRADED).size(), o.nodesDegraded(), id);
            assertEquals(r.flowsIn(State.DOWN).stream().sorted().toList(), o.flowsDown(), id);
            assertEquals(r.flowsIn(State.DEGRADED).stream().sorted().toList(), o.flowsDegraded(), id);
        }
    }

    @Property(tries = 200)
    void sharedSweepAgreesWithSingleScenarios(@ForAll long seed, @ForAll @IntRange(min = 1, max = 16) int size) {
        Random rnd = new Random(seed);
        Topology t = randomTopology(rnd, size);
        FailureEngine engine = new FailureEngine(t);
        AncestorSets shared = engine.shareSweepWork(Long.MAX_VALUE, dev.faultline.progress.CancellationToken.NONE)
                .orElseThrow();
        FailureEngine.Sweeper sweeper = engine.sweeper();
        for (int v = 0; v < t.nodes().size(); v++) {
            assertEquals(sweeper.nodeLoss(v), sweeper.nodeLoss(v, shared), t.nodes().get(v).id());
        }
    }

    static Topology randomTopology(Random rnd, int size) {
        List<Zone> zones = List.of(new Zone("za", "r1"), new Zone("zb", "r1"), new Zone("zc", "r2"));
        List<Team> teams = List.of(new Team("t1", List.of("a")), new Team("t2", List.of("b", "c")));
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int replicas = 1 + rnd.nextInt(4);
            int min = 1 + rnd.nextInt(replicas);
            List<String> nz = new ArrayList<>();
            int zc = rnd.nextInt(4);
            for (int z = 0; z < zc; z++) nz.add(zones.get(rnd.nextInt(3)).id());
            String team = rnd.nextInt(3) == 0 ? null : teams.get(rnd.nextInt(2)).id();
            nodes.add(Node.builder("n" + i).team(team).replicas(replicas).minHealthy(min).zones(nz)
                    .entrypoint(rnd.nextInt(4) == 0).build());
        }
        List<Dependency> deps = new ArrayList<>();
        int edges = rnd.nextInt(size * 2 + 1);
        for (int e = 0; e < edges && size > 1; e++) {
            int from = rnd.nextInt(size);
            int to = rnd.nextInt(size);
            if (from == to) continue;
            List<String> fb = new ArrayList<>();
            if (rnd.nextInt(4) == 0) fb.add("n" + rnd.nextInt(size));
            if (rnd.nextInt(8) == 0) fb.add("n" + rnd.nextInt(size));
            deps.add(Dependency.builder("n" + from, "n" + to).mode(rnd.nextInt(4) == 0 ? Mode.ASYNC : Mode.SYNC)
                    .required(rnd.nextInt(5) != 0).fallback(fb).build());
        }
        return new Topology("random", null, teams, zones, nodes, deps, List.of());
    }

    static Scenario randomScenario(Random rnd, Topology t, int count) {
        List<FailureEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String node = t.nodes().get(rnd.nextInt(t.nodes().size())).id();
            events.add(switch (rnd.nextInt(6)) {
                case 0, 1 -> FailureEvent.node(node);
                case 2 -> FailureEvent.instance(node);
                case 3 -> FailureEvent.zone(List.of("za", "zb", "zc").get(rnd.nextInt(3)));
                case 4 -> FailureEvent.region(rnd.nextBoolean() ? "r1" : "r2");
                default -> FailureEvent.team(rnd.nextBoolean() ? "t1" : "t2");
            });
        }
        return new Scenario(events);
    }

    private static String describe(Topology t) {
        StringBuilder sb = new StringBuilder();
        t.nodes().forEach(n -> sb.append(n.id()).append(" r").append(n.replicas()).append("/").append(n.minHealthy())
                .append(n.zones()).append(n.team() == null ? "" : " " + n.team()).append("; "));
        t.dependencies().forEach(d -> sb.append(d.from()).append("->").append(d.providers()).append(" ")
                .append(d.mode()).append(d.required() ? "" : " soft").append("; "));
        return sb.toString();
    }
}
