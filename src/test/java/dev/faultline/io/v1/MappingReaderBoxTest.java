package dev.faultline.io.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Small whole numbers share one box (issue #18); every other value is boxed as it is, -0.0 included. */
class MappingReaderBoxTest {
    @Test
    void smallWholeNumbersShareOneBoxAndEveryValueKeepsItsBits() {
        assertSame(MappingReader.boxed(3), MappingReader.boxed(3.0));
        assertSame(MappingReader.boxed(0), MappingReader.boxed(0.0));
        assertSame(MappingReader.boxed(4_095), MappingReader.boxed(4_095));
        for (double d : new double[] {-0.0, 0.0, 0.5, 3, -3, 4_095, 4_096, 1e300, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, 2.5e-8, Integer.MAX_VALUE + 1.0}) {
            assertEquals(Double.valueOf(d), MappingReader.boxed(d), () -> "value " + d);
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(MappingReader.boxed(d)));
        }
        assertNotSame(MappingReader.boxed(0.0), MappingReader.boxed(-0.0));
    }
}
