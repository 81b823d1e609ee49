package dev.faultline.analysis.availability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.faultline.model.Flow;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.simulation.CompiledTopology;

/**
 * Availability and SLO feasibility of every flow (risk-model.md §1), a pure function of the topology.
 * <p>
 * Exact where it fits: the flow's DOWN function split into its series set and a decision diagram of its gates ({@link FlowStructure}), evaluated per state
 * of the zones it depends on ({@link ExactEvaluator}); O(2^k · (series set + diagram size)) per flow for k zones. A flow whose
 * diagram exceeds {@link #MAX_DIAGRAM_NODES} or whose work exceeds {@link #MAX_EXACT_WORK} is estimated by Monte
 * Carlo with 10^6 samples ({@link MonteCarloEvaluator}) and marked so, with its 95 % interval: never a wrong "exact".
 */
public final class AvailabilityAnalysis {
    /** Node budget of one flow's decision diagram (about 20 bytes a node). */
    static final int MAX_DIAGRAM_NODES = 2_000_000;
    /** Budget per flow of zone states × diagram nodes. */
    static final long MAX_EXACT_WORK = 100_000_000L;
    private static final int MAX_CONTRIBUTORS = 5;
    /** Shares below this are floating-point noise of a mathematically zero improvement. */
    private static final double MIN_SHARE = 1e-12;

    private AvailabilityAnalysis() {
    }

    public static List<FlowAvailability> of(Topology topology) {
        return of(topology, CancellationToken.NONE);
    }

    public static List<FlowAvailability> of(Topology topology, CancellationToken cancel) {
        return of(CompiledTopology.of(topology), cancel, MAX_DIAGRAM_NODES, MAX_EXACT_WORK, MonteCarloEvaluator.SAMPLES);
    }

    /** The same, on a topology already compiled for the failure engine. */
    public static List<FlowAvailability> of(CompiledTopology compiled, CancellationToken cancel) {
        return of(compiled, cancel, MAX_DIAGRAM_NODES, MAX_EXACT_WORK, MonteCarloEvaluator.SAMPLES);
    }

    static List<FlowAvailability> of(CompiledTopology compiled, CancellationToken cancel, int maxDiagramNodes,
                                     long maxExactWork, int samples) {
        Topology topology = compiled.topology();
        List<Flow> flows = topology.flows();
        SelfDownModel model = new SelfDownModel(topology);
        FlowAvailability[] out = new FlowAvailability[flows.size()];
        List<Integer> sampled = new ArrayList<>();
        FlowStructures structures = new FlowStructures(new HardDependencies(compiled));
        ExactEvaluator exact = new ExactEvaluator(model);
        for (int f = 0; f < flows.size(); f++) {
            cancel.throwIfCancelled();
            ExactEvaluator.Result r = exactly(structures, exact, flows.get(f), maxDiagramNodes, maxExactWork);
            if (r == null) sampled.add(f);
            else out[f] = result(topology, flows.get(f), r.down(), Method.EXACT, null, r.improvementByNode(), r.series(),
                    r.variables());
        }
        if (!sampled.isEmpty()) {
            int[] fs = sampled.stream().mapToInt(Integer::intValue).toArray();
            MonteCarloEvaluator.Estimate[] est = new MonteCarloEvaluator(compiled, model, samples).estimate(fs, cancel);
            for (int i = 0; i < fs.length; i++) {
                MonteCarloEvaluator.Estimate e = est[i];
                out[fs[i]] = result(topology, flows.get(fs[i]), e.down(), Method.MONTE_CARLO,
                        new Interval(1 - e.downHigh(), 1 - e.downLow()), e.improvementByNode(), null, null);
            }
        }
        return List.of(out);
    }

    /** The exact result, or null when the flow's diagram or zone states exceed the budgets. */
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

    /** {@code series} and {@code variables}: the indices whose IP may be non-zero, or both null for all. */
    static FlowAvailability result(Topology topology, Flow flow, double down, Method method, Interval ci95,
                                   double[] improvementByNode, int[] series, int[] variables) {
        double p = Math.min(1, Math.max(0, down));
        double a = 1 - p;
        return new FlowAvailability(flow.id(), a, flow.slo(), FlowAvailability.verdictOf(a, flow.slo()), method, ci95,
                series == null ? contributors(topology, improvementByNode, p)
                        : contributors(topology, improvementByNode, p, series, variables));
    }

    static double significant(double x) {
        if (x == 0 || !Double.isFinite(x)) return x;
        double scale = Math.pow(10, 11 - Math.floor(Math.log10(Math.abs(x))));
        return Math.rint(x * scale) / scale;
    }

    /** Up to five nodes with IP > 0, by IP descending then id. */
    static List<Contributor> contributors(Topology topology, double[] improvementByNode, double unavailability) {
        return contributors(topology, improvementByNode, unavailability,
                java.util.stream.IntStream.range(0, improvementByNode.length).toArray(), new int[0]);
    }

    /**
     * The same, looking only at the nodes of {@code some} and {@code others} (distinct indices, every other IP is 0):
     * the result does not depend on their order (the five largest IPs are a multiset; the sort breaks every tie by
     * id), and a flow's series set and variables are a fifth of the nodes at 50,000. Two lists, so that a flow's
     * series set and variables need not be copied into one (issue #18: 14 MB at 50,000 nodes).
     */
    static List<Contributor> contributors(Topology topology, double[] improvementByNode, double unavailability,
                                          int[] some, int[] others) {
        if (unavailability <= 0) return List.of();
        double threshold = rankingThreshold(improvementByNode, unavailability, some, others);
        record Ranked(double key, Contributor contributor) {
        }
        List<Ranked> all = new ArrayList<>();
        for (int[] nodes : new int[][] {some, others}) {
            for (int v : nodes) {
                double ip = improvementByNode[v];
                double share = ip / unavailability;
                if (ip > 0 && share > MIN_SHARE && ip >= threshold) {
                    all.add(new Ranked(significant(ip), new Contributor(topology.nodes().get(v).id(), ip, share)));
                }
            }
        }
        // Mathematically equal IPs (e.g. two identical nodes in series) differ in the last bits; compare them at 12
        // significant digits so that such ties go by id, as the contract says.
        all.sort(Comparator.comparingDouble((Ranked r) -> -r.key()).thenComparing(r -> r.contributor().node()));
        return all.stream().limit(MAX_CONTRIBUTORS).map(Ranked::contributor).toList();
    }

    /** Keys are within this relative distance of their IP (12 significant digits, even a decade off: 5e-11). */
    private static final double KEY_MARGIN = 1e-9;
    /** Below this IP the key's scale 10^(11 - log10 IP) overflows: such keys are NaN and sort last. */
    private static final double SMALLEST_KEYED_IP = 1e-290;

    /**
     * The IP below which a node cannot be among the first five, so that only a few nodes need their key and the sort
     * (a flow at 50,000 nodes has ~10,000 nodes with IP > 0; ranking all of them was a quarter of the analysis).
     * The five largest IPs have keys at least t·(1 − 5e-11), t the fifth of them, so any node with IP below
     * t·(1 − 1e-9) ranks after those five. 0 (everything is ranked) when fewer than five nodes qualify or t is so
     * small that keys are not finite. Only the nodes of {@code some} and {@code others} are looked at.
     */
    static double rankingThreshold(double[] improvementByNode, double unavailability, int[] some, int[] others) {
        double[] top = new double[MAX_CONTRIBUTORS]; // descending; 0 = none yet
        for (int[] nodes : new int[][] {some, others}) {
            for (int v : nodes) {
                double ip = improvementByNode[v];
                if (!(ip > top[MAX_CONTRIBUTORS - 1]) || !(ip / unavailability > MIN_SHARE)) continue;
                int i = MAX_CONTRIBUTORS - 1;
                while (i > 0 && ip > top[i - 1]) {
                    top[i] = top[i - 1];
                    i--;
                }
                top[i] = ip;
            }
        }
        double fifth = top[MAX_CONTRIBUTORS - 1];
        return fifth >= SMALLEST_KEYED_IP ? fifth * (1 - KEY_MARGIN) : 0;
    }
}
