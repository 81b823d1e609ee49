package dev.faultline.analysis.availability;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import dev.faultline.model.Flow;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.simulation.CompiledTopology;

/**
 * {@link AvailabilityAnalysis} split flow by flow, so that the parts run on different threads (issue #18: at 50,000
 * nodes the analysis was the longest single task, 1.0-1.4 s on one core while the other idled at the end). Part
 * {@code i} of {@code n} takes the flows {@code f} with {@code f % n == i} (neighbouring flows of a generated file
 * cost alike, so every part gets its share of the dear ones), each with scratch arrays and self-down caches no other
 * running part uses ({@link Workspace});
 * {@link #combine} then estimates every flow the exact evaluation left out, all together and in flow order, as
 * {@link AvailabilityAnalysis#of} does. A flow's exact figures depend on that flow alone (the diagram manager and
 * the zone-state tables are emptied or memoize pure values), so the result is the same list bit for bit, whatever
 * the number of parts and wherever they run.
 */
public final class AvailabilityParts {
    /** The exact results of one part's flows (null elsewhere), and which of its flows need sampling. */
    public static final class Part {
        private final FlowAvailability[] exact;
        private final int[] sampled;

        private Part(FlowAvailability[] exact, int[] sampled) {
            this.exact = exact;
            this.sampled = sampled;
        }
    }

    private final CompiledTopology compiled;
    private final int parts;
    private final int maxDiagramNodes;
    private final long maxExactWork;
    private final int samples;
    /** Built by the first part that runs, then read by all (each workspace copies the model's caches). */
    private SelfDownModel model;
    private HardDependencies hard;
    /**
     * Workspaces of the parts that have ended, for the next part to start, until every part has ended: then no part
     * needs them, and they are dropped (diagram tables and scratch arrays grown to the largest flows) rather than
     * held until {@link #combine}, which runs only if something waits for the availability. Guarded by {@code this},
     * as is {@code ended}.
     */
    private final ArrayDeque<Workspace> idle = new ArrayDeque<>();
    /** Parts ended since the workspaces were last dropped. */
    private int ended;

    /**
     * What a part writes into as it goes: its own model caches, the diagram manager and the scratch arrays of the
     * structures and the evaluation. A part that ends hands its workspace to the next part that starts (issue #18: at
     * 50,000 nodes six parts run on two threads, and each grew its own diagram tables and scratch arrays to the
     * largest of its flows, ~100 MB of garbage in all). A flow's figures depend on that flow alone (the manager is
     * emptied, the scratch arrays written before they are read, the caches memoize pure values), so which workspace
     * a part gets changes no bit.
     */
    private static final class Workspace {
        final FlowStructures structures;
        final ExactEvaluator exact;

        Workspace(SelfDownModel model, HardDependencies hard) {
            this.structures = new FlowStructures(hard);
            this.exact = new ExactEvaluator(model);
        }
    }

    public AvailabilityParts(CompiledTopology compiled, int parts) {
        this(compiled, parts, AvailabilityAnalysis.MAX_DIAGRAM_NODES, AvailabilityAnalysis.MAX_EXACT_WORK,
                MonteCarloEvaluator.SAMPLES);
    }

    AvailabilityParts(CompiledTopology compiled, int parts, int maxDiagramNodes, long maxExactWork, int samples) {
        if (parts < 1) throw new IllegalArgumentException("parts must be at least 1: " + parts);
        this.compiled = compiled;
        this.parts = parts;
        this.maxDiagramNodes = maxDiagramNodes;
        this.maxExactWork = maxExactWork;
        this.samples = samples;
    }

    public int count() {
        return parts;
    }

    private synchronized SelfDownModel sharedModel() {
        if (model == null) {
            model = new SelfDownModel(compiled.topology());
            hard = new HardDependencies(compiled);
        }
        return model;
    }

    private synchronized Workspace take() {
        Workspace w = idle.pollLast();
        if (w != null) return w;
        SelfDownModel own = sharedModel().forAnotherThread();
        return new Workspace(own, hard);
    }

    private synchronized void giveBack(Workspace w) {
        if (++ended < parts) {
            idle.addLast(w);
        } else {
            idle.clear();
            ended = 0;
        }
    }

    /** The exact evaluation of part {@code index}'s flows. */
    public Part part(int index, CancellationToken cancel) {
        Topology topology = compiled.topology();
        List<Flow> flows = topology.flows();
        FlowAvailability[] out = new FlowAvailability[flows.size()];
        List<Integer> sampled = new ArrayList<>();
        Workspace w = take();
        try {
            for (int f = index; f < flows.size(); f += parts) {
                cancel.throwIfCancelled();
                ExactEvaluator.Result r = AvailabilityAnalysis.exactly(w.structures, w.exact, flows.get(f),
                        maxDiagramNodes, maxExactWork);
                if (r == null) sampled.add(f);
                else out[f] = AvailabilityAnalysis.result(topology, flows.get(f), r.down(), Method.EXACT, null,
                        r.improvementByNode(), r.series(), r.variables());
            }
        } finally {
            giveBack(w);
        }
        return new Part(out, sampled.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Every flow's availability, in flow order, from all the parts (in any order). */
    public List<FlowAvailability> combine(List<Part> done, CancellationToken cancel) {
        if (done.size() != parts) throw new IllegalArgumentException(done.size() + " parts of " + parts);
        Topology topology = compiled.topology();
        List<Flow> flows = topology.flows();
        FlowAvailability[] out = new FlowAvailability[flows.size()];
        boolean[] toSample = new boolean[flows.size()];
        for (Part p : done) {
            for (int f = 0; f < out.length; f++) if (p.exact[f] != null) out[f] = p.exact[f];
            for (int f : p.sampled) toSample[f] = true;
        }
        int[] fs = java.util.stream.IntStream.range(0, out.length).filter(f -> toSample[f]).toArray();
        if (fs.length > 0) {
            MonteCarloEvaluator.Estimate[] est = new MonteCarloEvaluator(compiled, sharedModel().forAnotherThread(),
                    samples).estimate(fs, cancel);
            for (int i = 0; i < fs.length; i++) {
                MonteCarloEvaluator.Estimate e = est[i];
                out[fs[i]] = AvailabilityAnalysis.result(topology, flows.get(fs[i]), e.down(), Method.MONTE_CARLO,
                        new Interval(1 - e.downHigh(), 1 - e.downLow()), e.improvementByNode(), null, null);
            }
        }
        return List.of(out);
    }
}
