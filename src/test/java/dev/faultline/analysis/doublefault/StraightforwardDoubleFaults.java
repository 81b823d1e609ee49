package dev.faultline.analysis.doublefault;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.simulation.CompiledTopology;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.ScenarioProbe;

/**
 * The double-fault search as it was before issue #18, kept as the reference for the fast one: C(e) is computed for
 * every event, and the inverse index for every node.
 * <p>
 * The original description:
 * Finds every double fault (risk-model.md §2) without trying all pairs of events.
 * <p>
 * Why it is enough to look at a few pairs: let C(e) be the nodes DOWN after event e alone (closed under the failure
 * rules). If the events of a pair do not interact, the pair's DOWN set is C(e1) ∪ C(e2), and it takes down only flows
 * that one of them takes down alone. Running the rules on the pair, the first node that goes DOWN outside that union
 * does so through a sync+required dependency whose providers ({@code to} and fallbacks) are all DOWN, some only in
 * C(e1) and some only in C(e2) — so that dependency has at least two providers (a "gate"), e1 hits it partly, and e2
 * takes down one of its other providers. The only other way to interact is two zones that each hold part of one
 * node's instances. So for each e1 the candidates e2 are: the events whose C contains a provider, not in C(e1), of a
 * gate partly hit by e1 (looked up in the inverse index "which events take node p down"), and, for zones, the other
 * zones. Each candidate pair is then run once to check it.
 * <p>
 * Cost: one scenario per event for the C sets (linear in what each reaches; Σ|C(e)| memory), then one scenario per
 * candidate pair. Candidates are few unless fallback providers are themselves taken down by many events.
 */
final class StraightforwardDoubleFaults {
    private final CompiledTopology compiled;
    private final Topology topology;
    private final int nodeCount;
    private final List<String> zones;
    private final FailureEvent[] eventLabel;
    private final int[][] downNodes;
    private final int[][] downFlows;
    /** Stamps the flows of the pair being checked, so no array needs clearing between pairs. */
    private int pairsTried;

    private StraightforwardDoubleFaults(CompiledTopology compiled) {
        this.compiled = compiled;
        this.topology = compiled.topology();
        this.nodeCount = compiled.nodeCount();
        this.zones = topology.zones().stream().map(z -> z.id()).toList();
        int events = nodeCount + zones.size();
        eventLabel = new FailureEvent[events];
        for (int v = 0; v < nodeCount; v++) eventLabel[v] = FailureEvent.node(compiled.idOf(v));
        for (int z = 0; z < zones.size(); z++) eventLabel[nodeCount + z] = FailureEvent.zone(zones.get(z));
        downNodes = new int[events][];
        downFlows = new int[events][];
    }

    static DoubleFaults find(Topology topology) {
        return find(new CompiledTopology(topology), CancellationToken.NONE);
    }

    static DoubleFaults find(CompiledTopology compiled, CancellationToken cancel) {
        return new StraightforwardDoubleFaults(compiled).run(cancel);
    }

    private DoubleFaults run(CancellationToken cancel) {
        ScenarioProbe probe = new ScenarioProbe(compiled);
        int events = eventLabel.length;
        for (int e = 0; e < events; e++) {
            if ((e & 255) == 0) cancel.throwIfCancelled();
            apply(probe, e);
            probe.run();
            downNodes[e] = downNodes(probe);
            downFlows[e] = downFlows(probe);
            probe.reset();
        }
        int[][] killers = invert(downNodes, nodeCount);
        Gates gates = Gates.of(topology);
        List<DoubleFault> pairs = new ArrayList<>();
        int[] inFirst = new int[nodeCount];
        int[] gateSeen = new int[gates.caller.length];
        int[] candidateSeen = new int[events];
        int[] flowSeen = new int[compiled.flowCount()];
        Arrays.fill(inFirst, -1);
        Arrays.fill(gateSeen, -1);
        Arrays.fill(candidateSeen, -1);
        Arrays.fill(flowSeen, -1);
        List<Flow> flows = topology.flows();
        for (int e1 = 0; e1 < events; e1++) {
            if ((e1 & 63) == 0) cancel.throwIfCancelled();
            for (int v : downNodes[e1]) inFirst[v] = e1;
            List<Integer> candidates = new ArrayList<>();
            for (int v : downNodes[e1]) {
                for (int g : gates.ofProvider[v]) {
                    if (gateSeen[g] == e1 || inFirst[gates.caller[g]] == e1) continue;
                    gateSeen[g] = e1;
                    for (int p : gates.providers[g]) {
                        if (inFirst[p] == e1) continue;
                        for (int e2 : killers[p]) {
                            if (e2 > e1 && candidateSeen[e2] != e1) {
                                candidateSeen[e2] = e1;
                                candidates.add(e2);
                            }
                        }
                    }
                }
            }
            if (e1 >= nodeCount) {
                for (int e2 = e1 + 1; e2 < events; e2++) {
                    if (candidateSeen[e2] != e1) {
                        candidateSeen[e2] = e1;
                        candidates.add(e2);
                    }
                }
            }
            for (int e2 : candidates) {
                List<String> newlyDown = newlyDown(probe, e1, e2, flowSeen, flows);
                if (!newlyDown.isEmpty()) {
                    pairs.add(new DoubleFault(List.of(eventLabel[e1], eventLabel[e2]), newlyDown));
                }
            }
        }
        pairs.sort(DoubleFault.ORDER);
        return new DoubleFaults(pairs);
    }

    /** Flows the pair takes DOWN that neither event takes down alone, sorted by id. */
    private List<String> newlyDown(ScenarioProbe probe, int e1, int e2, int[] flowSeen, List<Flow> flows) {
        int stamp = ++pairsTried;
        for (int f : downFlows[e1]) flowSeen[f] = stamp;
        for (int f : downFlows[e2]) flowSeen[f] = stamp;
        apply(probe, e1);
        apply(probe, e2);
        probe.run();
        List<String> out = new ArrayList<>();
        for (int k = 0; k < probe.touchedFlowCount(); k++) {
            int f = probe.touchedFlow(k);
            if (probe.flowDown(f) && flowSeen[f] != stamp) out.add(flows.get(f).id());
        }
        probe.reset();
        out.sort(null);
        return out;
    }

    private void apply(ScenarioProbe probe, int event) {
        if (event < nodeCount) probe.failNode(event);
        else probe.failZone(zones.get(event - nodeCount));
    }

    private static int[] downNodes(ScenarioProbe probe) {
        int[] out = new int[probe.touchedNodeCount()];
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            int v = probe.touchedNode(i);
            if (probe.nodeDown(v)) out[k++] = v;
        }
        return Arrays.copyOf(out, k);
    }

    private static int[] downFlows(ScenarioProbe probe) {
        int[] out = new int[probe.touchedFlowCount()];
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            int f = probe.touchedFlow(i);
            if (probe.flowDown(f)) out[k++] = f;
        }
        return Arrays.copyOf(out, k);
    }

    /** For each node: the events whose C contains it. */
    private static int[][] invert(int[][] sets, int nodeCount) {
        int[] count = new int[nodeCount];
        for (int[] s : sets) for (int v : s) count[v]++;
        int[][] out = new int[nodeCount][];
        for (int v = 0; v < nodeCount; v++) out[v] = new int[count[v]];
        Arrays.fill(count, 0);
        for (int e = 0; e < sets.length; e++) for (int v : sets[e]) out[v][count[v]++] = e;
        return out;
    }

    /** Sync+required dependencies with at least two distinct providers: the only places where two faults combine. */
    private record Gates(int[] caller, int[][] providers, int[][] ofProvider) {
        static Gates of(Topology t) {
            Map<String, Integer> index = new HashMap<>();
            for (int v = 0; v < t.nodes().size(); v++) index.put(t.nodes().get(v).id(), v);
            List<Integer> callers = new ArrayList<>();
            List<int[]> providers = new ArrayList<>();
            for (Dependency d : t.dependencies()) {
                if (!d.isHard()) continue;
                int[] ps = new LinkedHashSet<>(d.providers()).stream().mapToInt(index::get).toArray();
                if (ps.length < 2) continue;
                callers.add(index.get(d.from()));
                providers.add(ps);
            }
            List<List<Integer>> of = new ArrayList<>();
            for (int v = 0; v < t.nodes().size(); v++) of.add(new ArrayList<>());
            for (int g = 0; g < providers.size(); g++) for (int p : providers.get(g)) of.get(p).add(g);
            return new Gates(callers.stream().mapToInt(Integer::intValue).toArray(), providers.toArray(new int[0][]),
                    of.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new));
        }
    }
}
