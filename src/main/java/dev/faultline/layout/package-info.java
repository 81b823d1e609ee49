/**
 * Where nodes go: {@link dev.faultline.layout.ElkLayeredLayout} (Eclipse ELK layered, with a fast layered layout of
 * our own for very large graphs), pinned positions, and {@link dev.faultline.layout.EdgeRoutes} for edges. Results are
 * in this package's own geometry types, never in toolkit types.
 *
 * <p>May use: model, progress, ELK. Must not use: JavaFX, AWT, io, analysis.
 */
package dev.faultline.layout;
