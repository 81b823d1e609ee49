/**
 * The domain: immutable records for a validated topology ({@link dev.faultline.model.Topology}, {@link
 * dev.faultline.model.Node}, {@link dev.faultline.model.Dependency}, {@link dev.faultline.model.Flow}, teams, zones,
 * kinds) and the builders that make them. Optional keys of the file are null here; {@code effective...} accessors
 * apply the contract's defaults in one place.
 *
 * <p>May use: the JDK and JGraphT (the graph view of a topology). Must not use: anything else of ours, Jackson,
 * JavaFX. A user's file becomes a model only through {@code dev.faultline.io}, which reports problems by position.
 */
package dev.faultline.model;
