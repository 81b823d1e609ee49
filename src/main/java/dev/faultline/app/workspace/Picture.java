package dev.faultline.app.workspace;

import dev.faultline.render.DiagramScene;
import dev.faultline.simulation.Scenario;
import dev.faultline.simulation.SimulationResult;

/**
 * What an edit shows, made together in the background and shown together on the FX thread: the scenario, its
 * simulation (null for the empty scenario) and the picture drawn from them.
 */
record Picture(Scenario scenario, SimulationResult simulation, DiagramScene scene) {
}
