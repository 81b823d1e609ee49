package dev.faultline.render.group;

import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/** What the canvas groups nodes by when single nodes are too small to read. */
public enum GroupBy {
    TEAM("team"), ZONE("zone"), CLUSTER("cluster");

    private final String id;

    GroupBy(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** By team when the file says who owns nodes, else by zone when it places them, else by graph clusters. */
    public static GroupBy defaultFor(Topology t) {
        if (t.nodes().stream().anyMatch(n -> n.team() != null && !n.team().isBlank())) return TEAM;
        if (t.nodes().stream().map(Node::zones).anyMatch(z -> !z.isEmpty())) return ZONE;
        return CLUSTER;
    }
}
