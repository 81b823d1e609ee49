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
    /**
     * {@link #providerOf} flattened: node v's dependencies are {@code providerList[providerStart[v] ..
     * providerStart[v + 1])}, in the same order. The propagation's inner loop walks them for every node it takes
     * DOWN (issue #18: the double faults', capacity's and failure domains' scenarios at 50,000 nodes), and one flat
     * array spares it a pointer to a row per node.
     */
    final int[] providerStart;
    final int[] providerList;
    /** For each node: the dependencies whose {@code to} it is (callers that notice when it is not UP). */
    final int[][] callersOf;
    /** For each flow: its member nodes (entry then via). */
    final int[][] flowMembers;
    /** For each node: the flows it is a member of. */
    final int[][] flowsOfNode;
    /** Node id to index (identity first: see {@link IdIndex}). */
    private final IdIndex indexById;
    /** Flow indices in flow id order, and each flow's rank in that order (lists of flows are printed so). */
    final int[] flowsByIdOrder;
    final int[] flowRank;
    /** Per zone id: {node indices, instances of that node placed in the zone}, built on first use. */
    private volatile Map<String, int[][]> instancesByZone;

    public CompiledTopology(Topology topology) {
        this.topology = topology;
        List<Node> nodes = topology.nodes();
        nodeCount = nodes.size();
        replicas = new int[nodeCount];
        minHealthy = new int[nodeCount];
        String[] ids = new String[nodeCount];
        for (int i = 0; i < nodeCount; i++) {
            Node n = nodes.get(i);
            ids[i] = n.id();
            replicas[i] = n.replicas();
            minHealthy[i] = n.minHealthy();
        }
        indexById = new IdIndex(java.util.Arrays.asList(ids));
        List<Dependency> deps = topology.dependencies();
        depFrom = new int[deps.size()];
        depProviders = new int[deps.size()][];
        depHard = new boolean[deps.size()];
        for (int d = 0; d < deps.size(); d++) {
            Dependency dep = deps.get(d);
            depFrom[d] = index(dep.from());
            depHard[d] = dep.isHard();
            // Nearly every dependency has no fallback: its one provider without a list (216,000 at 50,000 nodes).
            depProviders[d] = dep.fallback().isEmpty() ? new int[] {index(dep.to())} : distinct(dep.providers());
        }
        int[] served = new int[nodeCount];
        for (int[] providers : depProviders) for (int p : providers) served[p]++;
        providerOf = rows(served);
        java.util.Arrays.fill(served, 0);
        for (int d = 0; d < depProviders.length; d++) for (int p : depProviders[d]) providerOf[p][served[p]++] = d;
        providerStart = new int[nodeCount + 1];
        for (int v = 0; v < nodeCount; v++) providerStart[v + 1] = providerStart[v] + providerOf[v].length;
        providerList = new int[providerStart[nodeCount]];
        for (int v = 0; v < nodeCount; v++) {
            System.arraycopy(providerOf[v], 0, providerList, providerStart[v], providerOf[v].length);
        }
        int[] called = new int[nodeCount];
        for (int[] providers : depProviders) called[providers[0]]++;
        callersOf = rows(called);
        java.util.Arrays.fill(called, 0);
        for (int d = 0; d < depProviders.length; d++) callersOf[depProviders[d][0]][called[depProviders[d][0]]++] = d;
        List<Flow> flows = topology.flows();
        flowMembers = new int[flows.size()][];
        int[] memberOf = new int[nodeCount];
        for (int f = 0; f < flows.size(); f++) {
            flowMembers[f] = distinct(flows.get(f).members());
            for (int m : flowMembers[f]) memberOf[m]++;
        }
        flowsOfNode = rows(memberOf);
        java.util.Arrays.fill(memberOf, 0);
        for (int f = 0; f < flowMembers.length; f++) for (int m : flowMembers[f]) flowsOfNode[m][memberOf[m]++] = f;
        flowsByIdOrder = java.util.stream.IntStream.range(0, flows.size()).boxed()
                .sorted(java.util.Comparator.comparing(f -> flows.get(f).id())).mapToInt(Integer::intValue).toArray();
        flowRank = new int[flows.size()];
        for (int r = 0; r < flowRank.length; r++) flowRank[flowsByIdOrder[r]] = r;
    }

    /**
     * The topology of {@code topology}: the one last compiled when it is still in use (the analyses of one topology
     * share it: each used to resolve every dependency's ids again, issue #18), else a new one. A thread that asks while
     * another is compiling the same topology waits for that one rather than compiling it again (issue #18: at 50,000
     * nodes latency, started beside the failure engine, compiled its own copy on the other core, ~0.1 s of CPU).
     */
    public static CompiledTopology of(Topology topology) {
        java.util.concurrent.FutureTask<CompiledTopology> build;
        boolean mine = false;
        synchronized (CompiledTopology.class) {
            CompiledTopology last = lastCompiled.get();
            if (last != null && last.topology == topology) return last;
            if (building != null && buildingFor == topology) {
                build = building;
            } else {
                build = new java.util.concurrent.FutureTask<>(() -> new CompiledTopology(topology));
                building = build;
                buildingFor = topology;
                mine = true;
            }
        }
        if (!mine) return awaited(build);
        build.run();
        CompiledTopology fresh = null;
        try {
            fresh = awaited(build);
            return fresh;
        } finally {
            // In one step, so that no thread finds neither the compilation under way nor its result.
            synchronized (CompiledTopology.class) {
                if (building == build) {
                    building = null;
                    buildingFor = null;
                }
                if (fresh != null) lastCompiled = new java.lang.ref.WeakReference<>(fresh);
            }
        }
    }

    /** The compilation's result, waited for without giving up on an interrupt; its failure rethrown as it was. */
    private static CompiledTopology awaited(java.util.concurrent.FutureTask<CompiledTopology> build) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return build.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) throw r;
                    if (cause instanceof Error err) throw err;
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** Weak: kept only while some analysis or engine still holds it (it holds its topology). */
    private static java.lang.ref.WeakReference<CompiledTopology> lastCompiled = new java.lang.ref.WeakReference<>(null);
    /** The compilation under way, if any, and its topology (held only while it runs). */
    private static java.util.concurrent.FutureTask<CompiledTopology> building;
    private static Topology buildingFor;

    /** The distinct indices of the ids, first occurrence first (pairwise: lists are short; a set for long ones). */
    private int[] distinct(List<String> ids) {
        if (ids.size() > 16) ids = List.copyOf(new LinkedHashSet<>(ids));
        int[] out = new int[ids.size()];
        int count = 0;
        for (String id : ids) {
            int v = index(id);
            boolean seen = false;
            for (int k = 0; k < count && !seen; k++) seen = out[k] == v;
            if (!seen) out[count++] = v;
        }
        return count == out.length ? out : java.util.Arrays.copyOf(out, count);
    }

    /**
     * The index of a node id the topology has checked (every reference names a node): the map's unboxing threw on
     * an unknown one, and so does this.
     */
    private int index(String id) {
        int v = indexById.resolve(id);
        if (v < 0) throw new NullPointerException("unknown node id " + id);
        return v;
    }

    /** Empty rows of the given lengths. */
    private static int[][] rows(int[] lengths) {
        int[][] out = new int[lengths.length][];
        for (int v = 0; v < lengths.length; v++) out[v] = new int[lengths[v]];
        return out;
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

    /** The callee ({@code to}) of dependency d. */
    public int dependencyTo(int d) {
        return depProviders[d][0];
    }

    /** Whether dependency d is sync and required. */
    public boolean dependencyHard(int d) {
        return depHard[d];
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
        return nodeId == null ? -1 : indexById.indexOf(nodeId);
    }

    public String idOf(int index) {
        return topology.nodes().get(index).id();
    }
}
