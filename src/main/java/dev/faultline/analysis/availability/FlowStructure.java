package dev.faultline.analysis.availability;

/**
 * A flow's DOWN function of the self-down variables, split so that it stays small on big topologies:
 * <pre>  DOWN(F) = OR over u in S of self-down(u)  ∨  G</pre>
 * S, the <em>series set</em>, is every node a member reaches over series edges (hard dependencies with a single
 * provider): any of them self-down takes the flow down, whatever else happens. G is the OR, over the gates of S's
 * nodes, of "every provider is DOWN", where DOWN is the failure rules' least fixpoint with every node of S taken as
 * up — sound because when a node of S is self-down the flow is DOWN anyway (absorption: A ∨ B = A ∨ B[S := up] when
 * every S-node's DOWN implies A). G's variables are disjoint from S, so given the zones
 * P(F up) = Π_S (1 − q) · P(G false). G is a decision diagram ({@link Bdd}) over the nodes the gates reach; cycles
 * are solved by iterating each strongly connected component from "nothing DOWN" until it is stable (canonical
 * diagrams make that an int comparison).
 * <p>
 * Built by {@link FlowStructures}. Cost: O(|S| + edges) for S; the diagram costs one apply per hard edge below the
 * gates (per round in cycles) and is bounded by a node budget ({@link Bdd.TooLarge}).
 */
final class FlowStructure {
    /** Node indices of the series set, in breadth-first order from the members. */
    final int[] series;
    final Bdd bdd;
    /** Root of G in {@link #bdd} (FALSE when the flow has no gate). */
    final int gates;
    /** Per variable of {@link #bdd}: its node index. */
    final int[] nodeOfVar;

    FlowStructure(int[] series, Bdd bdd, int gates, int[] nodeOfVar) {
        this.series = series;
        this.bdd = bdd;
        this.gates = gates;
        this.nodeOfVar = nodeOfVar;
    }
}
