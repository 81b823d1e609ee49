package dev.faultline.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.Suggestions;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/**
 * Runs scenarios against a topology per the failure semantics of the format contract
 * (docs/topology-format.md, "Failure semantics"). Each scenario takes time linear in the size of the topology.
 * Thread-safe: every call works on its own scratch state.
 */
public final class FailureEngine {
    private final CompiledTopology compiled;

    public FailureEngine(Topology topology) {
        this(CompiledTopology.of(topology));
    }

    public FailureEngine(CompiledTopology compiled) {
        this.compiled = compiled;
    }

    public CompiledTopology compiled() {
        return compiled;
    }

    public Topology topology() {
        return compiled.topology;
    }

    /**
     * The state of every node and flow under the scenario.
     *
     * @throws UnknownTargetException when an event names something the topology does not have
     */
    public SimulationResult simulate(Scenario scenario) {
        Topology topo = compiled.topology;
        Propagation p = new Propagation(compiled);
        Set<String> failed = new HashSet<>();
        Set<String> failedZones = new HashSet<>();
        Map<Integer, Integer> instanceEvents = new HashMap<>();
        for (FailureEvent e : scenario.events()) {
            switch (e.type()) {
                case NODE -> {
                    int v = requireNode(e.target());
                    p.failNode(v);
                    failed.add(e.target());
                }
                case INSTANCE -> instanceEvents.merge(requireNode(e.target()), 1, Integer::sum);
                case ZONE -> failedZones.add(requireZone(e.target()));
                case REGION -> failedZones.addAll(topo.zonesOfRegion(requireRegion(e.target())));
                case TEAM -> {
                    for (Node n : topo.nodesOwnedBy(requireTeam(e.target()))) {
                        p.failNode(compiled.indexOf(n.id()));
                        failed.add(n.id());
                    }
                }
            }
        }
        applyInstanceLosses(p, failedZones, instanceEvents);
        p.run();
        return toResult(scenario, p, failed);
    }

    /**
     * Checks that an event names something the topology has, without simulating (a click checks before it is
     * simulated in the background).
     *
     * @throws UnknownTargetException when it does not
     */
    public void requireKnown(FailureEvent e) {
        switch (e.type()) {
            case NODE, INSTANCE -> requireNode(e.target());
            case ZONE -> requireZone(e.target());
            case REGION -> requireRegion(e.target());
            case TEAM -> requireTeam(e.target());
        }
    }

    /**
     * Instances lost to zone events are those placed in a failed zone; each {@code instance} event then takes one
     * more of the surviving instances. A node without zones is untouched by zone and region events.
     */
    private void applyInstanceLosses(Propagation p, Set<String> failedZones, Map<Integer, Integer> instanceEvents) {
        for (String zone : failedZones) {
            int[][] placed = compiled.instancesInZone(zone);
            for (int k = 0; k < placed[0].length; k++) p.loseInstances(placed[0][k], placed[1][k]);
        }
        instanceEvents.forEach(p::loseInstances);
    }

    private SimulationResult toResult(Scenario scenario, Propagation p, Set<String> failed) {
        Topology topo = compiled.topology;
        Map<String, State> nodeStates = new LinkedHashMap<>();
        Map<String, Integer> lost = new HashMap<>();
        for (int v = 0; v < compiled.nodeCount; v++) {
            nodeStates.put(compiled.idOf(v), toState(p.state[v]));
            if (p.lost[v] > 0) lost.put(compiled.idOf(v), p.lost[v]);
        }
        Map<String, State> flowStates = new LinkedHashMap<>();
        List<Flow> flows = topo.flows();
        for (int f = 0; f < flows.size(); f++) flowStates.put(flows.get(f).id(), toState(p.flowState[f]));
        return new SimulationResult(scenario, nodeStates, flowStates, failed, lost,
                new ReasonWriter(topo, nodeStates, failed, lost).reasons());
    }

    static State toState(byte b) {
        return b == Propagation.DOWN ? State.DOWN : b == Propagation.DEGRADED ? State.DEGRADED : State.UP;
    }

    /**
     * Work shared by every {@code node X} scenario of a sweep (see {@link AncestorSets}), or empty when its bitsets
     * could not fit comfortably in {@code memoryBudgetBytes}; sweeps then walk the graph once per node instead.
     */
    public java.util.Optional<AncestorSets> shareSweepWork(long memoryBudgetBytes,
                                                          dev.faultline.progress.CancellationToken cancel) {
        return AncestorSets.compute(compiled, memoryBudgetBytes, cancel);
    }

    /** A sweep helper: one instance per thread, reused across scenarios. */
    public Sweeper sweeper() {
        return new Sweeper();
    }

    /** Runs {@code node X} scenarios quickly, clearing only what each run touched. Not thread-safe. */
    public final class Sweeper {
        private final Propagation p = new Propagation(compiled);
        /** Scratch: the flows of the current outcome that are DOWN (cleared after each). */
        private boolean[] flowIsDown;
        /** How many shared DEGRADED lists a sweeper keeps at most (a bound on the map, not on correctness). */
        private static final int MAX_SHARED_LISTS = 4096;
        /** The DEGRADED lists already made for outcomes with no flow DOWN, by their flow bits. */
        private final Map<FlowBits, List<String>> degradedLists = new HashMap<>();

        public NodeLossOutcome nodeLoss(int node) {
            p.failNode(node);
            p.runWholeNodeLoss();
            int down = 0;
            int degraded = 0;
            for (int k = 0; k < p.touchedNodeCount(); k++) {
                byte s = p.state[p.touchedNode(k)];
                if (s == Propagation.DOWN) down++;
                else if (s == Propagation.DEGRADED) degraded++;
            }
            List<String> flowsDown = new ArrayList<>();
            List<String> flowsDegraded = new ArrayList<>();
            List<Flow> flows = compiled.topology.flows();
            for (int k = 0; k < p.touchedFlowCount(); k++) {
                int f = p.touchedFlow(k);
                (p.flowState[f] == Propagation.DOWN ? flowsDown : flowsDegraded).add(flows.get(f).id());
            }
            flowsDown.sort(null);
            flowsDegraded.sort(null);
            p.reset();
            return new NodeLossOutcome(compiled.idOf(node), flowsDown, flowsDegraded, down, degraded);
        }

        /**
         * The same outcome as {@link #nodeLoss(int)}, with DEGRADED counted from precomputed ancestor sets, and DOWN
         * from precomputed {@link DownSets} when they were affordable (else one DOWN fixpoint walk).
         */
        public NodeLossOutcome nodeLoss(int node, AncestorSets shared) {
            if (flowIsDown == null) flowIsDown = new boolean[compiled.flowCount()];
            List<Flow> flows = compiled.topology.flows();
            int[] downFlows;
            int from;
            int to;
            int down;
            if (shared.down != null) {
                // DownSets lists them in id order already: read in place, not copied per node.
                DownSets ds = shared.down;
                down = ds.downCount[node];
                downFlows = ds.flowsDown;
                from = ds.flowStart[node];
                to = ds.flowStart[node + 1];
            } else {
                p.failNode(node);
                p.runDownOnly();
                down = p.touchedNodeCount();
                downFlows = new int[p.touchedFlowCount()];
                for (int k = 0; k < downFlows.length; k++) downFlows[k] = p.touchedFlow(k);
                p.reset();
                from = 0;
                to = downFlows.length;
            }
            List<String> flowsDown = downIds(downFlows, from, to, flows, shared.down == null);
            int comp = shared.componentOf[node];
            long[] bits = shared.flowBits[comp];
            // Nodes whose loss takes no flow DOWN share one list per set of DEGRADED flows (at 50,000 nodes most
            // nodes name the same few sets of up to 200 flows: 4.7 million list entries otherwise).
            List<String> flowsDegraded;
            if (to > from) {
                flowsDegraded = degradedIds(bits, flows);
            } else {
                FlowBits key = new FlowBits(bits);
                flowsDegraded = degradedLists.get(key);
                if (flowsDegraded == null) {
                    flowsDegraded = degradedIds(bits, flows);
                    if (degradedLists.size() < MAX_SHARED_LISTS) degradedLists.put(key, flowsDegraded);
                }
            }
            for (int k = from; k < to; k++) flowIsDown[downFlows[k]] = false;
            return new NodeLossOutcome(compiled.idOf(node), flowsDown, flowsDegraded, down,
                    shared.affectedCount[comp] - down);
        }

        /**
         * The ids of downFlows[from, to), marked in {@link #flowIsDown}, in id order (sorted here when not already).
         * An immutable list, which the outcome keeps as it is (an ArrayList it would copy); most nodes take no flow
         * DOWN and share the empty one.
         */
        private List<String> downIds(int[] downFlows, int from, int to, List<Flow> flows, boolean sort) {
            if (from == to) return List.of();
            String[] ids = new String[to - from];
            for (int k = from; k < to; k++) {
                flowIsDown[downFlows[k]] = true;
                ids[k - from] = flows.get(downFlows[k]).id();
            }
            if (sort) Arrays.sort(ids);
            return List.of(ids);
        }

        /** The ids of the flows in {@code bits} (ranks in id order) that are not DOWN, in id order. */
        private List<String> degradedIds(long[] bits, List<Flow> flows) {
            int count = 0;
            for (int w = 0; w < bits.length; w++) {
                for (long word = bits[w]; word != 0; word &= word - 1) {
                    if (!flowIsDown[compiled.flowsByIdOrder[(w << 6) + Long.numberOfTrailingZeros(word)]]) count++;
                }
            }
            // Bits by rank in id order: the list comes out sorted (a sort of 200 ids per node was a tenth of the sweep).
            String[] ids = new String[count];
            int k = 0;
            for (int w = 0; w < bits.length; w++) {
                for (long word = bits[w]; word != 0; word &= word - 1) {
                    int f = compiled.flowsByIdOrder[(w << 6) + Long.numberOfTrailingZeros(word)];
                    if (!flowIsDown[f]) ids[k++] = flows.get(f).id();
                }
            }
            return List.of(ids);
        }

        /** True when losing the whole node takes at least one flow DOWN; cheaper than {@link #nodeLoss}. */
        public boolean nodeLossTakesFlowDown(int node) {
            p.failNode(node);
            p.runWholeNodeLoss();
            boolean any = false;
            for (int k = 0; k < p.touchedFlowCount() && !any; k++) {
                any = p.flowState[p.touchedFlow(k)] == Propagation.DOWN;
            }
            p.reset();
            return any;
        }

        /** Flow ids taken DOWN by losing the given instances per node (used for zone and region sweeps). */
        public List<String> flowsDownWhenLosing(Map<Integer, Integer> lostByNode) {
            lostByNode.forEach(p::loseInstances);
            p.run();
            List<String> down = new ArrayList<>();
            List<Flow> flows = compiled.topology.flows();
            for (int k = 0; k < p.touchedFlowCount(); k++) {
                int f = p.touchedFlow(k);
                if (p.flowState[f] == Propagation.DOWN) down.add(flows.get(f).id());
            }
            down.sort(null);
            p.reset();
            return down;
        }
    }

    /** A set of flow bits as a map key (by content). */
    private record FlowBits(long[] words) {
        @Override
        public boolean equals(Object o) {
            return o instanceof FlowBits other && Arrays.equals(words, other.words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }

        @Override
        public String toString() {
            return Arrays.toString(words);
        }
    }

    private int requireNode(String id) {
        int v = compiled.indexOf(id);
        if (v < 0) {
            throw new UnknownTargetException("unknown node '" + id + "'"
                    + Suggestions.didYouMean(id, compiled.topology.nodes().stream().map(Node::id).toList()));
        }
        return v;
    }

    private String requireZone(String id) {
        if (compiled.topology.zone(id).isEmpty()) {
            throw new UnknownTargetException("unknown zone '" + id + "'"
                    + Suggestions.didYouMean(id, compiled.topology.zones().stream().map(Zone::id).toList()));
        }
        return id;
    }

    private String requireRegion(String id) {
        if (!compiled.topology.regions().contains(id)) {
            throw new UnknownTargetException("unknown region '" + id + "'"
                    + Suggestions.didYouMean(id, compiled.topology.regions()));
        }
        return id;
    }

    private String requireTeam(String id) {
        if (compiled.topology.team(id).isEmpty()) {
            throw new UnknownTargetException("unknown team '" + id + "'"
                    + Suggestions.didYouMean(id, compiled.topology.teams().stream().map(Team::id).toList()));
        }
        return id;
    }

    /** Explains each non-UP node in one line, for the canvas tooltip and the text output. */
    private record ReasonWriter(Topology topo, Map<String, State> states, Set<String> failed,
                                Map<String, Integer> lost) {
        Map<String, String> reasons() {
            Map<String, String> out = new HashMap<>();
            for (Node n : topo.nodes()) {
                State s = states.get(n.id());
                if (s != State.UP) out.put(n.id(), reason(n, s));
            }
            return out;
        }

        private String reason(Node n, State s) {
            if (failed.contains(n.id())) return "failed by the scenario";
            int lostHere = lost.getOrDefault(n.id(), 0);
            if (s == State.DOWN && n.replicas() - lostHere < n.minHealthy()) {
                return "lost " + lostHere + " of " + n.replicas() + " instances; needs " + n.minHealthy();
            }
            for (Dependency d : topo.dependenciesOf(n.id())) {
                boolean unsatisfied = d.providers().stream().allMatch(x -> states.get(x) == State.DOWN);
                if (s == State.DOWN && unsatisfied && d.isHard()) {
                    return "needs " + d.to() + (d.fallback().isEmpty() ? "" : " (and every fallback)") + ", which is DOWN";
                }
            }
            if (lostHere > 0) return "lost " + lostHere + " of " + n.replicas() + " instances; still has a quorum";
            for (Dependency d : topo.dependenciesOf(n.id())) {
                String serving = d.providers().stream().filter(x -> states.get(x) != State.DOWN).findFirst().orElse(null);
                if (serving == null) {
                    return (d.mode() == Mode.ASYNC ? "async" : "soft") + " dependency " + d.to() + " is DOWN";
                }
                if (!serving.equals(d.to())) return d.to() + " is DOWN; fallback " + serving + " serves instead";
                if (states.get(serving) == State.DEGRADED) return "depends on " + serving + ", which is DEGRADED";
            }
            return "";
        }
    }
}
