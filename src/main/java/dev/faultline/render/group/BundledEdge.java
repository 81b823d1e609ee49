package dev.faultline.render.group;

/**
 * All dependencies from the nodes of one group to the nodes of another, drawn as one edge: {@code count} of them,
 * the worst of their {@link Strength}s deciding the line style.
 */
public record BundledEdge(String from, String to, int count, Strength worst) {
}
