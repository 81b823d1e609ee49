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
    private int[] var;
    private int[] lo;
    private int[] hi;
    private int[] next;
    private int[] buckets;
    private int size;
    private final int[] cacheKeyA;
    private final int[] cacheKeyB;
    private final int[] cacheResult;

    Bdd(int maxNodes) {
        this.maxNodes = maxNodes;
        int cap = 1024;
        var = new int[cap];
        lo = new int[cap];
        hi = new int[cap];
        next = new int[cap];
        buckets = new int[cap * 2];
        Arrays.fill(buckets, -1);
        var[0] = TERMINAL_VAR;
        var[1] = TERMINAL_VAR;
        size = 2;
        int cacheSize = 1 << 16;
        cacheKeyA = new int[cacheSize];
        cacheKeyB = new int[cacheSize];
        cacheResult = new int[cacheSize];
        Arrays.fill(cacheKeyA, -1);
    }

    /**
     * Empties the diagram for the next flow, keeping its arrays (issue #18: 200 flows at 50,000 nodes each allocated,
     * cleared and regrew their own). Node numbers then start again from 2, exactly as in a new manager: numbering
     * depends only on the order of the applies (a computed-table hit returns a node that already exists), so every
     * figure computed from the diagram stays the same.
     */
    Bdd reset() {
        for (int n = 2; n < size; n++) buckets[hash(var[n], lo[n], hi[n]) & (buckets.length - 1)] = -1;
        size = 2;
        Arrays.fill(cacheKeyA, -1);
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
        return var[node];
    }

    int low(int node) {
        return lo[node];
    }

    int high(int node) {
        return hi[node];
    }

    /** The nodes reachable from the roots (terminals excluded), ascending: children before parents. */
    int[] reachable(int... roots) {
        boolean[] seen = new boolean[size];
        int[] stack = new int[size];
        int top = 0;
        int count = 0;
        for (int r : roots) {
            if (r > TRUE && !seen[r]) {
                seen[r] = true;
                stack[top++] = r;
            }
        }
        while (top > 0) {
            int v = stack[--top];
            count++;
            for (int c : new int[] {lo[v], hi[v]}) {
                if (c > TRUE && !seen[c]) {
                    seen[c] = true;
                    stack[top++] = c;
                }
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int v = 2; v < size; v++) if (seen[v]) out[k++] = v;
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
        int slot = cacheSlot(op, a, b);
        int keyA = (a << 1) | op;
        if (cacheKeyA[slot] == keyA && cacheKeyB[slot] == b) return cacheResult[slot];
        int va = var[a];
        int vb = var[b];
        int top = Math.min(va, vb);
        int l = apply(op, va == top ? lo[a] : a, vb == top ? lo[b] : b);
        int h = apply(op, va == top ? hi[a] : a, vb == top ? hi[b] : b);
        int r = mk(top, l, h);
        cacheKeyA[slot] = keyA;
        cacheKeyB[slot] = b;
        cacheResult[slot] = r;
        return r;
    }

    private int cacheSlot(int op, int a, int b) {
        int h = a * 0x9E3779B1 + b * 0x85EBCA77 + op;
        return (h ^ (h >>> 15)) & (cacheKeyA.length - 1);
    }

    private int mk(int v, int l, int h) {
        if (l == h) return l;
        int bucket = hash(v, l, h) & (buckets.length - 1);
        for (int n = buckets[bucket]; n >= 0; n = next[n]) {
            if (var[n] == v && lo[n] == l && hi[n] == h) return n;
        }
        if (size >= maxNodes) throw new TooLarge();
        if (size == var.length) grow();
        int n = size++;
        var[n] = v;
        lo[n] = l;
        hi[n] = h;
        bucket = hash(v, l, h) & (buckets.length - 1);
        next[n] = buckets[bucket];
        buckets[bucket] = n;
        return n;
    }

    private static int hash(int v, int l, int h) {
        int x = v * 0x27D4EB2D + l * 0x165667B1 + h * 0x9E3779B1;
        return x ^ (x >>> 16);
    }

    private void grow() {
        int cap = var.length * 2;
        var = Arrays.copyOf(var, cap);
        lo = Arrays.copyOf(lo, cap);
        hi = Arrays.copyOf(hi, cap);
        next = Arrays.copyOf(next, cap);
        buckets = new int[cap * 2];
        Arrays.fill(buckets, -1);
        for (int n = 2; n < size; n++) {
            int bucket = hash(var[n], lo[n], hi[n]) & (buckets.length - 1);
            next[n] = buckets[bucket];
            buckets[bucket] = n;
        }
    }
}
