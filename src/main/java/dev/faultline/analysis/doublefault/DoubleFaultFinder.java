package dev.faultline.analysis.doublefault;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.faultline.model.Flow;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.simulation.CompiledTopology;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.ScenarioProbe;

/**
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
 * Only events that take down some gate provider can be e1 or e2 ("relevant"), and the inverse index is only needed
 * for gate providers: {@link KillerSets} gives it for node events from the graph, and the zones (few) are run.
 * So C(e) is computed only for the relevant events (issue #18: computing it for every node was Σ|C(e)|, 26 million
 * node visits at 50,000 nodes, for ~500 events that matter).
 * <p>
 * Cost: the killer sets, one scenario per zone and per relevant event, then one scenario per candidate pair.
 * Candidates are few unless fallback providers are themselves taken down by many events.
 */
public final class DoubleFaultFinder {
    private final CompiledTopology compiled;
    private final Topology topology;
    private final int nodeCount;
    private final List<String> zones;
    private final FailureEvent[] eventLabel;
    /** C(e) and the flows it takes down, for relevant events only (null for the others). */
    private final int[][] downNodes;
    private final int[][] downFlows;
    /** Stamps the flows of the pair being checked, so no array needs clearing between pairs. */
    private int pairsTried;

    private DoubleFaultFinder(CompiledTopology compiled) {
        this.compiled = compiled;
        this.topology = compiled.topology();
        this.nodeCount = compiled.nodeCount();
        this.zones = topology.zones().stream().map(z -> z.id()).toList();
        int events = nodeCount + zones.size();
        eventLabel = new FailureEvent[events];
        downNodes = new int[events][];
        downFlows = new int[events][];
    }

    public static DoubleFaults find(Topology topology) {
        return find(CompiledTopology.of(topology), CancellationToken.NONE);
    }

    public static DoubleFaults find(CompiledTopology compiled, CancellationToken cancel) {
        return new DoubleFaultFinder(compiled).run(cancel);
    }

    private DoubleFaults run(CancellationToken cancel) {
        ScenarioProbe probe = new ScenarioProbe(compiled);
        int events = eventLabel.length;
        Gates gates = Gates.of(topology, compiled);
        for (int e = nodeCount; e < events; e++) scenario(probe, e);
        int[][] killers = killers(gates, cancel);
        int[] relevant = relevantEvents(killers, nodeCount, events);
        for (int k = 0; k < relevant.length; k++) {
            if ((k & 255) == 0) cancel.throwIfCancelled();
            if (downNodes[relevant[k]] == null) scenario(probe, relevant[k]);
        }
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
        for (int k = 0; k < relevant.length; k++) {
            if ((k & 63) == 0) cancel.throwIfCancelled();
            int e1 = relevant[k];
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
                    pairs.add(new DoubleFault(List.of(label(e1), label(e2)), newlyDown));
                }
            }
        }
        pairs.sort(DoubleFault.ORDER);
        return new DoubleFaults(pairs);
    }

    /** Runs event e alone and keeps C(e) and the flows it takes down. */
    private void scenario(ScenarioProbe probe, int e) {
        apply(probe, e);
        probe.run();
        downNodes[e] = downNodes(probe);
        downFlows[e] = downFlows(probe);
        probe.reset();
    }

    /** For each gate provider: the events (ascending; nodes, then zones) whose C contains it; null for other nodes. */
    private int[][] killers(Gates gates, CancellationToken cancel) {
        // Every gate provider once, ascending (marked in an array: a stream's distinct() boxed each of them).
        boolean[] isTarget = new boolean[nodeCount];
        int targetCount = 0;
        for (int[] ps : gates.providers) {
            for (int p : ps) {
                if (!isTarget[p]) {
                    isTarget[p] = true;
                    targetCount++;
                }
            }
        }
        int[] targets = new int[targetCount];
        for (int v = 0, i = 0; v < nodeCount; v++) if (isTarget[v]) targets[i++] = v;
        int[][] byNode = KillerSets.of(targets, gates.seriesStart, gates.seriesTo, gates.ofCaller, gates.providers,
                nodeCount);
        cancel.throwIfCancelled();
        int[] zonesOfNode = new int[nodeCount];
        for (int e = nodeCount; e < eventLabel.length; e++) for (int v : downNodes[e]) zonesOfNode[v]++;
        int[][] killers = new int[nodeCount][];
        for (int i = 0; i < targets.length; i++) {
            int t = targets[i];
            int[] k = Arrays.copyOf(byNode[i], byNode[i].length + zonesOfNode[t]);
            killers[t] = k;
            zonesOfNode[t] = byNode[i].length; // from here: where t's next zone goes
        }
        for (int e = nodeCount; e < eventLabel.length; e++) {
            for (int v : downNodes[e]) if (killers[v] != null) killers[v][zonesOfNode[v]++] = e;
        }
        return killers;
    }

    /** The events that take down some gate provider, and every zone, ascending. */
    private static int[] relevantEvents(int[][] killers, int nodeCount, int events) {
        boolean[] relevant = new boolean[events];
        for (int[] k : killers) if (k != null) for (int e : k) relevant[e] = true;
        Arrays.fill(relevant, nodeCount, events, true);
        int count = 0;
        for (boolean r : relevant) if (r) count++;
        int[] out = new int[count];
        int i = 0;
        for (int e = 0; e < events; e++) if (relevant[e]) out[i++] = e;
        return out;
    }

    private FailureEvent label(int e) {
        if (eventLabel[e] == null) {
            eventLabel[e] = e < nodeCount ? FailureEvent.node(compiled.idOf(e)) : FailureEvent.zone(zones.get(e - nodeCount));
        }
        return eventLabel[e];
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

    /**
     * Sync+required dependencies with at least two distinct providers: the only places where two faults combine;
     * and, for {@link KillerSets}, the hard dependencies with a single provider (series edges) as flat arrays.
     */
    private record Gates(int[] caller, int[][] providers, int[][] ofProvider, int[][] ofCaller, int[] seriesStart,
                         int[] seriesTo) {
        static Gates of(Topology t, CompiledTopology compiled) {
            int n = t.nodes().size();
            List<Integer> callers = new ArrayList<>();
            List<int[]> providers = new ArrayList<>();
            int[] seriesCount = new int[n + 1];
            List<int[]> series = new ArrayList<>();
            // The compiled topology's ends and distinct providers ({@code to} first): no id is looked up again.
            for (int d = 0; d < compiled.dependencyCount(); d++) {
                if (!compiled.dependencyHard(d)) continue;
                int from = compiled.dependencyFrom(d);
                int[] ps = compiled.dependencyProviders(d);
                if (ps.length < 2) {
                    series.add(new int[] {from, ps[0]});
                    seriesCount[from + 1]++;
                    continue;
                }
                callers.add(from);
                providers.add(ps);
            }
            int[] seriesStart = new int[n + 1];
            for (int v = 0; v < n; v++) seriesStart[v + 1] = seriesStart[v] + seriesCount[v + 1];
            int[] seriesTo = new int[series.size()];
            int[] fill = Arrays.copyOf(seriesStart, n);
            for (int[] edge : series) seriesTo[fill[edge[0]]++] = edge[1];
            // Per node, its gates as a provider and as the caller, ascending: counted, then filled in gate order
            // (issue #18: a boxed list per node and two streams to arrays were a fifteenth of this analysis).
            int gateCount = providers.size();
            int[] caller = new int[gateCount];
            int[] ofCount = new int[n];
            int[] byCallerCount = new int[n];
            for (int g = 0; g < gateCount; g++) {
                caller[g] = callers.get(g);
                for (int p : providers.get(g)) ofCount[p]++;
                byCallerCount[caller[g]]++;
            }
            int[][] of = new int[n][];
            int[][] byCaller = new int[n][];
            for (int v = 0; v < n; v++) {
                of[v] = new int[ofCount[v]];
                byCaller[v] = new int[byCallerCount[v]];
            }
            Arrays.fill(ofCount, 0);
            Arrays.fill(byCallerCount, 0);
            for (int g = 0; g < gateCount; g++) {
                for (int p : providers.get(g)) of[p][ofCount[p]++] = g;
                byCaller[caller[g]][byCallerCount[caller[g]]++] = g;
            }
            return new Gates(caller, providers.toArray(new int[0][]), of, byCaller, seriesStart, seriesTo);
        }
    }
}
