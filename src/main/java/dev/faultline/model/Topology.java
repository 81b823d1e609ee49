package dev.faultline.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * A validated, immutable topology. Construction checks referential integrity (and throws
 * {@link IllegalArgumentException}); user files go through {@code dev.faultline.io}, which reports every problem
 * with its line and column before anything is built.
 */
public final class Topology {
    private final String name;
    private final String description;
    private final List<Team> teams;
    private final List<Zone> zones;
    private final List<Node> nodes;
    private final List<Dependency> dependencies;
    private final List<Flow> flows;
    private final FlowSource flowSource;
    private final Map<String, Node> nodesById;
    private final Map<String, Team> teamsById;
    private final Map<String, Zone> zonesById;
    private final Map<String, List<Dependency>> dependenciesByCaller;
    private final Map<String, List<Dependency>> dependenciesByProvider;
    private final Map<String, List<Node>> nodesByTeam;

    public Topology(String name, String description, List<Team> teams, List<Zone> zones, List<Node> nodes,
                    List<Dependency> dependencies, List<Flow> declaredFlows) {
        this(name, description, teams, zones, nodes, dependencies, declaredFlows, true);
    }

    /**
     * The topology of a file whose every reference a loader's validation has already resolved (its teams, zones,
     * dependency ends, fallbacks and flow members all declared, no node depending on itself): the same topology as
     * the constructor gives, without resolving the references a second time (issue #18: about 650,000 hash
     * lookups at 50,000 nodes). Ids are still checked for uniqueness. Given references that do not resolve, it
     * gives an inconsistent topology: everything else goes through the constructor.
     */
    public static Topology ofResolvedReferences(String name, String description, List<Team> teams, List<Zone> zones,
                                                List<Node> nodes, List<Dependency> dependencies,
                                                List<Flow> declaredFlows) {
        return new Topology(name, description, teams, zones, nodes, dependencies, declaredFlows, false);
    }

    private Topology(String name, String description, List<Team> teams, List<Zone> zones, List<Node> nodes,
                     List<Dependency> dependencies, List<Flow> declaredFlows, boolean resolveReferences) {
        this.name = name;
        this.description = description;
        this.teams = List.copyOf(teams);
        this.zones = List.copyOf(zones);
        this.nodes = List.copyOf(nodes);
        this.dependencies = List.copyOf(dependencies);
        this.nodesById = index(this.nodes, Node::id, "node");
        this.teamsById = index(this.teams, Team::id, "team");
        this.zonesById = index(this.zones, Zone::id, "zone");
        if (this.nodes.isEmpty()) throw new IllegalArgumentException("a topology needs at least one node");
        if (resolveReferences) checkReferences(declaredFlows);
        // Keyed by node ids: sized for every node at once, not grown (and rehashed) on the way (issue #18).
        this.dependenciesByCaller = groupByOne(this.dependencies, Dependency::from, this.nodes.size());
        // Most dependencies have one provider: no set to build for those (216,000 of them at 50,000 nodes).
        this.dependenciesByProvider = group(this.dependencies, d -> d.providers().size() == 1 ? d.providers()
                : List.copyOf(new java.util.LinkedHashSet<>(d.providers())), this.nodes.size());
        this.nodesByTeam = groupByOne(this.nodes, Node::team, this.teams.size());
        if (!declaredFlows.isEmpty()) {
            this.flowSource = FlowSource.DECLARED;
            this.flows = List.copyOf(declaredFlows);
            index(this.flows, Flow::id, "flow");
        } else if (this.nodes.stream().anyMatch(Node::entrypoint)) {
            this.flowSource = FlowSource.ENTRYPOINTS;
            this.flows = this.nodes.stream().filter(Node::entrypoint).map(Flow::ofEntry).toList();
        } else {
            this.flowSource = FlowSource.ROOTS;
            this.flows = rootNodes().stream().map(id -> Flow.ofEntry(nodesById.get(id))).toList();
        }
    }

    /** A topology with just nodes and dependencies, for tests and generators. */
    public static Topology of(String name, List<Node> nodes, List<Dependency> dependencies) {
        return new Topology(name, null, List.of(), List.of(), nodes, dependencies, List.of());
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id, String what) {
        Map<String, T> map = new LinkedHashMap<>(capacity(items.size()));
        for (T item : items) {
            if (map.put(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate " + what + " id '" + id.apply(item) + "'");
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** Indexes items under every key the function gives, keeping file order; lookups are then O(1). */
    private static <T> Map<String, List<T>> group(List<T> items, Function<T, List<String>> keys, int expectedKeys) {
        Map<String, List<T>> map = new java.util.HashMap<>(capacity(expectedKeys));
        for (T item : items) {
            for (String k : keys.apply(item)) map.computeIfAbsent(k, x -> new ArrayList<>()).add(item);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return map;
    }

    /** {@link #group} for items with one key each (or none: null), without a one-key list per item. */
    private static <T> Map<String, List<T>> groupByOne(List<T> items, Function<T, String> key, int expectedKeys) {
        Map<String, List<T>> map = new java.util.HashMap<>(capacity(expectedKeys));
        for (T item : items) {
            String k = key.apply(item);
            if (k == null) continue;
            List<T> list = map.get(k);
            if (list == null) map.put(k, list = new ArrayList<>(4));
            list.add(item);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return map;
    }

    /** A hash map's initial capacity for {@code entries} entries without a resize (its load factor is 0.75). */
    static int capacity(int entries) {
        return (int) (entries / 0.75f) + 1;
    }

    private void checkReferences(List<Flow> declaredFlows) {
        for (Node n : nodes) {
            if (n.team() != null) require(teamsById, n.team(), "team", n.id());
            for (String z : n.zones()) require(zonesById, z, "zone", n.id()); // a loop: no lambda per node
        }
        for (Dependency d : dependencies) {
            // The label is spelled out only for the exception (216,000 dependencies at 50,000 nodes, issue #18).
            for (String p : d.providers()) {
                if (!nodesById.containsKey(p)) require(nodesById, p, "node", d.label());
            }
            if (!nodesById.containsKey(d.from())) require(nodesById, d.from(), "node", d.label());
            if (d.from().equals(d.to())) throw new IllegalArgumentException("self dependency: " + d.from());
        }
        for (Flow f : declaredFlows) {
            f.members().forEach(m -> require(nodesById, m, "node", "flow " + f.id()));
        }
    }

    private static void require(Map<String, ?> map, String id, String what, String where) {
        if (!map.containsKey(id)) throw new IllegalArgumentException(where + " names unknown " + what + " '" + id + "'");
    }

    /** Nodes that no other node depends on, neither as {@code to} nor as a fallback, in file order. */
    public List<String> rootNodes() {
        Set<String> needed = new HashSet<>();
        dependencies.forEach(d -> needed.addAll(d.providers()));
        return nodes.stream().map(Node::id).filter(id -> !needed.contains(id)).toList();
    }

    public String name() { return name; }

    public Optional<String> description() { return Optional.ofNullable(description); }

    public List<Team> teams() { return teams; }

    public List<Zone> zones() { return zones; }

    public List<Node> nodes() { return nodes; }

    public List<Dependency> dependencies() { return dependencies; }

    /** The flows every analysis uses: declared ones, or those derived per {@link #flowSource()}. */
    public List<Flow> flows() { return flows; }

    public FlowSource flowSource() { return flowSource; }

    public Optional<Node> node(String id) { return Optional.ofNullable(nodesById.get(id)); }

    public Node requireNode(String id) {
        Node n = nodesById.get(id);
        if (n == null) throw new IllegalArgumentException("unknown node '" + id + "'");
        return n;
    }

    public Optional<Team> team(String id) { return Optional.ofNullable(teamsById.get(id)); }

    public Optional<Zone> zone(String id) { return Optional.ofNullable(zonesById.get(id)); }

    public Optional<Flow> flow(String id) { return flows.stream().filter(f -> f.id().equals(id)).findFirst(); }

    /** Distinct region ids named by zones, sorted. */
    public List<String> regions() {
        return zones.stream().map(Zone::region).filter(r -> r != null).collect(Collectors.toCollection(TreeSet::new))
                .stream().toList();
    }

    /** Zone ids of a region, in file order. */
    public List<String> zonesOfRegion(String region) {
        return zones.stream().filter(z -> region.equals(z.region())).map(Zone::id).toList();
    }

    /** Nodes owned by a team, in file order. */
    public List<Node> nodesOwnedBy(String teamId) {
        return nodesByTeam.getOrDefault(teamId, List.of());
    }

    public List<Dependency> dependenciesOf(String nodeId) {
        return dependenciesByCaller.getOrDefault(nodeId, List.of());
    }

    /** Dependencies in which the node serves, as {@code to} or as a fallback. */
    public List<Dependency> dependentsOf(String nodeId) {
        return dependenciesByProvider.getOrDefault(nodeId, List.of());
    }

    /**
     * The topology as a JGraphT directed graph: one vertex per node id, one edge per dependency (caller to callee).
     * Fallbacks are not edges here; they live on the {@link Dependency}. Built on each call: callers keep it.
     */
    public Graph<String, Dependency> graph() {
        Graph<String, Dependency> g = new DirectedPseudograph<>(Dependency.class);
        nodes.forEach(n -> g.addVertex(n.id()));
        for (Dependency d : dependencies) g.addEdge(d.from(), d.to(), d);
        return g;
    }

    /** A copy with other nodes, keeping everything else. Used by what-if views and importers. */
    public Topology withNodes(List<Node> newNodes) {
        return new Topology(name, description, teams, zones, newNodes, dependencies, declaredFlows());
    }

    /** The flows the file declares; empty when flows are derived from entrypoints or roots. */
    public List<Flow> declaredFlows() {
        return flowSource == FlowSource.DECLARED ? flows : List.of();
    }

    @Override
    public String toString() {
        return "Topology[" + name + ", " + nodes.size() + " nodes, " + dependencies.size() + " dependencies]";
    }

    /** All ids in a list, sorted; handy for stable output. */
    public static List<String> sorted(java.util.Collection<String> ids) {
        List<String> list = new ArrayList<>(ids);
        Collections.sort(list);
        return list;
    }
}
