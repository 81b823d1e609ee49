/**
 * What a topology costs per month and its redundancy premium (risk-model.md §5), per team:
 * {@link dev.faultline.analysis.cost.CostReport}, {@link dev.faultline.analysis.cost.CostLine},
 * {@link dev.faultline.analysis.cost.Money} formats a monthly figure the one way every output prints it.
 *
 * <p>May use: model only. A leaf of analysis: pure arithmetic over the nodes, no simulation.
 */
package dev.faultline.analysis.cost;
