package dev.faultline.analysis.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.api.Test;

/** The self-down probability sums only the terms that matter; checked against the whole sum in exact arithmetic. */
class BinomialTailTest {
    @Property(tries = 300)
    void theWindowedTailEqualsTheWholeSum(@ForAll @IntRange(min = 1, max = 400) int m,
                                          @ForAll @DoubleRange(min = 0.5, max = 0.99999, maxIncluded = false) @net.jqwik.api.constraints.Scale(6) double a,
                                          @ForAll @IntRange(min = 1, max = 400) int k) {
        assertEquals(exact(m, a, Math.min(k, m + 1)), SelfDownModel.fewerThan(m, a, Math.min(k, m + 1)), 1e-12);
    }

    @Test
    void largeCountsNearTheMeanMatchTheWholeSum() {
        for (int k : new int[] {1940, 1980, 1990, 1995, 1999, 2000}) {
            assertEquals(exact(2000, 0.9995, k), SelfDownModel.fewerThan(2000, 0.9995, k), 1e-12, "k=" + k);
        }
    }

    @Test
    void twoBillionInstancesCostThousandsOfTermsAndStayAProbability() {
        double q = SelfDownModel.fewerThan(2_000_000_000, 0.9995, 1_999_000_000);
        assertEquals(0.5, q, 0.5); // within [0, 1]; far below the mean of 1,999,000,000: about one half
        assertEquals(0.0, SelfDownModel.fewerThan(2_000_000_000, 0.9995, 1_930_000_000), 1e-15);
        assertEquals(1.0, SelfDownModel.fewerThan(2_000_000_000, 0.9995, 2_000_000_000), 1e-12);
    }

    @Test
    void logFactorialMatchesTheSumOfLogsAcrossTheSwitchToStirling() {
        double sum = 0;
        for (int n = 1; n <= 2000; n++) {
            sum += Math.log(n);
            assertEquals(sum, SelfDownModel.logFactorial(n), 1e-9 * Math.max(1, sum), "n=" + n);
        }
    }

    /** P(Binomial(m, a) < k) in BigDecimal, every term. */
    private static double exact(int m, double a, int k) {
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal p = new BigDecimal(a);
        BigDecimal q = BigDecimal.ONE.subtract(p);
        BigDecimal sum = BigDecimal.ZERO;
        for (int j = 0; j < k && j <= m; j++) {
            BigDecimal choose = new BigDecimal(choose(m, j));
            sum = sum.add(choose.multiply(p.pow(j, mc), mc).multiply(q.pow(m - j, mc), mc), mc);
        }
        return Math.min(1, sum.doubleValue());
    }

    private static BigInteger choose(int m, int j) {
        BigInteger c = BigInteger.ONE;
        for (int i = 0; i < j; i++) c = c.multiply(BigInteger.valueOf(m - i)).divide(BigInteger.valueOf(i + 1));
        return c;
    }
}
