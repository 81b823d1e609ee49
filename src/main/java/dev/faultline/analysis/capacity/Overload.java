package dev.faultline.analysis.capacity;

/**
 * A node that the headroom rehearsal's event pushes over its capacity (U > 1) although it is within it (U ≤ 1) with
 * everything up. {@code event} is {@code instance:X} or {@code zone:Z}.
 */
public record Overload(String event, String node, double utilization) {

    public boolean isInstanceEvent() {
        return event.startsWith("instance:");
    }
}
