package dev.faultline.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * The topology as compact int arrays, built once and shared by every scenario and sweep. Index i is the i-th node
 * of {@link Topology#nodes()}; dependency d the d-th of {@link Topology#dependencies()}. Arrays over objects make
 * the engine an order of magnitude faster than walking graph objects (see docs/performance.md).
 */
public final class CompiledTopology {
    final Topology topology;
    final int nodeCount;
    final int[] replicas;
    final int[] minHealthy;
    /** For each dependency: the caller. */
    final int[] depFrom;
    /** For each dependency: its distinct providers ({@code to} first, then fallbacks), in trial order. */
    final int[][] depProviders;
    /** For each dependency: sync and required. */
    final boolean[] depHard;
    /** For each node: the dependencies it serves in (as to or fallback), each listed once. */
    final int[][] providerOf;
    /** For each node: the dependencies whose {@code to} it is (callers that notice when it is not UP). */
    final int[][] callersOf;
    /** For each flow: its member nodes (entry then via). */
    final int[][] flowMembers;
    /** For each node: the flows it is a member of. */
    final int[][] flowsOfNode;
    private final Map<String, Integer> indexById;
    /** Per zone id: {node indices, instances of that node placed in the zone}, built on first use. */
    private volatile Map<String, int[][]> instancesByZone;

    public CompiledTopology(Topology topology) {
        this.topology = topology;
        List<Node> nodes = topology.nodes();
        nodeCount = nodes.size();
        indexById = new HashMap<>(nodeCount * 2);
        replicas = new int[nodeCount];
        minHealthy = new int[nodeCount];
        for (int i = 0; i < nodeCount; i++) {
            Node n = nodes.get(i);
            indexById.put(n.id(), i);
            replicas[i] = n.replicas();
            minHealthy[i] = n.minHealthy();
        }
        List<Dependency> deps = topology.dependencies();
        depFrom = new int[deps.size()];
        depProviders = new int[deps.size()][];
        depHard = new boolean[deps.size()];
        List<List<Integer>> servesIn = newLists(nodeCount);
        for (int d = 0; d < deps.size(); d++) {
            Dependency dep = deps.get(d);
            depFrom[d] = indexById.get(dep.from());
            depHard[d] = dep.isHard();
            depProviders[d] = new LinkedHashSet<>(dep.providers()).stream().mapToInt(indexById::get).toArray();
            for (int p : depProviders[d]) servesIn.get(p).add(d);
        }
        providerOf = toArrays(servesIn);
        List<List<Integer>> toIn = newLists(nodeCount);
        for (int d = 0; d < deps.size(); d++) toIn.get(depProviders[d][0]).add(d);
        callersOf = toArrays(toIn);
        List<Flow> flows = topology.flows();
        flowMembers = new int[flows.size()][];
        List<List<Integer>> flowsOf = newLists(nodeCount);
        for (int f = 0; f < flows.size(); f++) {
            flowMembers[f] = new LinkedHashSet<>(flows.get(f).members()).stream().mapToInt(indexById::get).toArray();
            for (int m : flowMembers[f]) flowsOf.get(m).add(f);
        }
        flowsOfNode = toArrays(flowsOf);
    }

    private static List<List<Integer>> newLists(int n) {
        List<List<Integer>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) lists.add(new ArrayList<>(2));
        return lists;
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        int[][] arrays = new int[lists.size()][];
        for (int i = 0; i < arrays.length; i++) arrays[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        return arrays;
    }

    /** For a zone: parallel arrays of node indices and how many of each node's instances it holds (round-robin). */
    public int[][] instancesInZone(String zone) {
        Map<String, int[][]> byZone = instancesByZone;
        if (byZone == null) {
            byZone = placeInstances();
            instancesByZone = byZone;
        }
        return byZone.getOrDefault(zone, new int[][] {new int[0], new int[0]});
    }

    private Map<String, int[][]> placeInstances() {
        Map<String, List<int[]>> pairs = new HashMap<>();
        List<Node> nodes = topology.nodes();
        for (int v = 0; v < nodes.size(); v++) {
            Node n = nodes.get(v);
            if (n.zones().isEmpty()) continue;
            Map<String, Integer> counts = n.instancesByZone(); // arithmetic: replicas may be 100,000
            final int node = v;
            counts.forEach((z, c) -> pairs.computeIfAbsent(z, k -> new ArrayList<>()).add(new int[] {node, c}));
        }
        Map<String, int[][]> out = new HashMap<>();
        pairs.forEach((z, list) -> out.put(z, new int[][] {
            list.stream().mapToInt(p -> p[0]).toArray(), list.stream().mapToInt(p -> p[1]).toArray()}));
        return out;
    }

    public Topology topology() {
        return topology;
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int flowCount() {
        return flowMembers.length;
    }

    public int dependencyCount() {
        return depFrom.length;
    }

    /** The caller of dependency d. */
    public int dependencyFrom(int d) {
        return depFrom[d];
    }

    /**
     * The distinct providers of dependency d ({@code to} first, then fallbacks) in trial order. The engine's own
     * array, shared to spare the analyses a second resolution of every id: callers must not modify it.
     */
    public int[] dependencyProviders(int d) {
        return depProviders[d];
    }

    /** The index of a node id, or -1. */
    public int indexOf(String nodeId) {
        Integer i = indexById.get(nodeId);
        return i == null ? -1 : i;
    }

    public String idOf(int index) {
        return topology.nodes().get(index).id();
    }
}
