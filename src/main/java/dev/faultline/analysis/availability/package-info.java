/**
 * Flow availability and SLO feasibility (risk-model.md §1): {@link dev.faultline.analysis.availability.FlowStructure}
 * splits a flow's DOWN function into a series set and a small decision diagram ({@code Bdd}) of its fallback gates,
 * evaluated exactly per state of the zones it depends on, or by Monte Carlo with a stated interval when it is too big.
 *
 * <p>May use: model, simulation, progress. A pure function of the topology; it knows nothing of findings, io or UI.
 */
package dev.faultline.analysis.availability;
