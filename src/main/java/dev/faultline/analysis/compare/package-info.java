/**
 * Comparing two analysed versions of a topology (risk-model.md §6): {@link dev.faultline.analysis.compare.Comparer}
 * turns two {@link dev.faultline.analysis.compare.ComparisonInputs} into one
 * {@link dev.faultline.analysis.compare.Comparison}, matching nodes, findings and double faults by id or key.
 *
 * <p>May use: model, simulation, the analysis root and cost. It never loads files or reads git: the inputs come from
 * {@code service.ComparisonService}.
 */
package dev.faultline.analysis.compare;
