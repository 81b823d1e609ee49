package dev.faultline.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.analysis.availability.FlowAvailability;
import dev.faultline.analysis.availability.Interval;
import dev.faultline.analysis.availability.Method;
import dev.faultline.analysis.availability.Verdict;

/** The Flows panel's availability text: "99.87 % / SLO 99.95 % ✗". */
class FlowAvailabilityTextTest {
    @Test
    void showsAvailabilityAgainstTheSloWithAMark() {
        assertEquals("99.87 % / SLO 99.950 % ✗", AvailabilityText.of(new FlowAvailability("f", 0.99874, 0.9995,
                Verdict.INFEASIBLE, Method.EXACT, null, List.of())));
        assertEquals("99.990 % / SLO 99.90 % ✓", AvailabilityText.of(new FlowAvailability("f", 0.9999, 0.999,
                Verdict.MEETS, Method.EXACT, null, List.of())));
        assertEquals("99.90 % (est.)", AvailabilityText.of(new FlowAvailability("f", 0.999, null,
                Verdict.NO_SLO, Method.MONTE_CARLO, new Interval(0.9989, 0.9991), List.of())));
        assertEquals("", AvailabilityText.of(null));
    }
}
