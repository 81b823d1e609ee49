package dev.faultline.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import dev.faultline.BundledSamples;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.model.Dependency;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * {@link TimeoutInversionRule} looking latencies up by node index (issue #18) finds exactly what its previous code,
 * {@link StraightforwardTimeoutInversion}, found: on the samples, generated topologies, and random ones with sync
 * cycles (no latency figure), fallbacks, missing and equal timeouts.
 */
class TimeoutInversionEquivalenceTest {

    @Test
    void samplesAndGeneratedTopologiesFindTheSame() throws Exception {
        for (Path sample : BundledSamples.paths()) assertSame(sample.toString(), BundledSamples.load(sample));
        boolean found = false;
        for (int size : new int[] {60, 2_000}) {
            Topology t = TopologyGenerator.generate(size, 5);
            found |= !assertSame("generated " + size, t).isEmpty();
        }
        assertTrue(found, "the generated topologies have timeout inversions");
    }

    @Property(tries = 300)
    void randomTopologiesFindTheSame(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int size) {
        Random rnd = new Random(seed);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            nodes.add(Node.builder("n" + i).latencyMs(rnd.nextInt(4) == 0 ? null : rnd.nextInt(50)).build());
        }
        List<Dependency> deps = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int edges = rnd.nextInt(size * 2 + 1);
        for (int e = 0; e < edges && size > 1; e++) {
            int from = rnd.nextInt(size);
            int to = rnd.nextInt(size);
            if (from == to || !seen.add(from + ">" + to)) continue;
            Dependency.Builder b = Dependency.builder("n" + from, "n" + to)
                    .mode(rnd.nextInt(4) == 0 ? Mode.ASYNC : Mode.SYNC)
                    .timeoutMs(rnd.nextInt(3) == 0 ? null : rnd.nextInt(120))
                    .retries(rnd.nextInt(3));
            if (rnd.nextInt(4) == 0) b.fallback("n" + rnd.nextInt(size));
            deps.add(b.build());
        }
        assertSame("seed " + seed, new Topology("random", null, List.of(), List.of(), nodes, deps, List.of()));
    }

    private static List<?> assertSame(String what, Topology t) {
        AnalysisContext c = AnalysisContext.of(t, List.of(), List.of(), Map.of(), List.of());
        List<?> expected = StraightforwardTimeoutInversion.apply(c);
        assertEquals(expected, new TimeoutInversionRule().apply(c), what);
        return expected;
    }
}
