package dev.faultline.analysis.availability;

/**
 * A node that makes a flow less available: {@code improvement} is IP(X) = A(F | X never self-down) − A(F), and
 * {@code share} = IP(X) / (1 − A(F)), the part of the flow's unavailability that would go away with X perfect.
 */
public record Contributor(String node, double improvement, double share) {
}
