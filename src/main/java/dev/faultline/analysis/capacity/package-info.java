/**
 * Load, utilisation, the headroom rehearsal (one failure scenario per zone and instance) and retry storms of
 * risk-model.md §4. {@link dev.faultline.analysis.capacity.CapacityAnalysis} produces one immutable
 * {@link dev.faultline.analysis.capacity.CapacityReport}.
 *
 * <p>May use: model, simulation. A pure function of the topology; no findings, io or UI here.
 */
package dev.faultline.analysis.capacity;
