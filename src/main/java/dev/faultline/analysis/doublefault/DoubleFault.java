package dev.faultline.analysis.doublefault;

import java.util.List;

/**
 * An order-2 cut set (risk-model.md §2): two events ({@code node:X} or {@code zone:Z}, sorted) that together take the
 * flows {@code flowsDown} (sorted) DOWN, while neither alone takes those flows down.
 */
public record DoubleFault(List<String> events, List<String> flowsDown) {
    public DoubleFault {
        events = List.copyOf(events);
        flowsDown = List.copyOf(flowsDown);
    }

    /** Most flows first, then by the events. */
    public static final java.util.Comparator<DoubleFault> ORDER = java.util.Comparator
            .comparingInt((DoubleFault p) -> -p.flowsDown().size())
            .thenComparing(p -> p.events().get(0))
            .thenComparing(p -> p.events().get(1));
}
