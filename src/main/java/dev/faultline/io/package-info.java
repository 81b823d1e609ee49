/**
 * Files in and out, as the rest of Faultline sees them: {@link dev.faultline.io.TopologyLoader} puts the layers
 * below together (hostile-input guard and YAML tree from {@code yaml/}, the version-1 format from {@code v1/}) and
 * returns a {@link dev.faultline.io.LoadResult} with every problem at file, line and column; {@link
 * dev.faultline.io.TopologyEditor} (whatif edits, re-validated by the loader); the layout and review sidecars; {@link
 * dev.faultline.io.AtomicFiles} and {@link dev.faultline.io.OutputTarget} (write through a temporary file and a
 * rename, never over an input); {@link dev.faultline.io.InputFile} (regular files only, bounded reads); {@link
 * dev.faultline.io.GitRevisions}. {@code importer/} turns Compose, Kubernetes and Backstage files into topologies.
 *
 * <p>The only package (with its subpackages) that touches Jackson, SnakeYAML or JGit. May use: io.v1, io.yaml, model,
 * layout (sidecar geometry), analysis (finding reviews).
 */
package dev.faultline.io;
