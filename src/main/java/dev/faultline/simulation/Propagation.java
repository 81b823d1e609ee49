package dev.faultline.simulation;

/**
 * One run of the contract's failure rules over a {@link CompiledTopology}, on reusable scratch arrays.
 * <p>
 * Phase 1 marks the initially lost nodes DOWN; phase 2 spreads DOWN along unsatisfied sync+required dependencies
 * with a worklist (each dependency keeps a count of providers still up, so each edge is looked at a bounded number
 * of times) — this computes the least fixpoint, so a cycle never takes itself down. Phase 3 marks DEGRADED: nodes
 * with lost instances, callers of weakened or unsatisfied soft/async dependencies, then spreads DEGRADED from a
 * serving node to its callers, again as a least fixpoint. Time is linear in the part of the graph that changes:
 * {@link #reset()} clears only what the last run touched, which is what makes whole-topology sweeps affordable.
 * Not thread-safe: use one instance per thread.
 */
final class Propagation {
    static final byte UP = 0;
    static final byte DEGRADED = 1;
    static final byte DOWN = 2;

    private final CompiledTopology t;
    final byte[] state;
    final int[] lost;
    final boolean[] forcedDown;
    private final int[] aliveProviders;
    /**
     * Per dependency: its number of distinct providers, what {@link #reset()} restores {@link #aliveProviders} to, from
     * one flat array rather than each dependency's provider row (issue #18).
     */
    private final int[] providerCount;
    private final boolean[] depTouched;
    private final int[] touchedNodes;
    private int touchedNodeCount;
    private final int[] touchedDeps;
    private int touchedDepCount;
    private final boolean[] nodeTouched;
    private final int[] queue;
    final byte[] flowState;
    private final int[] touchedFlows;
    private int touchedFlowCount;

    Propagation(CompiledTopology t) {
        this.t = t;
        int n = t.nodeCount;
        state = new byte[n];
        lost = new int[n];
        forcedDown = new boolean[n];
        nodeTouched = new boolean[n];
        touchedNodes = new int[n];
        queue = new int[n];
        int m = t.depFrom.length;
        aliveProviders = new int[m];
        depTouched = new boolean[m];
        touchedDeps = new int[m];
        for (int d = 0; d < m; d++) aliveProviders[d] = t.depProviders[d].length;
        providerCount = aliveProviders.clone();
        flowState = new byte[t.flowMembers.length];
        touchedFlows = new int[t.flowMembers.length];
    }

    /** Marks a node as hit by the scenario (call before {@link #run()}). */
    void touch(int node) {
        if (!nodeTouched[node]) {
            nodeTouched[node] = true;
            touchedNodes[touchedNodeCount++] = node;
        }
    }

    void failNode(int node) {
        touch(node);
        forcedDown[node] = true;
    }

    void loseInstances(int node, int count) {
        touch(node);
        lost[node] = Math.min(t.replicas[node], lost[node] + count);
    }

    /** Applies the rules to the events recorded with {@link #failNode} and {@link #loseInstances}. */
    void run() {
        spreadDown();
        spreadDegraded();
        updateFlows();
    }

    /**
     * The sweep's shortcut for a scenario that only fails whole nodes (no instances lost). Then a node is not UP
     * exactly when it reaches a failed node by following {@code to} edges: a DOWN node's unsatisfied dependency has
     * its {@code to} DOWN, and a DEGRADED node's weakened or unsatisfied dependency has its {@code to} not UP. So
     * after the DOWN fixpoint, one reverse walk over {@code to} edges finds every DEGRADED node, with none of the
     * per-dependency bookkeeping of {@link #run()}. The property tests check the two agree.
     */
    void runWholeNodeLoss() {
        spreadDown();
        int tail = 0;
        for (int k = 0; k < touchedNodeCount; k++) queue[tail++] = touchedNodes[k];
        int head = 0;
        while (head < tail) {
            int v = queue[head++];
            for (int d : t.callersOf[v]) {
                int caller = t.depFrom[d];
                if (!nodeTouched[caller]) {
                    touch(caller);
                    state[caller] = DEGRADED;
                    queue[tail++] = caller;
                }
            }
        }
        updateFlows();
    }

    /** Only the DOWN fixpoint and the flows it takes down; DEGRADED comes from {@link AncestorSets}. */
    void runDownOnly() {
        spreadDown();
        updateFlows();
    }

    /**
     * The DOWN fixpoint from the touched nodes. Issue #18: the double faults and the failure domains run it for
     * thousands of scenarios at 50,000 nodes, under C1, which inlines little: the arrays are read from locals and
     * {@link #touch}/{@link #touchDep} are written out (same order of the same steps as before).
     */
    private void spreadDown() {
        int head = 0;
        int tail = 0;
        int seeds = touchedNodeCount;
        byte[] state = this.state;
        int[] queue = this.queue;
        int[] replicas = t.replicas;
        int[] minHealthy = t.minHealthy;
        for (int k = 0; k < seeds; k++) {
            int v = touchedNodes[k];
            if (forcedDown[v] || replicas[v] - lost[v] < minHealthy[v]) {
                state[v] = DOWN;
                queue[tail++] = v;
            }
        }
        int[] start = t.providerStart;
        int[] served = t.providerList;
        int[] alive = aliveProviders;
        boolean[] hard = t.depHard;
        int[] from = t.depFrom;
        boolean[] depSeen = depTouched;
        int[] deps = touchedDeps;
        int depCount = touchedDepCount;
        boolean[] nodeSeen = nodeTouched;
        int[] nodes = touchedNodes;
        int nodeCount = touchedNodeCount;
        while (head < tail) {
            int v = queue[head++];
            for (int k = start[v], end = start[v + 1]; k < end; k++) {
                int d = served[k];
                if (!depSeen[d]) {
                    depSeen[d] = true;
                    deps[depCount++] = d;
                }
                if (--alive[d] == 0 && hard[d]) {
                    int caller = from[d];
                    if (state[caller] != DOWN) {
                        if (!nodeSeen[caller]) {
                            nodeSeen[caller] = true;
                            nodes[nodeCount++] = caller;
                        }
                        state[caller] = DOWN;
                        queue[tail++] = caller;
                    }
                }
            }
        }
        touchedDepCount = depCount;
        touchedNodeCount = nodeCount;
    }

    private void spreadDegraded() {
        int tail = 0;
        // Seeds: nodes that lost instances but kept a quorum.
        for (int k = 0; k < touchedNodeCount; k++) {
            int v = touchedNodes[k];
            if (state[v] == UP && lost[v] > 0) {
                state[v] = DEGRADED;
                queue[tail++] = v;
            }
        }
        // Seeds: callers of dependencies that lost their first choice or are unsatisfied (soft or async).
        for (int k = 0; k < touchedDepCount; k++) {
            int d = touchedDeps[k];
            int caller = t.depFrom[d];
            if (state[caller] == UP && (aliveProviders[d] == 0 || state[t.depProviders[d][0]] == DOWN)) {
                touch(caller);
                state[caller] = DEGRADED;
                queue[tail++] = caller;
            }
        }
        int head = 0;
        int[] start = t.providerStart;
        int[] served = t.providerList;
        while (head < tail) {
            int v = queue[head++];
            for (int k = start[v], end = start[v + 1]; k < end; k++) {
                int d = served[k];
                int caller = t.depFrom[d];
                if (state[caller] == UP && servingProvider(d) == v) {
                    touch(caller);
                    state[caller] = DEGRADED;
                    queue[tail++] = caller;
                }
            }
        }
    }

    /** The first provider of a dependency that is not DOWN, or -1 when it is unsatisfied. */
    private int servingProvider(int d) {
        for (int p : t.depProviders[d]) {
            if (state[p] != DOWN) return p;
        }
        return -1;
    }

    private void touchDep(int d) {
        if (!depTouched[d]) {
            depTouched[d] = true;
            touchedDeps[touchedDepCount++] = d;
        }
    }

    private void updateFlows() {
        for (int k = 0; k < touchedNodeCount; k++) {
            int v = touchedNodes[k];
            byte s = state[v];
            if (s == UP) continue;
            for (int f : t.flowsOfNode[v]) {
                if (flowState[f] == UP) touchedFlows[touchedFlowCount++] = f;
                if (s > flowState[f]) flowState[f] = s;
            }
        }
    }

    int touchedNodeCount() {
        return touchedNodeCount;
    }

    int touchedNode(int k) {
        return touchedNodes[k];
    }

    int touchedFlowCount() {
        return touchedFlowCount;
    }

    int touchedFlow(int k) {
        return touchedFlows[k];
    }

    /** Clears what the last run touched, in time proportional to that. */
    void reset() {
        for (int k = 0; k < touchedNodeCount; k++) {
            int v = touchedNodes[k];
            state[v] = UP;
            lost[v] = 0;
            forcedDown[v] = false;
            nodeTouched[v] = false;
        }
        touchedNodeCount = 0;
        for (int k = 0; k < touchedDepCount; k++) {
            int d = touchedDeps[k];
            aliveProviders[d] = providerCount[d];
            depTouched[d] = false;
        }
        touchedDepCount = 0;
        for (int k = 0; k < touchedFlowCount; k++) flowState[touchedFlows[k]] = UP;
        touchedFlowCount = 0;
    }
}
