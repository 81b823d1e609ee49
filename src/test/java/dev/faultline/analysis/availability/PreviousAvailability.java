package dev.faultline.analysis.availability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.model.Flow;
import dev.faultline.model.Topology;
import dev.faultline.simulation.CompiledTopology;
import dev.faultline.simulation.StrongComponents;

/**
 * The exact availability evaluation as it was at 91051e5 (main when issue #18's branch bdd18 began), kept verbatim
 * as the oracle of the faster diagram manager, structures and passes: the bucket-chained {@link Bdd} cleared per flow,
 * {@link FlowStructures}, {@link ExactEvaluator} and {@link ZoneStateTable} as they were. {@link #of} gives the exact
 * flows' figures as {@link AvailabilityAnalysis#of} gave them, and null for a flow over the budgets.
 */
final class PreviousAvailability {
    private PreviousAvailability() {
    }

    static List<FlowAvailability> of(Topology topology) {
        return of(CompiledTopology.of(topology), AvailabilityAnalysis.MAX_DIAGRAM_NODES,
                AvailabilityAnalysis.MAX_EXACT_WORK);
    }

    static List<FlowAvailability> of(CompiledTopology compiled, int maxDiagramNodes, long maxExactWork) {
        Topology topology = compiled.topology();
        SelfDownModel model = new SelfDownModel(topology);
        FlowStructures structures = new FlowStructures(new HardDependencies(compiled));
        ExactEvaluator exact = new ExactEvaluator(model);
        List<FlowAvailability> out = new ArrayList<>();
        for (Flow flow : topology.flows()) {
            ExactEvaluator.Result r = exactly(structures, exact, flow, maxDiagramNodes, maxExactWork);
            out.add(r == null ? null : AvailabilityAnalysis.result(topology, flow, r.down(), Method.EXACT, null,
                    r.improvementByNode(), r.nodes(), new int[0]));
        }
        return out;
    }

    /** AvailabilityAnalysis.exactly at 91051e5. */
    static ExactEvaluator.Result exactly(FlowStructures structures, ExactEvaluator exact, Flow flow,
                                         int maxDiagramNodes, long maxExactWork) {
        FlowStructure s;
        try {
            s = structures.of(flow, maxDiagramNodes);
        } catch (Bdd.TooLarge | StackOverflowError e) {
            return null;
        }
        int[] diagram = s.bdd.reachable(s.gates);
        int[] zones = exact.randomZones(s);
        long states = ExactEvaluator.stateCount(zones.length, exact.maxDown(zones));
        if (ExactEvaluator.work(s, diagram, states) > maxExactWork) return null;
        return exact.evaluate(s, diagram, zones);
    }

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
    static final class Bdd {
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
        private int[] buckets;
        private int size;
        /** The computed table: per slot, the key (a << 1 | op), the key b and the result, side by side. */
        private final int[] cache;
        private static final int CACHE_SLOTS = 1 << 16;

        Bdd(int maxNodes) {
            this.maxNodes = maxNodes;
            int cap = 1024;
            nodes = new int[cap * 4];
            buckets = new int[cap * 2];
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
            // Each node's bucket cleared at random costs a cache miss; the whole table filled in order costs a fraction of
            // a nanosecond per bucket: filled once the diagram has more than a sixteenth of the buckets' nodes.
            if (size > buckets.length / 16) {
                Arrays.fill(buckets, -1);
            } else {
                for (int n = 2; n < size; n++) {
                    buckets[hash(nodes[4 * n], nodes[4 * n + 1], nodes[4 * n + 2]) & (buckets.length - 1)] = -1;
                }
            }
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
                // Both children without an array per node (the C1-only command line does no escape analysis).
                int lo = low(v);
                if (lo > TRUE && !seen[lo]) {
                    seen[lo] = true;
                    stack[top++] = lo;
                }
                int hi = high(v);
                if (hi > TRUE && !seen[hi]) {
                    seen[hi] = true;
                    stack[top++] = hi;
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
            int bucket = hash(v, l, h) & (buckets.length - 1);
            int[] t = nodes;
            for (int n = buckets[bucket]; n >= 0; n = t[4 * n + 3]) {
                if (t[4 * n] == v && t[4 * n + 1] == l && t[4 * n + 2] == h) return n;
            }
            if (size >= maxNodes) throw new TooLarge();
            if (size * 4 == nodes.length) {
                grow();
                bucket = hash(v, l, h) & (buckets.length - 1);
                t = nodes;
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

        private void grow() {
            nodes = Arrays.copyOf(nodes, nodes.length * 2);
            buckets = new int[nodes.length / 2];
            Arrays.fill(buckets, -1);
            for (int n = 2; n < size; n++) {
                int bucket = hash(nodes[4 * n], nodes[4 * n + 1], nodes[4 * n + 2]) & (buckets.length - 1);
                nodes[4 * n + 3] = buckets[bucket];
                buckets[bucket] = n;
            }
        }
    }

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
    static final class FlowStructure {
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

    /**
     * Builds the {@link FlowStructure} of flow after flow. The work per flow is proportional to its series set and the
     * part of the graph below its gates, never to the whole topology (issue #18: at 50,000 nodes and 200 flows, arrays
     * and a strongly-connected-components pass over every node per flow cost more than the flows themselves). Marks
     * live in scratch arrays sized once and cleared after each flow, whatever happens; the components pass runs on the
     * gates' variables only, renumbered in ascending node order, which keeps the components — and so the diagram, its
     * node numbers and every figure computed from it — exactly those of a pass over all nodes. Not thread-safe, and a
     * structure is valid only until the next one is built: they share one diagram manager.
     */
    static final class FlowStructures {
        private final HardDependencies hard;
        /** Per node: the number of the flow whose series set holds it (flows are numbered from 1). */
        private final int[] seriesOf;
        private int flowNumber;
        /** Per node: its variable in the current flow's diagram, or -1. Reset after each flow. */
        private final int[] varOfNode;
        /** Per node: its rank among the current flow's variables in node order, for the components pass. */
        private final int[] local;
        private final int[] queue;
        /** One diagram manager, emptied for each flow (a structure is used before the next one is built). */
        private Bdd bdd;

        FlowStructures(HardDependencies hard) {
            this.hard = hard;
            int n = hard.nodeCount();
            seriesOf = new int[n];
            varOfNode = new int[n];
            Arrays.fill(varOfNode, -1);
            local = new int[n];
            queue = new int[n];
        }

        FlowStructure of(Flow flow, int maxNodes) {
            flowNumber++;
            int[] series = seriesSet(flow);
            List<int[]> gates = openGates(series);
            Bdd bdd = this.bdd == null || this.bdd.maxNodes() != maxNodes ? (this.bdd = new Bdd(maxNodes)) : this.bdd.reset();
            if (gates.isEmpty()) return new FlowStructure(series, bdd, Bdd.FALSE, new int[0]);
            int[] nodeOfVar = orderVariables(gates);
            try {
                int[] byNode = nodeOrder(nodeOfVar);
                int[] down = residualDown(bdd, byNode);
                int g = Bdd.FALSE;
                for (int[] ps : gates) {
                    int all = Bdd.TRUE;
                    for (int p : ps) all = bdd.and(all, down[local[p]]);
                    g = bdd.or(g, all);
                }
                return new FlowStructure(series, bdd, g, nodeOfVar);
            } finally {
                for (int v : nodeOfVar) varOfNode[v] = -1;
            }
        }

        private boolean inSeries(int v) {
            return seriesOf[v] == flowNumber;
        }

        /** Breadth-first from the members over series edges. */
        private int[] seriesSet(Flow flow) {
            int tail = 0;
            for (String m : flow.members()) {
                int v = hard.index.applyAsInt(m);
                if (!inSeries(v)) {
                    seriesOf[v] = flowNumber;
                    queue[tail++] = v;
                }
            }
            int[] start = hard.seriesStart;
            int[] to = hard.seriesTo;
            for (int head = 0; head < tail; head++) {
                int u = queue[head];
                for (int k = start[u]; k < start[u + 1]; k++) {
                    int p = to[k];
                    if (seriesOf[p] != flowNumber) {
                        seriesOf[p] = flowNumber;
                        queue[tail++] = p;
                    }
                }
            }
            return Arrays.copyOf(queue, tail);
        }

        /** The gates of series nodes none of whose providers is in the series set, in series then dependency order. */
        private List<int[]> openGates(int[] series) {
            List<int[]> gates = new ArrayList<>();
            for (int u : series) {
                for (int[] ps : hard.gatesOf[u]) {
                    boolean open = true;
                    for (int p : ps) open &= !inSeries(p);
                    if (open) gates.add(ps);
                }
            }
            return gates;
        }

        /** Depth-first numbering from the gates' providers, not entering the series set. */
        private int[] orderVariables(List<int[]> gates) {
            int next = 0;
            int[] order = queue; // free again: the series set was copied out
            int[] stack = local; // the same: numbered in nodeOrder, after this
            final int queued = -2;
            for (int[] ps : gates) {
                for (int root : ps) {
                    if (varOfNode[root] != -1) continue;
                    int top = 0;
                    stack[top++] = root;
                    varOfNode[root] = queued;
                    while (top > 0) {
                        int v = stack[--top];
                        varOfNode[v] = next;
                        order[next++] = v;
                        for (int d = hard.providers[v].length - 1; d >= 0; d--) {
                            int[] providers = hard.providers[v][d];
                            for (int k = providers.length - 1; k >= 0; k--) {
                                int p = providers[k];
                                if (varOfNode[p] == -1 && !inSeries(p)) {
                                    varOfNode[p] = queued;
                                    stack[top++] = p;
                                }
                            }
                        }
                    }
                }
            }
            return Arrays.copyOf(order, next);
        }

        /** The variables' nodes ascending; {@link #local} maps each to its position. */
        private int[] nodeOrder(int[] nodeOfVar) {
            int[] byNode = nodeOfVar.clone();
            Arrays.sort(byNode);
            for (int i = 0; i < byNode.length; i++) local[byNode[i]] = i;
            return byNode;
        }

        /**
         * DOWN with the series set up, for every variable's node (by position in {@code byNode}); components callees
         * first. Every provider of a variable's node outside the series set is itself a variable (the numbering
         * followed them all), so the components pass needs no other node.
         */
        private int[] residualDown(Bdd bdd, int[] byNode) {
            int count = byNode.length;
            int[][] callees = new int[count][];
            int[] listedFor = new int[count];
            for (int i = 0; i < count; i++) callees[i] = callees(byNode[i], i + 1, listedFor);
            StrongComponents comps = StrongComponents.of(callees);
            int[][] members = comps.members();
            int[] down = new int[count];
            for (int c = 0; c < comps.count; c++) {
                int[] scc = members[c];
                boolean changed = true;
                while (changed) {
                    changed = false;
                    for (int i : scc) {
                        int v = byNode[i];
                        int value = bdd.variable(varOfNode[v]);
                        for (int[] providers : hard.providers[v]) {
                            int all = Bdd.TRUE;
                            for (int p : providers) all = bdd.and(all, inSeries(p) ? Bdd.FALSE : down[local[p]]);
                            value = bdd.or(value, all);
                        }
                        if (value != down[i]) {
                            down[i] = value;
                            changed = true;
                        }
                    }
                }
            }
            return down;
        }

        /**
         * The distinct providers of v outside the series set, as positions in node order, first occurrence first;
         * {@code listedFor[i] == mark} when position i is already listed.
         */
        private int[] callees(int v, int mark, int[] listedFor) {
            int[] out = new int[8];
            int count = 0;
            for (int[] providers : hard.providers[v]) {
                for (int p : providers) {
                    if (inSeries(p) || listedFor[local[p]] == mark) continue;
                    listedFor[local[p]] = mark;
                    if (count == out.length) out = Arrays.copyOf(out, count * 2);
                    out[count++] = local[p];
                }
            }
            return Arrays.copyOf(out, count);
        }
    }

    /**
     * Exact P(flow DOWN) and every node's improvement potential, from the flow's {@link FlowStructure}. Zones are the only
     * correlation, so the evaluator conditions on the states of the zones the flow's nodes are placed in (2^k states for
     * k such zones; zones that are certainly up or down are constants). Given the zones, nodes are independent:
     * P(up) = Π_S(1 − q) · (1 − P(G)); one bottom-up pass over G's diagram gives P(G), one top-down pass gives ∂P(G)/∂q(X)
     * for every variable. P is multilinear in each q(X), so making X perfect (q = 0) raises P(up) by
     * q(X)·Π_{S∖X}(1 − q)·(1 − P(G)) for X in S and by Π_S(1 − q)·q(X)·∂P(G)/∂q(X) otherwise; summed over the zone states
     * with their probabilities that is IP(X). States whose total probability is below 1e-12 (many zones down at once)
     * are left out ({@link #maxDown}). Cost per flow: O(states · (|S| + diagram size)), states ≤ 2^k.
     */
    static final class ExactEvaluator {
        private final SelfDownModel model;
        /** q per node class and zone state, shared by all flows. */
        private final ZoneStateTable table;
        /** Per node class: the flow being looked at when it was last seen, for {@link #randomZones}. */
        private final int[] classSeen;
        private int flowsSeen;

        ExactEvaluator(SelfDownModel model) {
            this.model = model;
            this.table = new ZoneStateTable(model);
            this.classSeen = new int[model.representative.length];
        }

        /**
         * P(DOWN) and IP per node index; {@code nodes}: the only indices whose IP may be non-zero (the series set and the
         * variables), so that ranking the contributors need not scan every node.
         */
        record Result(double down, double[] improvementByNode, int[] nodes) {
        }

        /**
         * The zones whose state matters to the flow (its nodes' zones that are not certainly up or down). Nodes of one
         * class have the same zones, so each class is looked at once.
         */
        int[] randomZones(FlowStructure s) {
            int flow = ++flowsSeen;
            boolean[] seen = new boolean[model.zoneCount];
            for (int v : s.series) mark(v, flow, seen);
            for (int v : s.nodeOfVar) mark(v, flow, seen);
            int count = 0;
            for (boolean b : seen) if (b) count++;
            int[] out = new int[count];
            int k = 0;
            for (int z = 0; z < seen.length; z++) if (seen[z]) out[k++] = z;
            return out;
        }

        private void mark(int v, int flow, boolean[] seen) {
            int c = model.classOf[v];
            if (classSeen[c] == flow) return;
            classSeen[c] = flow;
            for (int z : model.zonesOf[v]) {
                double a = model.zoneAvailability[z];
                if (a > 0 && a < 1) seen[z] = true;
            }
        }

        /** Probability mass of the zone states left out; far below the 1e-9 the contract allows "exact" to be off. */
        static final double NEGLECTED_MASS = 1e-12;

        /**
         * The most zones that must be down together in an enumerated state: states with more down zones than this have
         * a total probability of at most {@link #NEGLECTED_MASS} (P(DOWN) and every IP are then off by no more than
         * that). With the default zone availability of 0.9999 this is 2 or 3, so a flow under many zones needs
         * O(k^3) states instead of 2^k.
         */
        int maxDown(int[] zones) {
            int k = zones.length;
            double[] p = new double[k + 1];
            p[0] = 1;
            for (int i = 0; i < k; i++) {
                double down = 1 - model.zoneAvailability[zones[i]];
                for (int j = i + 1; j >= 1; j--) p[j] = p[j] * (1 - down) + p[j - 1] * down;
                p[0] *= 1 - down;
            }
            double tail = 0;
            for (int s = k; s >= 0; s--) {
                if (tail + p[s] > NEGLECTED_MASS) return s;
                tail += p[s];
            }
            return 0;
        }

        /** How many zone states have at most {@code maxDown} of {@code k} zones down (saturating). */
        static long stateCount(int k, int maxDown) {
            long total = 0;
            long choose = 1;
            for (int j = 0; j <= maxDown; j++) {
                total += choose;
                if (total > Long.MAX_VALUE / 4) return Long.MAX_VALUE / 4;
                choose = choose * (k - j) / (j + 1);
            }
            return total;
        }

        /** Zone states × nodes: the work {@link #evaluate} will do. */
        static long work(FlowStructure s, int[] diagram, long states) {
            long perState = 1 + s.series.length + diagram.length;
            return states > Long.MAX_VALUE / perState ? Long.MAX_VALUE : states * perState;
        }

        /**
         * Per node, the IP of the flow being evaluated: one array for all flows, zeroed at each (issue #18: one per flow
         * was 80 MB of garbage at 50,000 nodes and 200 flows, where zeroing costs microseconds).
         */
        private double[] improvementScratch;

        /** The result's {@code improvementByNode} is valid until the next call: read it before evaluating another flow. */
        Result evaluate(FlowStructure s, int[] diagram, int[] zones) {
            if (improvementScratch == null) improvementScratch = new double[model.nodeCount];
            double[] improvement = improvementScratch;
            java.util.Arrays.fill(improvement, 0);
            Pass pass = new Pass(s, diagram);
            int maxDown = maxDown(zones);
            // The states and their weights first, in the order they were always summed in; then evaluated four at a time.
            List<ZoneStateTable.State> states = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            // Every set of at most maxDown down zones, by size, as ascending index combinations.
            for (int size = 0; size <= maxDown; size++) {
                int[] pick = new int[size];
                for (int i = 0; i < size; i++) pick[i] = i;
                int[] downZones = new int[size];
                while (true) {
                    double weight = 1;
                    for (int z : zones) weight *= model.zoneAvailability[z];
                    for (int i = 0; i < size; i++) {
                        downZones[i] = zones[pick[i]];
                        double a = model.zoneAvailability[zones[pick[i]]];
                        weight = weight / a * (1 - a);
                    }
                    if (weight > 0 && Double.isFinite(weight)) {
                        states.add(table.withDown(downZones));
                        weights.add(weight);
                    }
                    if (!next(pick, zones.length)) break;
                }
            }
            double down = 0;
            int i = 0;
            for (; i + Pass.BLOCK <= states.size(); i += Pass.BLOCK) {
                down = pass.runBlock(states.subList(i, i + Pass.BLOCK), weights.subList(i, i + Pass.BLOCK), improvement,
                        down);
            }
            for (; i < states.size(); i++) {
                double weight = weights.get(i);
                down += weight * pass.run(states.get(i), weight, improvement);
            }
            pass.addSeriesImprovements(improvement);
            int[] nodes = java.util.Arrays.copyOf(s.series, s.series.length + s.nodeOfVar.length);
            System.arraycopy(s.nodeOfVar, 0, nodes, s.series.length, s.nodeOfVar.length);
            return new Result(down, improvement, nodes);
        }

        /** The next combination of {@code pick.length} indices out of n in lexicographic order; false after the last. */
        private static boolean next(int[] pick, int n) {
            int i = pick.length - 1;
            while (i >= 0 && pick[i] == n - pick.length + i) i--;
            if (i < 0) return false;
            pick[i]++;
            for (int j = i + 1; j < pick.length; j++) pick[j] = pick[j - 1] + 1;
            return true;
        }

        /**
         * The passes' arrays sized by the series set or the diagram, kept from flow to flow and grown when a flow needs
         * more (issue #18: a new set per flow was 100 MB of garbage at 50,000 nodes, whose series sets hold ~10,000
         * nodes). Every pass reads them only below its own sizes, and writes each entry before reading it, except the
         * series gains (zeroed per flow) and the terminals' entries (set per flow); nothing reads their lengths.
         */
        private double[] qSeriesScratch = new double[0];
        private double[] suffixScratch = new double[0];
        private double[] gainScratch = new double[0];
        private double[] blockSuffixScratch = new double[0];
        private double[] probScratch = new double[0];
        private double[] reachScratch = new double[0];
        private double[] blockProbScratch = new double[0];
        private double[] blockReachScratch = new double[0];

        private static double[] atLeast(double[] a, int n) {
            return a.length >= n ? a : new double[Math.max(n, a.length + (a.length >> 1))];
        }

        /** Scratch arrays for one flow's passes. */
        private final class Pass {
            private final FlowStructure s;
            /** Per series position: the node's class (read in every state: kept in series order). */
            private final int[] seriesClass;
            private final double[] qSeries;
            private final double[] suffix;
            /**
             * Per series position: its node's improvement so far. Added in the same order as into the node's own entry,
             * so the sums are bit for bit the same; kept by position because the series set is walked in that order.
             */
            private final double[] seriesImprovement;
            private final int[] varClass;
            private final double[] qVar;
            /** Per diagram position: variable, high and low child positions (see {@link #gates}). */
            private final int[] nodeVar;
            private final int[] nodeHigh;
            private final int[] nodeLow;
            private final double[] prob;
            private final double[] reach;
            private final double[] derivative;
            /** For {@link #runBlock}: the distinct classes of the series set, suffix products by position then state. */
            private final int[] seriesClasses;
            private final double[] blockSuffix;
            private final double[][] blockDerivative;
            private final double[][] blockQ;
            /** For {@link #gatesBlock}: P and reach by diagram position then state. */
            private final double[] blockProb;
            private final double[] blockReach;

            Pass(FlowStructure s, int[] diagram) {
                this.s = s;
                seriesClass = classes(s.series);
                int m = s.series.length;
                qSeries = qSeriesScratch = atLeast(qSeriesScratch, m);
                suffix = suffixScratch = atLeast(suffixScratch, m + 1);
                seriesImprovement = gainScratch = atLeast(gainScratch, m);
                java.util.Arrays.fill(seriesImprovement, 0, m, 0); // the only one summed into: the others are written first
                varClass = classes(s.nodeOfVar);
                qVar = new double[s.nodeOfVar.length];
                int nodes = diagram.length + 2;
                nodeVar = new int[nodes];
                nodeHigh = new int[nodes];
                nodeLow = new int[nodes];
                int[] position = new int[s.bdd.size()];
                position[Bdd.TRUE] = Bdd.TRUE;
                for (int i = 0; i < diagram.length; i++) {
                    int u = diagram[i];
                    position[u] = i + 2;
                    nodeVar[i + 2] = s.bdd.var(u);
                    nodeHigh[i + 2] = position[s.bdd.high(u)]; // children come first: already numbered
                    nodeLow[i + 2] = position[s.bdd.low(u)];
                }
                prob = probScratch = atLeast(probScratch, nodes);
                prob[Bdd.FALSE] = 0;
                prob[Bdd.TRUE] = 1;
                reach = reachScratch = atLeast(reachScratch, nodes);
                derivative = new double[s.nodeOfVar.length];
                seriesClasses = distinct(seriesClass);
                blockSuffix = blockSuffixScratch = atLeast(blockSuffixScratch, (m + 1) * BLOCK);
                blockDerivative = new double[BLOCK][s.nodeOfVar.length];
                blockQ = new double[BLOCK][s.nodeOfVar.length];
                blockProb = blockProbScratch = atLeast(blockProbScratch, nodes * BLOCK);
                for (int k = 0; k < BLOCK; k++) {
                    blockProb[Bdd.FALSE * BLOCK + k] = 0;
                    blockProb[Bdd.TRUE * BLOCK + k] = 1;
                }
                blockReach = blockReachScratch = atLeast(blockReachScratch, nodes * BLOCK);
            }

            /** The distinct values, first occurrence first (classes are few: a mark per class). */
            private int[] distinct(int[] classes) {
                boolean[] seen = new boolean[model.representative.length];
                int[] out = new int[seen.length];
                int count = 0;
                for (int c : classes) {
                    if (!seen[c]) {
                        seen[c] = true;
                        out[count++] = c;
                    }
                }
                return java.util.Arrays.copyOf(out, count);
            }

            private int[] classes(int[] nodes) {
                int[] out = new int[nodes.length];
                for (int i = 0; i < nodes.length; i++) out[i] = model.classOf[nodes[i]];
                return out;
            }

            /**
             * P(DOWN) given the zones; adds weight × the improvement of each node. This is the inner loop of the whole
             * analysis (series set × zone states × flows: 90 million steps at 50,000 nodes), so it reads arrays in order
             * and the per-state table by class, which stays in cache.
             */
            double run(ZoneStateTable.State state, double weight, double[] improvement) {
                int[] cls = seriesClass;
                int m = cls.length;
                double[] q = qSeries;
                double[] after = suffix;
                double[] stateQ = state.q();
                double product = 1;
                after[m] = 1;
                for (int i = m - 1; i >= 0; i--) {
                    double qi = stateQ[cls[i]];
                    if (qi != qi) qi = table.selfDown(state, cls[i]); // NaN: not computed yet
                    q[i] = qi;
                    product = product * (1 - qi);
                    after[i] = product;
                }
                double upSeries = product;
                double gateDown = gates(state);
                double gateUp = 1 - gateDown;
                double prefix = 1;
                double[] gain = seriesImprovement;
                for (int i = 0; i < m; i++) {
                    double qi = q[i];
                    gain[i] += weight * qi * prefix * after[i + 1] * gateUp;
                    prefix *= 1 - qi;
                }
                for (int x = 0; x < qVar.length; x++) {
                    improvement[s.nodeOfVar[x]] += weight * upSeries * qVar[x] * derivative[x];
                }
                return 1 - upSeries * gateUp;
            }

            /** States evaluated together by {@link #runBlock}. */
            static final int BLOCK = 4;

            /**
             * {@link #run} for {@value #BLOCK} states at once, term for term the same arithmetic in the same order: each
             * state's products are their own chains, each series position adds the states' gains in state order, and
             * {@code down} adds {@code weight × P(DOWN)} state after state. Why: the series products are chains of
             * dependent multiplications, one per state, and four independent chains in one walk over the series set
             * run in about the time of one; the class of each position and the loop are read once for four states.
             */
            double runBlock(List<ZoneStateTable.State> states, List<Double> weights, double[] improvement, double down) {
                double[][] varDerivative = blockDerivative;
                double[][] varQ = blockQ;
                for (ZoneStateTable.State state : states) {
                    for (int c : seriesClasses) table.selfDown(state, c); // every class the series set reads, filled
                }
                double[] gateUp = gatesBlock(states);
                int[] cls = seriesClass;
                int m = cls.length;
                double[] q0 = states.get(0).q();
                double[] q1 = states.get(1).q();
                double[] q2 = states.get(2).q();
                double[] q3 = states.get(3).q();
                double[] after = blockSuffix;
                double p0 = 1;
                double p1 = 1;
                double p2 = 1;
                double p3 = 1;
                int at = m * BLOCK;
                after[at] = 1;
                after[at + 1] = 1;
                after[at + 2] = 1;
                after[at + 3] = 1;
                for (int i = m - 1; i >= 0; i--) {
                    int c = cls[i];
                    p0 = p0 * (1 - q0[c]);
                    p1 = p1 * (1 - q1[c]);
                    p2 = p2 * (1 - q2[c]);
                    p3 = p3 * (1 - q3[c]);
                    at -= BLOCK;
                    after[at] = p0;
                    after[at + 1] = p1;
                    after[at + 2] = p2;
                    after[at + 3] = p3;
                }
                double w0 = weights.get(0);
                double w1 = weights.get(1);
                double w2 = weights.get(2);
                double w3 = weights.get(3);
                double u0 = gateUp[0];
                double u1 = gateUp[1];
                double u2 = gateUp[2];
                double u3 = gateUp[3];
                double f0 = 1;
                double f1 = 1;
                double f2 = 1;
                double f3 = 1;
                double[] gain = seriesImprovement;
                for (int i = 0; i < m; i++) {
                    int c = cls[i];
                    int next = (i + 1) * BLOCK;
                    double a0 = q0[c];
                    double a1 = q1[c];
                    double a2 = q2[c];
                    double a3 = q3[c];
                    double g = gain[i];
                    g += w0 * a0 * f0 * after[next] * u0;
                    g += w1 * a1 * f1 * after[next + 1] * u1;
                    g += w2 * a2 * f2 * after[next + 2] * u2;
                    g += w3 * a3 * f3 * after[next + 3] * u3;
                    gain[i] = g;
                    f0 *= 1 - a0;
                    f1 *= 1 - a1;
                    f2 *= 1 - a2;
                    f3 *= 1 - a3;
                }
                double[] upSeries = {p0, p1, p2, p3};
                for (int k = 0; k < BLOCK; k++) {
                    double weight = weights.get(k);
                    double[] qv = varQ[k];
                    double[] dv = varDerivative[k];
                    for (int x = 0; x < qv.length; x++) {
                        improvement[s.nodeOfVar[x]] += weight * upSeries[k] * qv[x] * dv[x];
                    }
                    down += weight * (1 - upSeries[k] * gateUp[k]);
                }
                return down;
            }

            /**
             * {@link #gates} for the block's states: 1 − P(G) per state, each state's q of the variables into
             * {@link #blockQ} and its derivatives into {@link #blockDerivative}. The same sums in the same order per
             * state; one walk over the diagram serves four states. (A node whose reach is 0 adds only zeros, which
             * {@link #gates} skips: adding them changes no bit, as every figure here is finite and non-negative.)
             */
            private double[] gatesBlock(List<ZoneStateTable.State> states) {
                double[] gateUp = new double[BLOCK];
                int root = s.gates;
                if (root <= Bdd.TRUE) {
                    for (int k = 0; k < BLOCK; k++) gateUp[k] = 1 - root; // derivatives stay 0, as in gates
                    return gateUp;
                }
                double[] q0 = blockQ[0];
                double[] q1 = blockQ[1];
                double[] q2 = blockQ[2];
                double[] q3 = blockQ[3];
                for (int x = 0; x < q0.length; x++) {
                    q0[x] = table.selfDown(states.get(0), varClass[x]);
                    q1[x] = table.selfDown(states.get(1), varClass[x]);
                    q2[x] = table.selfDown(states.get(2), varClass[x]);
                    q3[x] = table.selfDown(states.get(3), varClass[x]);
                }
                double[] d0 = blockDerivative[0];
                double[] d1 = blockDerivative[1];
                double[] d2 = blockDerivative[2];
                double[] d3 = blockDerivative[3];
                java.util.Arrays.fill(d0, 0);
                java.util.Arrays.fill(d1, 0);
                java.util.Arrays.fill(d2, 0);
                java.util.Arrays.fill(d3, 0);
                int[] var = nodeVar;
                int[] high = nodeHigh;
                int[] low = nodeLow;
                int end = var.length;
                double[] p = blockProb;
                double[] r = blockReach;
                for (int u = 2; u < end; u++) {
                    int x = var[u];
                    int h = high[u] * BLOCK;
                    int l = low[u] * BLOCK;
                    int at = u * BLOCK;
                    double a0 = q0[x];
                    double a1 = q1[x];
                    double a2 = q2[x];
                    double a3 = q3[x];
                    p[at] = a0 * p[h] + (1 - a0) * p[l];
                    p[at + 1] = a1 * p[h + 1] + (1 - a1) * p[l + 1];
                    p[at + 2] = a2 * p[h + 2] + (1 - a2) * p[l + 2];
                    p[at + 3] = a3 * p[h + 3] + (1 - a3) * p[l + 3];
                    r[at] = 0;
                    r[at + 1] = 0;
                    r[at + 2] = 0;
                    r[at + 3] = 0;
                }
                int last = (end - 1) * BLOCK;
                r[last] = 1;
                r[last + 1] = 1;
                r[last + 2] = 1;
                r[last + 3] = 1;
                for (int u = end - 1; u >= 2; u--) {
                    int at = u * BLOCK;
                    int x = var[u];
                    int hn = high[u];
                    int ln = low[u];
                    int h = hn * BLOCK;
                    int l = ln * BLOCK;
                    double r0 = r[at];
                    double r1 = r[at + 1];
                    double r2 = r[at + 2];
                    double r3 = r[at + 3];
                    double a0 = q0[x];
                    double a1 = q1[x];
                    double a2 = q2[x];
                    double a3 = q3[x];
                    if (hn > Bdd.TRUE) {
                        r[h] += r0 * a0;
                        r[h + 1] += r1 * a1;
                        r[h + 2] += r2 * a2;
                        r[h + 3] += r3 * a3;
                    }
                    if (ln > Bdd.TRUE) {
                        r[l] += r0 * (1 - a0);
                        r[l + 1] += r1 * (1 - a1);
                        r[l + 2] += r2 * (1 - a2);
                        r[l + 3] += r3 * (1 - a3);
                    }
                    d0[x] += r0 * (p[h] - p[l]);
                    d1[x] += r1 * (p[h + 1] - p[l + 1]);
                    d2[x] += r2 * (p[h + 2] - p[l + 2]);
                    d3[x] += r3 * (p[h + 3] - p[l + 3]);
                }
                for (int k = 0; k < BLOCK; k++) gateUp[k] = 1 - p[last + k];
                return gateUp;
            }

            /** Each series node's summed improvement into its entry (a series node is no variable: they are disjoint). */
            void addSeriesImprovements(double[] improvement) {
                for (int i = 0; i < s.series.length; i++) improvement[s.series[i]] += seriesImprovement[i];
            }

            /**
             * P(G) and ∂P(G)/∂q(X) into {@link #derivative}. The diagram is read from {@link #nodeVar}, {@link #nodeHigh}
             * and {@link #nodeLow}, renumbered by position (0 = FALSE, 1 = TRUE, then the diagram's nodes ascending), so
             * both passes walk small arrays in order; the arithmetic is the same, term for term.
             */
            private double gates(ZoneStateTable.State state) {
                int root = s.gates;
                java.util.Arrays.fill(derivative, 0);
                if (root <= Bdd.TRUE) return root;
                for (int x = 0; x < qVar.length; x++) qVar[x] = table.selfDown(state, varClass[x]);
                int[] var = nodeVar;
                int[] high = nodeHigh;
                int[] low = nodeLow;
                int end = var.length;
                for (int u = 2; u < end; u++) {
                    double q = qVar[var[u]];
                    prob[u] = q * prob[high[u]] + (1 - q) * prob[low[u]];
                    reach[u] = 0;
                }
                reach[end - 1] = 1; // the root: created after every node below it
                for (int u = end - 1; u >= 2; u--) {
                    double r = reach[u];
                    if (r == 0) continue;
                    int x = var[u];
                    double q = qVar[x];
                    int h = high[u];
                    int l = low[u];
                    if (h > Bdd.TRUE) reach[h] += r * q;
                    if (l > Bdd.TRUE) reach[l] += r * (1 - q);
                    derivative[x] += r * (prob[h] - prob[l]);
                }
                return prob[end - 1];
            }
        }
    }

    /**
     * Self-down probabilities per zone state, shared by every flow (issue #18). The exact evaluation asks for q(v) of
     * every node of every flow in every enumerated zone state: at 50,000 nodes that is about 90 million asks for only
     * ~40 distinct states, since every flow of a file usually depends on the same few zones. A state is the set of
     * zones that are down among those that can be down (zones certainly up or down keep their fixed state); q(v) only
     * depends on v's own zones, so one array per state serves every flow whose random zones contain v's. The arrays are
     * by node class ({@link SelfDownModel#classOf}), not by node: a few hundred entries that stay in the processor's
     * cache, where 50,000 would be read at random from memory.
     * <p>
     * Arrays are filled on first use of each class (NaN = not asked yet), so a state costs only the classes some flow
     * asks for, and at most {@link #BUDGET} doubles are kept (least recently used state dropped first). The values are
     * those of {@link SelfDownModel#selfDown}, so results stay bit for bit the same.
     */
    static final class ZoneStateTable {
        /** Doubles kept over all cached states: 32 MB at most (42 states of a 50,000-node file take far less). */
        static final int BUDGET = 4_000_000;

        private final SelfDownModel model;
        private final Map<List<Integer>, State> states;

        /** One zone state: which zones are up, and q by node class (NaN until asked). */
        record State(boolean[] zoneUp, double[] q) {
        }

        ZoneStateTable(SelfDownModel model) {
            this.model = model;
            int keep = Math.max(2, BUDGET / Math.max(1, model.representative.length));
            states = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Integer>, State> eldest) {
                    return size() > keep;
                }
            };
        }

        /** The state in which exactly {@code down} (ascending indices of zones with 0 < availability < 1) are down. */
        State withDown(int[] down) {
            List<Integer> key = Arrays.stream(down).boxed().toList();
            State s = states.get(key);
            if (s == null) {
                boolean[] zoneUp = new boolean[model.zoneCount];
                for (int z = 0; z < zoneUp.length; z++) zoneUp[z] = model.zoneAvailability[z] > 0;
                for (int z : down) zoneUp[z] = false;
                double[] q = new double[model.representative.length];
                Arrays.fill(q, Double.NaN);
                s = new State(zoneUp, q);
                states.put(key, s);
            }
            return s;
        }

        /** q of the nodes of class c in state s. */
        double selfDown(State s, int c) {
            double q = s.q[c];
            if (q != q) s.q[c] = q = model.selfDown(model.representative[c], s.zoneUp);
            return q;
        }
    }

}
