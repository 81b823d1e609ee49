package dev.faultline.analysis.doublefault;

import java.util.Comparator;
import java.util.List;

import dev.faultline.simulation.FailureEvent;

/**
 * An order-2 cut set (risk-model.md §2): two failures (node or zone losses, sorted by their contract text) that
 * together take the flows {@code flowsDown} (sorted) DOWN, while neither alone takes those flows down.
 */
public record DoubleFault(List<FailureEvent> failures, List<String> flowsDown) {
    public DoubleFault {
        failures = failures.stream().sorted(Comparator.comparing(FailureEvent::toString)).toList();
        flowsDown = List.copyOf(flowsDown);
    }

    /** The two failures as the contract writes them ({@code node:X}, {@code zone:Z}): for JSON, text and reports. */
    public List<String> events() {
        return failures.stream().map(FailureEvent::toString).toList();
    }

    /** The ids of the nodes among the two failures. */
    public List<String> nodes() {
        return failures.stream().filter(e -> e.type() == FailureEvent.Type.NODE).map(FailureEvent::target).toList();
    }

    /** Most flows first, then by the events. */
    public static final Comparator<DoubleFault> ORDER = Comparator
            .comparingInt((DoubleFault p) -> -p.flowsDown().size())
            .thenComparing(p -> p.events().get(0))
            .thenComparing(p -> p.events().get(1));
}
