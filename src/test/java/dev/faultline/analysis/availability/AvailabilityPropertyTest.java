package dev.faultline.analysis.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.simulation.CompiledTopology;

/** The exact evaluation agrees with brute-force enumeration of every zone and instance state, within 1e-9. */
class AvailabilityPropertyTest {

    @Property(tries = 1500)
    void exactAgreesWithBruteForce(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int size) {
        Random rnd = new Random(seed);
        Topology t = RandomTopologies.tiny(rnd, size, 14);
        Map<String, double[]> brute = BruteForceAvailability.compute(t);
        for (FlowAvailability fa : AvailabilityAnalysis.of(t)) {
            double[] expected = brute.get(fa.flow());
            assertEquals(Method.EXACT, fa.method());
            assertEquals(expected[0], fa.availability(), 1e-9, fa.flow());
            assertEquals((1 - expected[0]) * 525600, fa.downtimeMinutesPerYear(), 1e-9 * 525600);
            for (Contributor c : fa.contributors()) {
                int v = t.nodes().indexOf(t.requireNode(c.node()));
                assertEquals(expected[1 + v], c.improvement(), 1e-9, c.node());
            }
            long meaningful = java.util.stream.IntStream.range(0, size).filter(v -> expected[1 + v] > 1e-9).count();
            assertTrue(fa.contributors().size() >= Math.min(5, meaningful), "missing contributors");
            for (int i = 1; i < fa.contributors().size(); i++) {
                assertTrue(fa.contributors().get(i - 1).improvement() >= fa.contributors().get(i).improvement() - 1e-12);
            }
        }
    }

    @Property(tries = 300)
    void leavingOutUnlikelyZoneStatesStaysWithinTheBound(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int size) {
        Topology tiny = RandomTopologies.tiny(new Random(seed), size, 14);
        // Reliable zones: states with two or three zones down weigh less than 1e-12 and are left out.
        Topology t = new Topology("reliable", null, tiny.teams(),
                tiny.zones().stream().map(z -> z.withAvailability(0.99999)).toList(), tiny.nodes(), tiny.dependencies(),
                tiny.declaredFlows());
        Map<String, double[]> brute = BruteForceAvailability.compute(t);
        for (FlowAvailability fa : AvailabilityAnalysis.of(t)) {
            assertEquals(Method.EXACT, fa.method());
            assertEquals(brute.get(fa.flow())[0], fa.availability(), 1e-9, fa.flow());
        }
    }

    @Property(tries = 40)
    void monteCarloIntervalHoldsTheExactValue(@ForAll long seed, @ForAll @IntRange(min = 2, max = 6) int size) {
        Random rnd = new Random(seed);
        Topology t = RandomTopologies.tiny(rnd, size, 14);
        List<FlowAvailability> exact = AvailabilityAnalysis.of(t);
        // No diagram budget at all forces sampling.
        List<FlowAvailability> sampled = AvailabilityAnalysis.of(new CompiledTopology(t), CancellationToken.NONE, 2, 0,
                200_000);
        for (int f = 0; f < exact.size(); f++) {
            FlowAvailability mc = sampled.get(f);
            assertEquals(Method.MONTE_CARLO, mc.method());
            double a = exact.get(f).availability();
            // 95 % intervals miss 5 % of the time; widen to ~4.5 sigma so the property is not flaky.
            double width = mc.ci95().high() - mc.ci95().low();
            assertTrue(a >= mc.ci95().low() - width && a <= mc.ci95().high() + width,
                    a + " outside " + mc.ci95());
        }
    }
}
