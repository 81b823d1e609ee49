package dev.faultline.analysis.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import dev.faultline.model.CallOrder;
import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Topology;

/**
 * The one-pass worst case ({@link SharedWorstCase}) gives exactly the report of hanging each node in turn: same
 * doubles, same first node by id on ties. Topologies are mostly parallel callers (where the one pass applies), with
 * some sequential ones and via nodes (where flows fall back to the walk), fractional figures so that values round
 * together, and few distinct timeouts so that ties are common.
 */
class SharedWorstCasePropertyTest {

    @Property(tries = 400)
    void theOnePassWorstCaseIsTheHangByHangOne(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size) {
        Topology t = generate(new Random(seed), size);
        LatencyReport walked = LatencyAnalysis.compute(t, false);
        LatencyReport shared = LatencyAnalysis.compute(t, true);
        for (int f = 0; f < t.flows().size(); f++) {
            assertEquals(walked.flows().get(f), shared.flows().get(f), LatencyPropertyTest.describe(t));
        }
        assertEquals(walked.nodeMs(), shared.nodeMs());
    }

    @Property(tries = 300)
    void theOnePassAgreesOnTheGeneralRandomTopologies(@ForAll long seed,
                                                      @ForAll @IntRange(min = 1, max = 12) int size) {
        Topology t = RandomRiskTopologies.generate(new Random(seed), size);
        assertEquals(LatencyAnalysis.compute(t, false).flows(), LatencyAnalysis.compute(t, true).flows());
    }

    /**
     * z's normal cost is already the worst case (its timeout caps it), so every hang below the entry ties with it,
     * also a's, which only reaches the entry through b's smaller timeout: the first by id, a, is the worst node.
     */
    @org.junit.jupiter.api.Test
    void aNormalCostThatIsAlreadyTheWorstMakesEveryHangTie() {
        List<Node> nodes = List.of(Node.builder("e").build(), Node.builder("z").latencyMs(100.0).build(),
                Node.builder("b").build(), Node.builder("a").latencyMs(1.0).build());
        List<Dependency> deps = List.of(Dependency.builder("e", "z").timeoutMs(100.0).build(),
                Dependency.builder("e", "b").timeoutMs(50.0).build(),
                Dependency.builder("b", "a").timeoutMs(10.0).build());
        Flow flow = new Flow("f", null, "e", List.of(), null, 500.0, null, false, SourcePosition.UNKNOWN);
        Topology t = new Topology("tie", null, List.of(), List.of(), nodes, deps, List.of(flow));
        FlowLatency f = LatencyAnalysis.compute(t, true).flows().get(0);
        assertEquals(100.0, f.worstCaseMs());
        assertEquals("a", f.worstCaseNode());
        assertEquals(LatencyAnalysis.compute(t, false).flows().get(0), f);
    }

    private static final double[] CALLS = {1, 1, 1, 2, 0.3, 1.1, 3};
    private static final double[] TIMEOUTS = {50, 100, 100.5, 250};

    static Topology generate(Random rnd, int size) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            nodes.add(Node.builder("n" + i)
                    .latencyMs(rnd.nextInt(5) == 0 ? null : rnd.nextInt(60) / 7.0)
                    .callOrder(rnd.nextInt(8) == 0 ? CallOrder.SEQUENTIAL : CallOrder.PARALLEL).build());
        }
        List<Dependency> deps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int edges = rnd.nextInt(size * 3 + 1);
        for (int k = 0; k < edges && size > 1; k++) {
            int a = rnd.nextInt(size);
            int b = rnd.nextInt(size);
            if (rnd.nextInt(25) != 0 && b < a) { int x = a; a = b; b = x; }
            if (a == b || !seen.add(a + ">" + b)) continue;
            deps.add(Dependency.builder("n" + a, "n" + b)
                    .mode(rnd.nextInt(8) == 0 ? Mode.ASYNC : Mode.SYNC)
                    .timeoutMs(rnd.nextInt(3) == 0 ? null : TIMEOUTS[rnd.nextInt(TIMEOUTS.length)])
                    .retries(rnd.nextInt(3) == 0 ? null : rnd.nextInt(3))
                    .calls(CALLS[rnd.nextInt(CALLS.length)])
                    .build());
        }
        List<Flow> flows = new ArrayList<>();
        int count = 1 + rnd.nextInt(4);
        for (int f = 0; f < count; f++) {
            String entry = "n" + rnd.nextInt(Math.max(1, size / 2));
            List<String> via = new ArrayList<>();
            if (rnd.nextInt(4) == 0) {
                String id = "n" + rnd.nextInt(size);
                if (!id.equals(entry)) via.add(id);
            }
            flows.add(new Flow("f" + f, null, entry, via, null, 500.0, null, false, SourcePosition.UNKNOWN));
        }
        return new Topology("random", null, List.of(), List.of(), nodes, deps, flows);
    }
}
