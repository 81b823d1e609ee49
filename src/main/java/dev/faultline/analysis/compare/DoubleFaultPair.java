package dev.faultline.analysis.compare;

import java.util.List;

/** One order-2 cut set as the comparison sees it (risk-model.md §2): two sorted events and the flows they take down. */
public record DoubleFaultPair(List<String> events, List<String> flowsDown) {
    public DoubleFaultPair {
        events = List.copyOf(events);
        flowsDown = List.copyOf(flowsDown);
    }

    /** Pairs are matched across versions by their events alone. */
    public String key() {
        return String.join(" + ", events);
    }
}
