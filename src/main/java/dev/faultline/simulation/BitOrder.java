package dev.faultline.simulation;

/**
 * Bit positions for the sweep's per-node sets: a depth-first post-order over the callers ({@code to} edges read
 * backwards). A node's callers found first by the search get the positions just below its own, so the set of nodes
 * that reach a node (or whose loss takes it DOWN, a subset) tends to occupy a narrow range of words and few runs of
 * non-zero ones, which {@link WordRuns} then stores alone. Any bijection gives the same counts; this one only makes
 * them cheaper.
 */
final class BitOrder {
    /** position[v]: the bit of node v. */
    final int[] position;
    /** nodeAt[b]: the node at bit b. */
    final int[] nodeAt;

    private BitOrder(int[] position, int[] nodeAt) {
        this.position = position;
        this.nodeAt = nodeAt;
    }

    static BitOrder callersPostOrder(CompiledTopology t) {
        int n = t.nodeCount;
        int[] position = new int[n];
        java.util.Arrays.fill(position, -1);
        int[] nodeAt = new int[n];
        int[] stackNode = new int[n];
        int[] stackEdge = new int[n];
        boolean[] seen = new boolean[n];
        int next = 0;
        for (int root = 0; root < n; root++) {
            if (seen[root]) continue;
            int top = 0;
            stackNode[0] = root;
            stackEdge[0] = 0;
            seen[root] = true;
            while (top >= 0) {
                int v = stackNode[top];
                int[] callers = t.callersOf[v];
                if (stackEdge[top] < callers.length) {
                    int u = t.depFrom[callers[stackEdge[top]++]];
                    if (!seen[u]) {
                        seen[u] = true;
                        top++;
                        stackNode[top] = u;
                        stackEdge[top] = 0;
                    }
                } else {
                    position[v] = next;
                    nodeAt[next++] = v;
                    top--;
                }
            }
        }
        return new BitOrder(position, nodeAt);
    }
}
