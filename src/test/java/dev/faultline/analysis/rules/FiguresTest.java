package dev.faultline.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The direct path of {@link Figures} prints exactly what the formatter printed, on every kind of value. */
class FiguresTest {

    @Test
    void knownValues() {
        assertEquals("154468", Figures.ms(154468.0));
        assertEquals("72.59", Figures.ratio(72.5894));
        assertEquals("2.06", Figures.ratio(2.0599999));
        assertEquals("0.2", Figures.ms(0.15)); // the formatter rounds the shortest decimal digits half up
        assertEquals("2", Figures.ratio(1.999));
        assertEquals("-0", Figures.ms(-0.0));
        assertEquals("-0", Figures.ms(-0.04));
        assertEquals("NaN", Figures.ms(Double.NaN));
        assertEquals("Infinity", Figures.ratio(Double.POSITIVE_INFINITY));
    }

    /** Rounding up carries through nines, over the point, and out of the first digit. */
    @Test
    void roundingUpCarriesAsFormatted() {
        assertEquals("10", Figures.ratio(9.996));
        assertEquals("100", Figures.ms(99.96));
        assertEquals("1000000", Figures.ms(999999.97));
        assertEquals("0.1", Figures.ratio(0.0996));
        assertEquals("0.01", Figures.ratio(0.005));
        assertEquals("0", Figures.ratio(0.0049));
        assertEquals("19.9", Figures.ms(19.8999));
        for (double v : new double[] {9.996, 99.96, 999999.97, 0.0996, 0.005, 0.0049, 19.8999, 0.95, 0.995, 9.95}) {
            assertSame(v);
        }
    }

    @Property(tries = 2000)
    void anyBitPatternPrintsAsFormatted(@ForAll long bits) {
        double v = Double.longBitsToDouble(bits);
        assertSame(v);
    }

    @Property(tries = 2000)
    void anyDoublePrintsAsFormatted(@ForAll double v) {
        assertSame(v);
    }

    /** Values like the rules print: loads, latencies and ratios with a few decimals, halves, and near-halves. */
    @Test
    void millionsOfTypicalValuesPrintAsFormatted() {
        Random rnd = new Random(18);
        for (int i = 0; i < 1_000_000; i++) {
            double scale = Math.pow(10, rnd.nextInt(12) - 4);
            double v = switch (i % 5) {
                case 0 -> Math.floor(rnd.nextDouble() * 1e6) / 100; // two decimals
                case 1 -> (Math.floor(rnd.nextDouble() * 1e5) + 0.5) / 10; // a half at the second decimal
                case 2 -> rnd.nextDouble() * scale;
                case 3 -> Math.nextUp((Math.floor(rnd.nextDouble() * 1e4) + 0.5) / 100);
                default -> Math.nextDown((Math.floor(rnd.nextDouble() * 1e4) + 0.05) / 10) * (rnd.nextBoolean() ? 1 : -1);
            };
            assertSame(v);
        }
    }

    private static void assertSame(double v) {
        assertEquals(Figures.formatted(v, 1), Figures.ms(v), () -> "ms of " + v);
        assertEquals(Figures.formatted(v, 2), Figures.ratio(v), () -> "ratio of " + v);
    }
}
