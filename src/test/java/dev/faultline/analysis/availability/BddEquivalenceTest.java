package dev.faultline.analysis.availability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The diagram manager with per-flow bucket tables and a small computed table (issue #18) numbers every node exactly
 * as the one of 91051e5 ({@link PreviousAvailability.Bdd}, the oracle) over the same calls: the same results, the same
 * size and the same variable and children for every node id, across resets, growth of its tables and its node
 * budget. Node ids decide the order of the evaluator's sums, so this is what keeps the figures bit for bit.
 */
class BddEquivalenceTest {

    @Property(tries = 300)
    void randomCallsNumberEveryNodeAlike(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int variables,
                                        @ForAll @IntRange(min = 1, max = 600) int calls) {
        Random rnd = new Random(seed);
        Bdd fast = new Bdd(AvailabilityAnalysis.MAX_DIAGRAM_NODES);
        PreviousAvailability.Bdd previous = new PreviousAvailability.Bdd(AvailabilityAnalysis.MAX_DIAGRAM_NODES);
        for (int flow = 0; flow < 3; flow++) {
            if (flow > 0) {
                fast.reset();
                previous.reset();
            }
            sameCalls(rnd, fast, previous, variables, calls);
        }
    }

    /** Tens of thousands of nodes: the unique table grows several times, the computed table is overwritten. */
    @Test
    void largeDiagramsAndResetsNumberEveryNodeAlike() {
        Random rnd = new Random(18);
        Bdd fast = new Bdd(AvailabilityAnalysis.MAX_DIAGRAM_NODES);
        PreviousAvailability.Bdd previous = new PreviousAvailability.Bdd(AvailabilityAnalysis.MAX_DIAGRAM_NODES);
        int largest = 0;
        for (int flow = 0; flow < 6; flow++) {
            if (flow > 0) {
                fast.reset();
                previous.reset();
            }
            // Large and small flows alternate: a small one after a large one starts from a small table again.
            int terms = flow % 2 == 0 ? 400 : 12;
            // The shape of a flow's gates: an OR of ANDs of a few variables close in the order.
            int f = Bdd.FALSE;
            int p = Bdd.FALSE;
            for (int t = 0; t < terms; t++) {
                int base = rnd.nextInt(terms / 2 + 10);
                int fa = Bdd.TRUE;
                int pa = Bdd.TRUE;
                for (int k = 0; k < 2 + rnd.nextInt(3); k++) {
                    int v = base + rnd.nextInt(14);
                    boolean either = rnd.nextInt(4) == 0;
                    int fv = either ? fast.or(fast.variable(v), fast.variable(v + 1)) : fast.variable(v);
                    int pv = either ? previous.or(previous.variable(v), previous.variable(v + 1))
                            : previous.variable(v);
                    fa = fast.and(fa, fv);
                    pa = previous.and(pa, pv);
                }
                f = fast.or(f, fa);
                p = previous.or(p, pa);
                assertEquals(p, f, "term " + t);
            }
            assertSameNodes(fast, previous);
            assertArrayEquals(previous.reachable(p), fast.reachable(f));
            largest = Math.max(largest, fast.size());
        }
        assertTrue(largest > 40_000, "large enough to grow the tables: " + largest);
    }

    /** The budget runs out at the same call, with the same nodes made. */
    @Property(tries = 100)
    void theNodeBudgetRunsOutAtTheSameCall(@ForAll long seed, @ForAll @IntRange(min = 3, max = 400) int budget) {
        Random rnd = new Random(seed);
        Bdd fast = new Bdd(budget);
        PreviousAvailability.Bdd previous = new PreviousAvailability.Bdd(budget);
        List<Integer> fastRoots = new ArrayList<>(List.of(Bdd.FALSE, Bdd.TRUE));
        List<Integer> previousRoots = new ArrayList<>(List.of(Bdd.FALSE, Bdd.TRUE));
        for (int call = 0; call < 2_000; call++) {
            int op = rnd.nextInt(3);
            int a = rnd.nextInt(fastRoots.size());
            int b = rnd.nextInt(fastRoots.size());
            int v = rnd.nextInt(30);
            Integer f = null;
            Integer p = null;
            try {
                f = op == 0 ? fast.variable(v) : op == 1 ? fast.and(fastRoots.get(a), fastRoots.get(b))
                        : fast.or(fastRoots.get(a), fastRoots.get(b));
            } catch (Bdd.TooLarge e) {
                // compared below
            }
            try {
                p = op == 0 ? previous.variable(v) : op == 1 ? previous.and(previousRoots.get(a), previousRoots.get(b))
                        : previous.or(previousRoots.get(a), previousRoots.get(b));
            } catch (PreviousAvailability.Bdd.TooLarge e) {
                // compared below
            }
            assertEquals(p, f, "call " + call);
            assertSameNodes(fast, previous);
            if (f == null) return;
            fastRoots.add(f);
            previousRoots.add(p);
        }
    }

    private static void sameCalls(Random rnd, Bdd fast, PreviousAvailability.Bdd previous, int variables, int calls) {
        List<Integer> roots = new ArrayList<>(List.of(Bdd.FALSE, Bdd.TRUE));
        for (int call = 0; call < calls; call++) {
            int kind = rnd.nextInt(10);
            int f;
            int p;
            if (kind < 2) {
                int v = rnd.nextInt(variables);
                f = fast.variable(v);
                p = previous.variable(v);
            } else {
                // Recent results more often: the diagrams grow as the availability model's do (ORs of ANDs).
                int a = roots.get(roots.size() - 1 - rnd.nextInt(Math.min(roots.size(), 1 + rnd.nextInt(8))));
                int b = roots.get(rnd.nextInt(roots.size()));
                f = kind < 6 ? fast.and(a, b) : fast.or(a, b);
                p = kind < 6 ? previous.and(a, b) : previous.or(a, b);
            }
            assertEquals(p, f, "call " + call);
            roots.add(f);
        }
        assertSameNodes(fast, previous);
        int[] some = roots.stream().skip(Math.max(0, roots.size() - 5)).mapToInt(Integer::intValue).toArray();
        assertArrayEquals(previous.reachable(some), fast.reachable(some));
    }

    private static void assertSameNodes(Bdd fast, PreviousAvailability.Bdd previous) {
        assertEquals(previous.size(), fast.size());
        for (int n = 2; n < fast.size(); n++) {
            assertEquals(previous.var(n), fast.var(n), "var of " + n);
            assertEquals(previous.low(n), fast.low(n), "low of " + n);
            assertEquals(previous.high(n), fast.high(n), "high of " + n);
        }
    }
}
