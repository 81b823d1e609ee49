/**
 * The version-1 topology file format (docs/topology-format.md) on the {@code io.yaml} tree: {@link
 * dev.faultline.io.v1.V1Reader} turns the tree into {@link dev.faultline.io.v1.TopologyFileV1} records with positions,
 * {@link dev.faultline.io.v1.V1Validator} checks them, {@link dev.faultline.io.v1.ModelBuilder} builds the immutable
 * model, and {@link dev.faultline.io.v1.TopologyWriter} writes a model back as readable v1 YAML.
 *
 * <p>May use: io.yaml, model. Never reads or writes files itself (io.TopologyLoader and the callers of the writer
 * do); importers use only the writer and its notes.
 */
package dev.faultline.io.v1;
