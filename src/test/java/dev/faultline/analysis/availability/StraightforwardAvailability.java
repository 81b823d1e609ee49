package dev.faultline.analysis.availability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import dev.faultline.analysis.availability.PreviousAvailability.Bdd;
import dev.faultline.model.Flow;
import dev.faultline.model.Topology;
import dev.faultline.simulation.StrongComponents;

/**
 * The exact availability evaluation as it was before issue #18 made it fast, kept verbatim as the reference the fast
 * path must match bit for bit: a series set and decision diagram built per flow over the whole node range, every
 * self-down probability looked up per node and zone state, every contributor ranked. Only for exact flows (no
 * Monte Carlo): {@link #of} returns null for a flow over the budgets.
 */
final class StraightforwardAvailability {
    private StraightforwardAvailability() {
    }

    static List<FlowAvailability> of(Topology topology) {
        SelfDownModel model = new SelfDownModel(topology);
        HardDependencies hard = new HardDependencies(topology);
        Evaluator exact = new Evaluator(model);
        List<FlowAvailability> out = new ArrayList<>();
        for (Flow flow : topology.flows()) {
            Structure s = Structure.of(hard, flow, AvailabilityAnalysis.MAX_DIAGRAM_NODES);
            int[] diagram = s.bdd.reachable(s.gates);
            int[] zones = exact.randomZones(s);
            long states = Evaluator.stateCount(zones.length, exact.maxDown(zones));
            if (Evaluator.work(s, diagram, states) > AvailabilityAnalysis.MAX_EXACT_WORK) {
                out.add(null);
                continue;
            }
            Evaluator.Result r = exact.evaluate(s, diagram, zones);
            double p = Math.min(1, Math.max(0, r.down()));
            double a = 1 - p;
            out.add(new FlowAvailability(flow.id(), a, flow.slo(), FlowAvailability.verdictOf(a, flow.slo()),
                    Method.EXACT, null, contributors(topology, r.improvementByNode(), p)));
        }
        return out;
    }

    static double significant(double x) {
        if (x == 0 || !Double.isFinite(x)) return x;
        double scale = Math.pow(10, 11 - Math.floor(Math.log10(Math.abs(x))));
        return Math.rint(x * scale) / scale;
    }

    /** Up to five nodes with IP > 0, by IP descending then id. */
    static List<Contributor> contributors(Topology topology, double[] improvementByNode, double unavailability) {
        if (unavailability <= 0) return List.of();
        record Ranked(double key, Contributor contributor) {
        }
        List<Ranked> all = new ArrayList<>();
        for (int v = 0; v < improvementByNode.length; v++) {
            double ip = improvementByNode[v];
            double share = ip / unavailability;
            if (ip > 0 && share > MIN_SHARE) {
                all.add(new Ranked(significant(ip), new Contributor(topology.nodes().get(v).id(), ip, share)));
            }
        }
        // Mathematically equal IPs (e.g. two identical nodes in series) differ in the last bits; compare them at 12
        // significant digits so that such ties go by id, as the contract says.
        all.sort(Comparator.comparingDouble((Ranked r) -> -r.key()).thenComparing(r -> r.contributor().node()));
        return all.stream().limit(MAX_CONTRIBUTORS).map(Ranked::contributor).toList();
    }

    private static final int MAX_CONTRIBUTORS = 5;
    private static final double MIN_SHARE = 1e-12;

    /** FlowStructure before issue #18. */
    static final class Structure {
        /** Node indices of the series set. */
        final int[] series;
        final Bdd bdd;
        /** Root of G in {@link #bdd} (FALSE when the flow has no gate). */
        final int gates;
        /** Per variable of {@link #bdd}: its node index. */
        final int[] nodeOfVar;

        private Structure(int[] series, Bdd bdd, int gates, int[] nodeOfVar) {
            this.series = series;
            this.bdd = bdd;
            this.gates = gates;
            this.nodeOfVar = nodeOfVar;
        }

        static Structure of(HardDependencies hard, Flow flow, int maxNodes) {
            int n = hard.nodeCount();
            boolean[] inSeries = new boolean[n];
            int[] series = seriesSet(hard, flow, inSeries);
            List<int[]> gates = new ArrayList<>();
            for (int u : series) {
                for (int[] ps : hard.providers[u]) {
                    if (ps.length < 2) continue;
                    boolean open = true;
                    for (int p : ps) open &= !inSeries[p];
                    if (open) gates.add(ps);
                }
            }
            Bdd bdd = new Bdd(maxNodes);
            if (gates.isEmpty()) return new Structure(series, bdd, Bdd.FALSE, new int[0]);
            int[] varOfNode = new int[n];
            Arrays.fill(varOfNode, -1);
            int[] nodeOfVar = orderVariables(hard, gates, inSeries, varOfNode);
            int[] down = residualDown(bdd, hard, inSeries, varOfNode);
            int g = Bdd.FALSE;
            for (int[] ps : gates) {
                int all = Bdd.TRUE;
                for (int p : ps) all = bdd.and(all, down[p]);
                g = bdd.or(g, all);
            }
            return new Structure(series, bdd, g, nodeOfVar);
        }

        private static int[] seriesSet(HardDependencies hard, Flow flow, boolean[] inSeries) {
            int[] queue = new int[inSeries.length];
            int tail = 0;
            for (String m : flow.members()) {
                int v = hard.index.applyAsInt(m);
                if (!inSeries[v]) {
                    inSeries[v] = true;
                    queue[tail++] = v;
                }
            }
            for (int head = 0; head < tail; head++) {
                for (int[] ps : hard.providers[queue[head]]) {
                    if (ps.length == 1 && !inSeries[ps[0]]) {
                        inSeries[ps[0]] = true;
                        queue[tail++] = ps[0];
                    }
                }
            }
            return Arrays.copyOf(queue, tail);
        }

        /** Depth-first numbering from the gates' providers, not entering the series set. */
        private static int[] orderVariables(HardDependencies hard, List<int[]> gates, boolean[] inSeries, int[] varOfNode) {
            int next = 0;
            int[] order = new int[varOfNode.length];
            int[] stack = new int[varOfNode.length];
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
                                if (varOfNode[p] == -1 && !inSeries[p]) {
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

        /** DOWN with the series set up, for every node with a variable; components callees first. */
        private static int[] residualDown(Bdd bdd, HardDependencies hard, boolean[] inSeries, int[] varOfNode) {
            int n = varOfNode.length;
            int[][] callees = new int[n][];
            for (int v = 0; v < n; v++) {
                callees[v] = varOfNode[v] < 0 ? new int[0]
                        : Arrays.stream(hard.providers[v]).flatMapToInt(Arrays::stream).filter(p -> !inSeries[p])
                                .distinct().toArray();
            }
            StrongComponents comps = StrongComponents.of(callees);
            int[][] members = comps.members();
            int[] down = new int[n];
            for (int c = 0; c < comps.count; c++) {
                int[] scc = members[c];
                if (varOfNode[scc[0]] < 0) continue;
                boolean changed = true;
                while (changed) {
                    changed = false;
                    for (int v : scc) {
                        int value = bdd.variable(varOfNode[v]);
                        for (int[] providers : hard.providers[v]) {
                            int all = Bdd.TRUE;
                            for (int p : providers) all = bdd.and(all, inSeries[p] ? Bdd.FALSE : down[p]);
                            value = bdd.or(value, all);
                        }
                        if (value != down[v]) {
                            down[v] = value;
                            changed = true;
                        }
                    }
                }
            }
            return down;
        }
    }

    /** ExactEvaluator before issue #18. */
    static final class Evaluator {
        private final SelfDownModel model;

        Evaluator(SelfDownModel model) {
            this.model = model;
        }

        /** P(DOWN) and IP per node index. */
        record Result(double down, double[] improvementByNode) {
        }

        /** The zones whose state matters to the flow (its nodes' zones that are not certainly up or down). */
        int[] randomZones(Structure s) {
            boolean[] seen = new boolean[model.zoneCount];
            for (int v : s.series) mark(v, seen);
            for (int v : s.nodeOfVar) mark(v, seen);
            int count = 0;
            for (boolean b : seen) if (b) count++;
            int[] out = new int[count];
            int k = 0;
            for (int z = 0; z < seen.length; z++) if (seen[z]) out[k++] = z;
            return out;
        }

        private void mark(int v, boolean[] seen) {
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
        static long work(Structure s, int[] diagram, long states) {
            long perState = 1 + s.series.length + diagram.length;
            return states > Long.MAX_VALUE / perState ? Long.MAX_VALUE : states * perState;
        }

        Result evaluate(Structure s, int[] diagram, int[] zones) {
            double[] improvement = new double[model.nodeCount];
            Pass pass = new Pass(s, diagram);
            boolean[] zoneUp = new boolean[model.zoneCount];
            for (int z = 0; z < model.zoneCount; z++) zoneUp[z] = model.zoneAvailability[z] >= 1;
            for (int z : zones) zoneUp[z] = true;
            int maxDown = maxDown(zones);
            double[] down = {0};
            // Every set of at most maxDown down zones, by size, as ascending index combinations.
            for (int size = 0; size <= maxDown; size++) {
                int[] pick = new int[size];
                for (int i = 0; i < size; i++) pick[i] = i;
                while (true) {
                    double weight = 1;
                    for (int z : zones) weight *= model.zoneAvailability[z];
                    for (int i : pick) {
                        zoneUp[zones[i]] = false;
                        double a = model.zoneAvailability[zones[i]];
                        weight = weight / a * (1 - a);
                    }
                    if (weight > 0 && Double.isFinite(weight)) down[0] += weight * pass.run(zoneUp, weight, improvement);
                    for (int i : pick) zoneUp[zones[i]] = true;
                    if (!next(pick, zones.length)) break;
                }
            }
            return new Result(down[0], improvement);
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

        /** Scratch arrays for one flow's passes. */
        private final class Pass {
            private final Structure s;
            private final int[] diagram;
            private final double[] qSeries;
            private final double[] suffix;
            private final double[] qVar;
            private final double[] prob;
            private final double[] reach;
            private final double[] derivative;

            Pass(Structure s, int[] diagram) {
                this.s = s;
                this.diagram = diagram;
                qSeries = new double[s.series.length];
                suffix = new double[s.series.length + 1];
                qVar = new double[s.nodeOfVar.length];
                prob = new double[s.bdd.size()];
                reach = new double[s.bdd.size()];
                derivative = new double[s.nodeOfVar.length];
            }

            /** P(DOWN) given the zones; adds weight × the improvement of each node. */
            double run(boolean[] zoneUp, double weight, double[] improvement) {
                int m = s.series.length;
                for (int i = 0; i < m; i++) qSeries[i] = model.selfDown(s.series[i], zoneUp);
                suffix[m] = 1;
                for (int i = m - 1; i >= 0; i--) suffix[i] = suffix[i + 1] * (1 - qSeries[i]);
                double upSeries = suffix[0];
                double gateDown = gates(zoneUp);
                double gateUp = 1 - gateDown;
                double prefix = 1;
                for (int i = 0; i < m; i++) {
                    improvement[s.series[i]] += weight * qSeries[i] * prefix * suffix[i + 1] * gateUp;
                    prefix *= 1 - qSeries[i];
                }
                for (int x = 0; x < qVar.length; x++) {
                    improvement[s.nodeOfVar[x]] += weight * upSeries * qVar[x] * derivative[x];
                }
                return 1 - upSeries * gateUp;
            }

            /** P(G) and ∂P(G)/∂q(X) into {@link #derivative}. */
            private double gates(boolean[] zoneUp) {
                int root = s.gates;
                java.util.Arrays.fill(derivative, 0);
                if (root <= Bdd.TRUE) return root;
                Bdd bdd = s.bdd;
                for (int x = 0; x < qVar.length; x++) qVar[x] = model.selfDown(s.nodeOfVar[x], zoneUp);
                for (int u : diagram) {
                    double q = qVar[bdd.var(u)];
                    prob[u] = q * value(bdd.high(u)) + (1 - q) * value(bdd.low(u));
                    reach[u] = 0;
                }
                reach[root] = 1;
                for (int i = diagram.length - 1; i >= 0; i--) {
                    int u = diagram[i];
                    double r = reach[u];
                    if (r == 0) continue;
                    int x = bdd.var(u);
                    double q = qVar[x];
                    int h = bdd.high(u);
                    int l = bdd.low(u);
                    if (h > Bdd.TRUE) reach[h] += r * q;
                    if (l > Bdd.TRUE) reach[l] += r * (1 - q);
                    derivative[x] += r * (value(h) - value(l));
                }
                return prob[root];
            }

            private double value(int u) {
                return u == Bdd.FALSE ? 0 : u == Bdd.TRUE ? 1 : prob[u];
            }
        }
    }
}
