/**
 * Double faults (risk-model.md §2): pairs of events that take a flow down together though neither does alone.
 * {@link dev.faultline.analysis.doublefault.DoubleFaultFinder} looks only at pairs that meet at a fallback gate instead
 * of trying all pairs, and checks each candidate with one failure scenario; {@code KillerSets} tells, from the graph,
 * which node losses take each fallback provider down, so only those events need a scenario of their own.
 *
 * <p>May use: model, simulation, progress. No findings here: the rules package words them.
 */
package dev.faultline.analysis.doublefault;
