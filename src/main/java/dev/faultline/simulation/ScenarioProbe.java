package dev.faultline.simulation;

/**
 * Runs many small DOWN-only scenarios (whole nodes and zones lost) on reusable scratch state, for the risk model's
 * sweeps: Monte Carlo sampling of self-down nodes and the double-fault search. Each run costs time linear in the part
 * of the graph it reaches, and {@link #reset()} clears only that. DEGRADED is not computed. Not thread-safe.
 */
public final class ScenarioProbe {
    private final CompiledTopology t;
    private final Propagation p;

    public ScenarioProbe(CompiledTopology t) {
        this.t = t;
        this.p = new Propagation(t);
    }

    public void failNode(int node) {
        p.failNode(node);
    }

    /** Loses every instance placed in the zone (round-robin placement), as a {@code zone} event does. */
    public void failZone(String zone) {
        int[][] placed = t.instancesInZone(zone);
        for (int k = 0; k < placed[0].length; k++) p.loseInstances(placed[0][k], placed[1][k]);
    }

    /** Loses {@code count} more instances of a node (never more than it has), as {@code instance} events do. */
    public void loseInstances(int node, int count) {
        p.loseInstances(node, count);
    }

    /** Instances the scenario took from a node (0 for nodes the last run did not touch). */
    public int lostInstances(int node) {
        return p.lost[node];
    }

    /** Applies the failure rules' DOWN fixpoint to what was failed since the last reset. */
    public void run() {
        p.runDownOnly();
    }

    public boolean nodeDown(int node) {
        return p.state[node] == Propagation.DOWN;
    }

    public boolean flowDown(int flow) {
        return p.flowState[flow] == Propagation.DOWN;
    }

    /** Nodes the last run touched (every DOWN node is among them; see {@link #nodeDown}). */
    public int touchedNodeCount() {
        return p.touchedNodeCount();
    }

    public int touchedNode(int k) {
        return p.touchedNode(k);
    }

    /** Flows the last run touched (every DOWN flow is among them; see {@link #flowDown}). */
    public int touchedFlowCount() {
        return p.touchedFlowCount();
    }

    public int touchedFlow(int k) {
        return p.touchedFlow(k);
    }

    public void reset() {
        p.reset();
    }
}
