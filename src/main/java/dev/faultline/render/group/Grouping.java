package dev.faultline.render.group;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * Every node in exactly one group. Team groups follow {@code team:} (nodes without one share "(no team)"); zone
 * groups follow the set of zones a node's instances live in ("eu-1a + eu-1b" for a node spread over two), so a
 * zone's block says what one zone's loss touches alone; cluster groups come from {@link Clusters}. Groups are in
 * the order their first member appears in the file.
 */
public final class Grouping {
    static final String NO_TEAM = "(no team)";
    static final String NO_ZONE = "(no zone)";

    private final GroupBy by;
    private final List<NodeGroup> groups;
    private final Map<String, String> groupOfNode;
    private final Map<String, NodeGroup> byId;

    private Grouping(GroupBy by, List<NodeGroup> groups) {
        this.by = by;
        this.groups = List.copyOf(groups);
        Map<String, String> of = new HashMap<>();
        Map<String, NodeGroup> ids = new HashMap<>();
        for (NodeGroup g : groups) {
            ids.put(g.id(), g);
            for (String m : g.members()) of.put(m, g.id());
        }
        this.groupOfNode = Collections.unmodifiableMap(of);
        this.byId = Collections.unmodifiableMap(ids);
    }

    public static Grouping of(Topology t, GroupBy by) {
        return switch (by) {
            case TEAM -> byKey(t, by, n -> n.team() == null || n.team().isBlank() ? NO_TEAM : n.team());
            case ZONE -> byKey(t, by, n -> n.zones().isEmpty() ? NO_ZONE
                    : String.join(" + ", n.zones().stream().distinct().sorted().toList()));
            case CLUSTER -> clusters(t);
        };
    }

    /** A grouping of given groups (each node in exactly one): the coarser level {@link GroupMerger} builds. */
    static Grouping of(GroupBy by, List<NodeGroup> groups) {
        return new Grouping(by, groups);
    }

    private static Grouping byKey(Topology t, GroupBy by, java.util.function.Function<Node, String> key) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Node n : t.nodes()) members.computeIfAbsent(key.apply(n), k -> new ArrayList<>()).add(n.id());
        List<NodeGroup> groups = new ArrayList<>();
        members.forEach((k, m) -> groups.add(new NodeGroup(by.id() + ":" + k, k, m)));
        return new Grouping(by, groups);
    }

    private static Grouping clusters(Topology t) {
        List<NodeGroup> groups = new ArrayList<>();
        List<List<String>> found = Clusters.of(t);
        for (int i = 0; i < found.size(); i++) {
            List<String> m = found.get(i);
            // Named after its first member, so a user can tell "cluster around api" from "cluster 7".
            String label = m.size() == 1 ? m.get(0) : m.get(0) + " +" + (m.size() - 1);
            groups.add(new NodeGroup("cluster:" + (i + 1), label, m));
        }
        return new Grouping(GroupBy.CLUSTER, groups);
    }

    public GroupBy by() {
        return by;
    }

    public List<NodeGroup> groups() {
        return groups;
    }

    /** The id of the group holding a node (null for an id that is not in the topology). */
    public String groupOf(String nodeId) {
        return groupOfNode.get(nodeId);
    }

    public Optional<NodeGroup> group(String groupId) {
        return Optional.ofNullable(byId.get(groupId));
    }
}
