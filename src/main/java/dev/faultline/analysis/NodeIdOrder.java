package dev.faultline.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * The nodes of a topology in the order of their ids: node indices stably sorted by id, exactly as the latency
 * analysis has always sorted them (boxed indices, {@code Comparator.comparing} on the id, a stable sort). Made once
 * per topology and shared by the analyses that list nodes by id (issue #18: latency and capacity each sorted the
 * 50,000 nodes by id, ~35 ms of C1 code a sort, capacity's on the run's critical path).
 */
public final class NodeIdOrder {
    private final int[] byId;

    private static Topology lastTopology;
    private static NodeIdOrder last;

    private NodeIdOrder(Topology topology) {
        List<Node> nodes = topology.nodes();
        Integer[] order = new Integer[nodes.size()];
        for (int v = 0; v < order.length; v++) order[v] = v;
        Arrays.sort(order, Comparator.comparing(v -> nodes.get(v).id()));
        byId = new int[order.length];
        for (int r = 0; r < order.length; r++) byId[r] = order[r];
    }

    /** The order of {@code topology}'s nodes (made once for the last topology asked for). */
    public static synchronized NodeIdOrder of(Topology topology) {
        if (topology != lastTopology) {
            last = new NodeIdOrder(topology);
            lastTopology = topology;
        }
        return last;
    }

    /**
     * Node indices sorted by id, nodes with equal ids (none in a valid topology) in index order: what a stable sort
     * by id of anything listed in node order gives, restricted to what is listed. A copy.
     */
    public int[] byId() {
        return byId.clone();
    }
}
