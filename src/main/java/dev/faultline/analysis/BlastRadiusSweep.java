package dev.faultline.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import dev.faultline.concurrent.Futures;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.simulation.AncestorSets;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.NodeLossOutcome;

/**
 * Runs the scenario {@code node X} for every node (the "chaos sweep") and ranks the outcomes per the contract:
 * flows DOWN, then flows DEGRADED, then nodes DOWN, then nodes DEGRADED (more ranks higher), ties by node id.
 * Each run only touches the part of the graph the failure reaches, and the work is split over the available cores.
 */
public final class BlastRadiusSweep {
    /** The contract's ranking order. */
    public static final Comparator<NodeLossOutcome> RANKING = Comparator
            .comparingInt((NodeLossOutcome o) -> -o.flowsDown().size())
            .thenComparingInt(o -> -o.flowsDegraded().size())
            .thenComparingInt(o -> -o.nodesDown())
            .thenComparingInt(o -> -o.nodesDegraded())
            .thenComparing(NodeLossOutcome::node);

    private final int threads;

    public BlastRadiusSweep() {
        this(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    public BlastRadiusSweep(int threads) {
        this.threads = threads;
    }

    /** Outcomes in file order of the nodes (index i = node i). */
    public NodeLossOutcome[] outcomes(FailureEngine engine, ProgressListener progress, CancellationToken cancel) {
        int n = engine.compiled().nodeCount();
        NodeLossOutcome[] out = new NodeLossOutcome[n];
        AtomicLong done = new AtomicLong();
        long step = Math.max(1, n / 100);
        int workers = n < 2_000 ? 1 : threads;
        // Share work across nodes when the bitsets fit in a quarter of the heap; otherwise one walk per node.
        AncestorSets shared = engine.shareSweepWork(Runtime.getRuntime().maxMemory() / 4, cancel).orElse(null);
        Runnable[] jobs = new Runnable[workers];
        for (int w = 0; w < workers; w++) {
            final int first = w;
            jobs[w] = () -> {
                FailureEngine.Sweeper sweeper = engine.sweeper();
                for (int v = first; v < n; v += workers) {
                    if ((v & 63) == 0) cancel.throwIfCancelled();
                    out[v] = shared == null ? sweeper.nodeLoss(v) : sweeper.nodeLoss(v, shared);
                    long d = done.incrementAndGet();
                    if (d % step == 0 || d == n) progress.progress(d, n, "Failing each node in turn");
                }
            };
        }
        runAll(jobs);
        cancel.throwIfCancelled();
        return out;
    }

    /** Every node's outcome, best-ranked (largest blast radius) first. */
    public List<NodeLossOutcome> ranking(FailureEngine engine, ProgressListener progress, CancellationToken cancel) {
        return rank(outcomes(engine, progress, cancel));
    }

    public static List<NodeLossOutcome> rank(NodeLossOutcome[] outcomes) {
        List<NodeLossOutcome> list = new ArrayList<>(Arrays.asList(outcomes));
        list.sort(RANKING);
        return list;
    }

    private static void runAll(Runnable[] jobs) {
        if (jobs.length == 1) {
            jobs[0].run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs.length, r -> {
            Thread t = new Thread(r, "faultline-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable job : jobs) futures.add(pool.submit(job));
            for (Future<?> f : futures) Futures.get(f, CancellationToken.CancelledException::new);
        } finally {
            pool.shutdownNow();
        }
    }
}
