/**
 * The failure rules of docs/topology-format.md: a {@link dev.faultline.simulation.Scenario} of
 * {@link dev.faultline.simulation.FailureEvent}s goes into the {@link dev.faultline.simulation.FailureEngine}, a
 * {@link dev.faultline.simulation.SimulationResult} (UP / DEGRADED / DOWN per node and flow) comes out. The engine
 * works on int arrays ({@link dev.faultline.simulation.CompiledTopology}) and is checked against a naive reference
 * engine in property tests.
 *
 * <p>May use: model, progress. Pure functions of the model: no I/O, no JavaFX, no printing.
 */
package dev.faultline.simulation;
