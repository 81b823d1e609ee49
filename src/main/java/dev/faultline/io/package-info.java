/**
 * Files in and out: {@link dev.faultline.io.TopologyLoader} (hostile-input guard, Jackson streaming YAML with
 * positions, version-1 records, validator, model builder) reports every problem with file, line and column;
 * {@link dev.faultline.io.v1.TopologyWriter} writes readable YAML; the layout sidecar; {@link
 * dev.faultline.io.AtomicFiles} writes through a temporary file and a rename. {@code importer/} turns Compose,
 * Kubernetes and Backstage files into topologies.
 *
 * <p>The only package that touches Jackson or SnakeYAML. May use: model, layout (sidecar geometry).
 */
package dev.faultline.io;
