/**
 * Data governance of risk-model.md §5: {@link dev.faultline.analysis.governance.ResidencyCheck} finds placement, flow
 * and failover breaches of a node's residency, {@link dev.faultline.analysis.governance.AuditScope} lists which nodes
 * hold or call each data class, {@link dev.faultline.analysis.governance.Jurisdictions} says where a node runs.
 *
 * <p>May use: model only. Pure functions of the declared data, residency and zones; no simulation.
 */
package dev.faultline.analysis.governance;
