package dev.faultline.analysis;

import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.faultline.concurrent.Futures;
import dev.faultline.progress.CancellationToken;

/**
 * Independent parts of one analysis run on the spare cores while the caller works on others (issue #18: a cold
 * 10,000-node {@code analyze} spent most of its time in analyses that do not depend on each other).
 *
 * <p>A task started here is only queued; whoever {@linkplain Task#join() joins} it first and finds it not yet begun
 * runs it on its own thread, so the caller never waits idle for a queued task, and with no pool (one core, or a small
 * topology where threads do not pay) every task simply runs where it is joined, in the caller's order. Results are
 * the same either way: the tasks are pure functions of the model, and the caller assembles them in a fixed order.
 */
final class SideTasks implements AutoCloseable {
    /** The result of a task, computed by a pool thread or by the first thread that asks for it. */
    interface Task<T> {
        T join();

        /**
         * The result, run here if nobody has begun it, else waited for <em>without</em> running other queued tasks
         * meanwhile. For a task that gathers other tasks' results: a queued task run while it waits could ask for
         * the gathering task itself, which this thread has begun and would then wait on forever.
         */
        default T joinWithoutHelping() {
            return join();
        }
    }

    private final ThreadPoolExecutor pool;

    private SideTasks(ThreadPoolExecutor pool) {
        this.pool = pool;
    }

    /** {@code threads} pool threads; 0 runs every task on the thread that joins it. */
    static SideTasks withThreads(int threads) {
        if (threads <= 0) return new SideTasks(null);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "faultline-analysis");
                    t.setDaemon(true);
                    return t;
                });
        return new SideTasks(pool);
    }

    /** Queues {@code work}; it runs on a pool thread when one is free, else on the first thread that joins it. */
    <T> Task<T> start(Supplier<T> work) {
        FutureTask<T> future = new FutureTask<>(work::get);
        if (pool != null) pool.execute(future);
        return new Task<>() {
            @Override
            public T join() {
                return SideTasks.this.join(future);
            }

            @Override
            public T joinWithoutHelping() {
                future.run();
                return result(future);
            }
        };
    }

    /**
     * {@code work} not queued: the first thread that joins it runs it, any other waits for it (without helping). For
     * work that only gathers results of other tasks, with {@link Task#joinWithoutHelping()}: queued, it would hold a
     * pool thread that then waits for tasks the other threads are running.
     */
    static <T> Task<T> whenJoined(Supplier<T> work) {
        FutureTask<T> future = new FutureTask<>(work::get);
        return () -> {
            future.run();
            return result(future);
        };
    }

    /** Whether tasks may run on a pool thread (else each runs where it is joined). */
    boolean hasPool() {
        return pool != null;
    }

    /**
     * Runs {@code future} here unless a pool thread has begun it; while that thread is at it, runs queued tasks
     * nobody has begun instead of waiting idle (issue #18: at 50,000 nodes the caller waited seconds for the
     * availability analysis while latency, double faults and the rules sat in the queue behind the other pool
     * thread). Every queued task is needed by the caller anyway, so helping costs it nothing in the end.
     */
    private <T> T join(FutureTask<T> future) {
        future.run();
        while (pool != null && !future.isDone()) {
            Runnable queued = pool.getQueue().poll();
            if (queued == null) break;
            queued.run();
        }
        return result(future);
    }

    /** A task whose result is already known. */
    static <T> Task<T> done(T value) {
        return () -> value;
    }

    private static <T> T result(FutureTask<T> future) {
        // Waits for the thread that runs it, if any (FutureTask runs at most once).
        return Futures.get(future, CancellationToken.CancelledException::new);
    }

    /** Drops tasks nobody asked for (after a failure or cancellation); running ones end on their own. */
    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
