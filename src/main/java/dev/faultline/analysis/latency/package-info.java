/**
 * Latency amplification per flow and per node (risk-model.md §3): the p99 bound, the fan-out and the worst single
 * hang, computed over the sync dependencies ({@link dev.faultline.analysis.latency.SyncGraph}) by
 * {@link dev.faultline.analysis.latency.LatencyAnalysis} into one {@link dev.faultline.analysis.latency.LatencyReport}.
 *
 * <p>May use: model, simulation. A pure function of the topology; no findings, io or UI here.
 */
package dev.faultline.analysis.latency;
