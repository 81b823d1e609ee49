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
 * Exact where it fits: the flow's DOWN function as a decision diagram ({@link DownFunctions}), evaluated per state
 * of the zones it depends on ({@link ExactEvaluator}); O(2^k · diagram size) per flow for k zones. A flow whose
 * diagrams exceed {@link #MAX_DIAGRAM_NODES} or whose work exceeds {@link #MAX_EXACT_WORK} is estimated by Monte
 * Carlo with 10^6 samples ({@link MonteCarloEvaluator}) and marked so, with its 95 % interval: never a wrong "exact".
 */
public final class AvailabilityAnalysis {
    /** Node budget of the decision diagrams of all flows together (about 40 bytes a node). */
    static final int MAX_DIAGRAM_NODES = 3_000_000;
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
        return of(new CompiledTopology(topology), cancel, MAX_DIAGRAM_NODES, MAX_EXACT_WORK, MonteCarloEvaluator.SAMPLES);
    }

    static List<FlowAvailability> of(CompiledTopology compiled, CancellationToken cancel, int maxDiagramNodes,
                                     long maxExactWork, int samples) {
        Topology topology = compiled.topology();
        List<Flow> flows = topology.flows();
        SelfDownModel model = new SelfDownModel(topology);
        FlowAvailability[] out = new FlowAvailability[flows.size()];
        List<Integer> sampled = new ArrayList<>();
        DownFunctions functions = null;
        try {
            functions = DownFunctions.build(topology, maxDiagramNodes);
        } catch (Bdd.TooLarge | StackOverflowError e) {
            for (int f = 0; f < flows.size(); f++) sampled.add(f);
        }
        if (functions != null) {
            ExactEvaluator exact = new ExactEvaluator(functions, model);
            for (int f = 0; f < flows.size(); f++) {
                cancel.throwIfCancelled();
                int[] diagram = functions.bdd.reachable(functions.flowDown[f]);
                int[] zones = exact.randomZones(diagram);
                if (zones.length > 40 || (1L << zones.length) * Math.max(1, diagram.length) > maxExactWork) {
                    sampled.add(f);
                    continue;
                }
                ExactEvaluator.Result r = exact.evaluate(f, diagram, zones);
                double[] byNode = new double[model.nodeCount];
                for (int x = 0; x < functions.nodeOfVar.length; x++) byNode[functions.nodeOfVar[x]] = r.improvementByVar()[x];
                out[f] = result(topology, flows.get(f), r.down(), Method.EXACT, null, byNode);
            }
        }
        if (!sampled.isEmpty()) {
            int[] fs = sampled.stream().mapToInt(Integer::intValue).toArray();
            MonteCarloEvaluator.Estimate[] est = new MonteCarloEvaluator(compiled, model, samples).estimate(fs, cancel);
            for (int i = 0; i < fs.length; i++) {
                MonteCarloEvaluator.Estimate e = est[i];
                out[fs[i]] = result(topology, flows.get(fs[i]), e.down(), Method.MONTE_CARLO,
                        new Interval(1 - e.downHigh(), 1 - e.downLow()), e.improvementByNode());
            }
        }
        return List.of(out);
    }

    private static FlowAvailability result(Topology topology, Flow flow, double down, Method method, Interval ci95,
                                           double[] improvementByNode) {
        double p = Math.min(1, Math.max(0, down));
        double a = 1 - p;
        return new FlowAvailability(flow.id(), a, flow.slo(), FlowAvailability.verdictOf(a, flow.slo()), method, ci95,
                contributors(topology, improvementByNode, p));
    }

    /** Up to five nodes with IP > 0, by IP descending then id. */
    static List<Contributor> contributors(Topology topology, double[] improvementByNode, double unavailability) {
        if (unavailability <= 0) return List.of();
        List<Contributor> all = new ArrayList<>();
        for (int v = 0; v < improvementByNode.length; v++) {
            double ip = improvementByNode[v];
            double share = ip / unavailability;
            if (ip > 0 && share > MIN_SHARE) all.add(new Contributor(topology.nodes().get(v).id(), ip, share));
        }
        all.sort(Comparator.comparingDouble((Contributor c) -> -c.improvement()).thenComparing(Contributor::node));
        return all.subList(0, Math.min(MAX_CONTRIBUTORS, all.size()));
    }
}
