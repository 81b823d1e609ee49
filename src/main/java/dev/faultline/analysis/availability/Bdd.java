package dev.faultline.analysis.availability;

import java.util.Arrays;

/**
 * A small reduced ordered binary decision diagram manager: just what the availability model needs (variables, AND,
 * OR, and the node arrays for probability passes). No Java BDD library on Maven Central is both maintained and small
 * (JavaBDD's last release is from 2012), and the model only needs monotone AND/OR, so this is ~150 lines.
 * <p>
 * Nodes are ints: 0 is FALSE, 1 is TRUE, others index the parallel arrays {@code var/lo/hi}. Hash-consing makes equal
 * functions equal ints, and a node is always created after its children, so ascending ids are a bottom-up order.
 * Variable 0 is the top of the order. AND/OR are the textbook apply with a direct-mapped computed table: O(|a|·|b|)
 * worst case. When more than {@code maxNodes} nodes would be needed, {@link TooLarge} is thrown and the caller falls
 * back to sampling.
 */
final class Bdd {
    static final int FALSE = 0;
    static final int TRUE = 1;
    private static final int TERMINAL_VAR = Integer.MAX_VALUE;
    private static final int OP_AND = 0;
    private static final int OP_OR = 1;

    /** Thrown when the diagram would exceed its node budget. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("decision diagram exceeds its node budget", null, false, false);
        }
    }

    private final int maxNodes;
    /**
     * Per node, four ints side by side: variable, low child, high child, next node in its hash bucket. One cache line
     * holds a node whole, so a unique-table probe costs one memory access where four parallel arrays cost four
     * (issue #18: {@code mk} was the largest cost of building the diagrams at 50,000 nodes).
     */
    private int[] nodes;
    /** Heads of the hash chains; only the first {@code mask + 1} are in use (see {@link #reset}). */
    private int[] buckets;
    private int mask;
    private int size;
    /**
     * The computed table: per slot, the key (a << 1 | op), the key b and the result, side by side. Small (48 KB, in
     * the processor's cache): an OR of a flow's gates meets each pair once, so a larger table saved few applies and
     * cost a memory access each (issue #18: 4,096 slots made 5 % more applies than 65,536 and took less time). Its
     * size and hits decide only how often an apply is recomputed, never a result or a node id.
     */
    private final int[] cache;
    private static final int CACHE_SLOTS = 1 << 12;
    /** Buckets a flow starts with: a small diagram's table stays in the processor's cache. */
    private static final int MIN_BUCKETS = 1 << 12;

    Bdd(int maxNodes) {
        this.maxNodes = maxNodes;
        int cap = 1024;
        nodes = new int[cap * 4];
        buckets = new int[MIN_BUCKETS];
        mask = MIN_BUCKETS - 1;
        Arrays.fill(buckets, -1);
        nodes[0] = TERMINAL_VAR;
        nodes[4] = TERMINAL_VAR;
        size = 2;
        cache = new int[CACHE_SLOTS * 3];
        clearCache();
    }

    private void clearCache() {
        for (int i = 0; i < cache.length; i += 3) cache[i] = -1;
    }

    /**
     * Empties the diagram for the next flow, keeping its arrays (issue #18: 200 flows at 50,000 nodes each allocated,
     * cleared and regrew their own). Node numbers then start again from 2, exactly as in a new manager: numbering
     * depends only on the order of the applies (a computed-table hit returns a node that already exists), so every
     * figure computed from the diagram stays the same.
     */
    Bdd reset() {
        // The next flow starts with few buckets again: a table sized for the largest flow was read at random by
        // every flow after it, most of them a tenth of its size (issue #18: mk's bucket reads were its largest cost).
        Arrays.fill(buckets, 0, mask + 1, -1);
        mask = MIN_BUCKETS - 1;
        size = 2;
        clearCache();
        return this;
    }

    int maxNodes() {
        return maxNodes;
    }

    /** The function "variable v is true". */
    int variable(int v) {
        return mk(v, FALSE, TRUE);
    }

    int and(int a, int b) {
        return apply(OP_AND, a, b);
    }

    int or(int a, int b) {
        return apply(OP_OR, a, b);
    }

    int size() {
        return size;
    }

    int var(int node) {
        return nodes[4 * node];
    }

    int low(int node) {
        return nodes[4 * node + 1];
    }

    int high(int node) {
        return nodes[4 * node + 2];
    }

    /**
     * Per node: the number of the {@link #reachable} call that last reached it, and that call's stack. Kept from call
     * to call and from flow to flow (issue #18: a mark and a stack array the size of the manager, per flow, were 50 MB
     * of garbage at 50,000 nodes; stamps need no clearing).
     */
    private int[] reachedBy = new int[0];
    private int[] stack = new int[0];
    private int reachCalls;

    /** The nodes reachable from the roots (terminals excluded), ascending: children before parents. */
    int[] reachable(int... roots) {
        if (reachedBy.length < size) {
            reachedBy = new int[nodes.length / 4];
            stack = new int[nodes.length / 4];
            reachCalls = 0;
        }
        int call = ++reachCalls;
        int[] seen = reachedBy;
        int[] todo = stack;
        int top = 0;
        int count = 0;
        for (int r : roots) {
            if (r > TRUE && seen[r] != call) {
                seen[r] = call;
                todo[top++] = r;
            }
        }
        while (top > 0) {
            int v = todo[--top];
            count++;
            // Both children without an array per node (the C1-only command line does no escape analysis).
            int lo = low(v);
            if (lo > TRUE && seen[lo] != call) {
                seen[lo] = call;
                todo[top++] = lo;
            }
            int hi = high(v);
            if (hi > TRUE && seen[hi] != call) {
                seen[hi] = call;
                todo[top++] = hi;
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int v = 2; k < count; v++) if (seen[v] == call) out[k++] = v;
        return out;
    }

    private int apply(int op, int a, int b) {
        if (op == OP_AND) {
            if (a == FALSE || b == FALSE) return FALSE;
            if (a == TRUE) return b;
            if (b == TRUE || a == b) return a;
        } else {
            if (a == TRUE || b == TRUE) return TRUE;
            if (a == FALSE) return b;
            if (b == FALSE || a == b) return a;
        }
        if (a > b) {
            int t = a;
            a = b;
            b = t;
        }
        int slot = cacheSlot(op, a, b) * 3;
        int keyA = (a << 1) | op;
        int[] c = cache;
        if (c[slot] == keyA && c[slot + 1] == b) return c[slot + 2];
        int[] t = nodes;
        int va = t[4 * a];
        int vb = t[4 * b];
        int top = Math.min(va, vb);
        int l = apply(op, va == top ? t[4 * a + 1] : a, vb == top ? t[4 * b + 1] : b);
        int h = apply(op, va == top ? t[4 * a + 2] : a, vb == top ? t[4 * b + 2] : b);
        int r = mk(top, l, h);
        c[slot] = keyA;
        c[slot + 1] = b;
        c[slot + 2] = r;
        return r;
    }

    private static int cacheSlot(int op, int a, int b) {
        int h = a * 0x9E3779B1 + b * 0x85EBCA77 + op;
        return (h ^ (h >>> 15)) & (CACHE_SLOTS - 1);
    }

    private int mk(int v, int l, int h) {
        if (l == h) return l;
        int bucket = hash(v, l, h) & mask;
        int[] t = nodes;
        // The node made last is nobody's child yet (a node is made after its children), so a node with it as a child
        // is new: no chain to search (issue #18: most nodes are made by ORs that rebuild a diagram bottom-up, each
        // node right after one of its children).
        int last = size - 1;
        if (last <= TRUE || l != last && h != last) {
            for (int n = buckets[bucket]; n >= 0; n = t[4 * n + 3]) {
                if (t[4 * n] == v && t[4 * n + 1] == l && t[4 * n + 2] == h) return n;
            }
        }
        if (size >= maxNodes) throw new TooLarge();
        if (size * 4 == nodes.length) {
            nodes = t = Arrays.copyOf(t, t.length * 2);
        }
        if (size - 2 > mask >> 1) {
            rehash();
            bucket = hash(v, l, h) & mask;
        }
        int n = size++;
        t[4 * n] = v;
        t[4 * n + 1] = l;
        t[4 * n + 2] = h;
        t[4 * n + 3] = buckets[bucket];
        buckets[bucket] = n;
        return n;
    }

    private static int hash(int v, int l, int h) {
        int x = v * 0x27D4EB2D + l * 0x165667B1 + h * 0x9E3779B1;
        return x ^ (x >>> 16);
    }

    /** Twice the buckets in use, every node linked again. */
    private void rehash() {
        mask = mask * 2 + 1;
        if (buckets.length <= mask) buckets = new int[mask + 1];
        Arrays.fill(buckets, 0, mask + 1, -1);
        int[] t = nodes;
        for (int n = 2; n < size; n++) {
            int bucket = hash(t[4 * n], t[4 * n + 1], t[4 * n + 2]) & mask;
            t[4 * n + 3] = buckets[bucket];
            buckets[bucket] = n;
        }
    }
}
