package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.faultline.analysis.rules.Rules;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.io.TopologyLoader;
import dev.faultline.model.Topology;

/**
 * The analysis gives the same report whether its independent parts run on the side threads or one after the other
 * on the caller's (issue #18), and {@link SideTasks} runs each task once, wherever it is first needed.
 */
class ParallelAnalysisTest {
    private static final Analyzer SEQUENTIAL = new Analyzer(Rules.defaults(), new BlastRadiusSweep(1),
            Integer.MAX_VALUE);
    private static final Analyzer PARALLEL = new Analyzer(Rules.defaults(), new BlastRadiusSweep(), 0);

    @Test
    void everySampleAnalysesTheSameOnSideThreads() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("sample-topologies"))) {
            samples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(samples.isEmpty());
        for (Path sample : samples) {
            // Two loads: latency and capacity are kept per topology instance, so each analysis computes its own.
            assertSameReport(sample.toString(), SEQUENTIAL.analyze(load(sample)), PARALLEL.analyze(load(sample)));
        }
    }

    @Test
    void aGeneratedTopologyWithEveryRiskFigureAnalysesTheSame() {
        AnalysisReport one = SEQUENTIAL.analyze(TopologyGenerator.generate(1_200, 5));
        AnalysisReport other = PARALLEL.analyze(TopologyGenerator.generate(1_200, 5));
        assertFalse(one.findings().isEmpty());
        assertFalse(one.availability().isEmpty());
        assertSameReport("generated", one, other);
    }

    @Test
    void aTaskNoPoolThreadHasBegunRunsOnTheThreadThatJoinsIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (SideTasks tasks = SideTasks.withThreads(1)) {
            SideTasks.Task<Void> blocker = tasks.start(() -> {
                await(release);
                return null;
            });
            SideTasks.Task<Thread> queued = tasks.start(Thread::currentThread);
            assertSame(Thread.currentThread(), queued.join(), "the only pool thread is busy: the joiner runs it");
            release.countDown();
            blocker.join();
        }
    }

    @Test
    void withoutThreadsATaskRunsOnceWhereItIsJoinedAndNeverIfNobodyAsks() {
        AtomicInteger runs = new AtomicInteger();
        try (SideTasks tasks = SideTasks.withThreads(0)) {
            SideTasks.Task<Integer> asked = tasks.start(runs::incrementAndGet);
            tasks.start(runs::incrementAndGet);
            assertEquals(0, runs.get(), "queued, not run");
            assertEquals(1, asked.join());
            assertEquals(1, asked.join(), "a second join reads the same result");
            assertEquals(1, runs.get());
        }
    }

    @Test
    void aJoinerWhoseTaskIsRunningElsewhereRunsQueuedTasksMeanwhile() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (SideTasks tasks = SideTasks.withThreads(1)) {
            SideTasks.Task<Thread> running = tasks.start(() -> {
                started.countDown();
                await(release); // released only by the queued task below: waiting idle would never end
                return Thread.currentThread();
            });
            await(started);
            SideTasks.Task<Thread> queued = tasks.start(() -> {
                release.countDown();
                return Thread.currentThread();
            });
            assertNotEquals(Thread.currentThread(), running.join(), "run by the pool thread");
            assertSame(Thread.currentThread(), queued.join(), "run by the joiner while it waited");
        }
    }

    @Test
    void joiningWithoutHelpingLeavesQueuedTasksToOthers() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger queuedRuns = new AtomicInteger();
        try (SideTasks tasks = SideTasks.withThreads(1)) {
            SideTasks.Task<Thread> running = tasks.start(() -> {
                started.countDown();
                await(release);
                return Thread.currentThread();
            });
            await(started);
            SideTasks.Task<Integer> queued = tasks.start(queuedRuns::incrementAndGet);
            Thread joiner = Thread.currentThread();
            AtomicInteger runsWhileJoinerWaited = new AtomicInteger(-1);
            // Released once the joiner waits: had it helped, it would have run the queued task before waiting.
            Thread releaser = new Thread(() -> {
                while (joiner.getState() != Thread.State.WAITING) Thread.onSpinWait();
                runsWhileJoinerWaited.set(queuedRuns.get());
                release.countDown();
            });
            releaser.start();
            assertNotEquals(joiner, running.joinWithoutHelping(), "waited for the pool thread");
            releaser.join();
            assertEquals(0, runsWhileJoinerWaited.get(), "the joiner ran no queued task while it waited");
            assertEquals(1, queued.join());
            assertEquals(1, queuedRuns.get(), "each task once");
        }
    }

    @Test
    void aTaskStartedWhenJoinedRunsOnceOnTheFirstThreadThatAsks() {
        AtomicInteger runs = new AtomicInteger();
        SideTasks.Task<Thread> gathered = SideTasks.whenJoined(() -> {
            runs.incrementAndGet();
            return Thread.currentThread();
        });
        assertEquals(0, runs.get(), "nothing runs before it is asked for");
        assertSame(Thread.currentThread(), gathered.join());
        assertSame(Thread.currentThread(), gathered.join());
        assertEquals(1, runs.get());
    }

    @Test
    void rulesStartCostliestFirstAndThoseReadingAvailabilityLast() {
        List<dev.faultline.analysis.rules.Rule> rules = Rules.defaults();
        int[] order = RuleCosts.costliestFirst(rules);
        assertEquals(rules.size(), java.util.Arrays.stream(order).distinct().count(), "each rule once");
        assertEquals("retry-storm", rules.get(order[0]).id());
        java.util.Set<String> last = java.util.Set.of(rules.get(order[order.length - 1]).id(),
                rules.get(order[order.length - 2]).id());
        assertEquals(java.util.Set.of("double-fault", "slo-infeasible"), last);
    }

    @Test
    void aFailureInATaskReachesTheThreadThatJoinsIt() {
        try (SideTasks tasks = SideTasks.withThreads(2)) {
            SideTasks.Task<Object> failing = tasks.start(() -> {
                throw new IllegalArgumentException("broken rule");
            });
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, failing::join);
            assertEquals("broken rule", e.getMessage());
            assertThrows(OutOfMemoryError.class, tasks.start(() -> {
                throw new OutOfMemoryError("Java heap space");
            })::join);
        }
    }

    private static void assertSameReport(String what, AnalysisReport expected, AnalysisReport actual) {
        assertEquals(expected.spofs(), actual.spofs(), what);
        assertEquals(expected.domainSpofs(), actual.domainSpofs(), what);
        assertEquals(expected.blastRadius(), actual.blastRadius(), what);
        assertEquals(expected.teams(), actual.teams(), what);
        assertEquals(expected.findings(), actual.findings(), what + ": same findings in the same order");
        assertEquals(expected.availability(), actual.availability(), what);
        assertEquals(expected.doubleFaults(), actual.doubleFaults(), what);
        assertEquals(expected.coupling().teams(), actual.coupling().teams(), what);
        assertArrayEquals(expected.coupling().counts(), actual.coupling().counts(), what);
        assertEquals(expected.latency(), actual.latency(), what);
        assertEquals(expected.capacity().nodes(), actual.capacity().nodes(), what);
        assertEquals(expected.capacity().overloads(), actual.capacity().overloads(), what);
        assertNotEquals(0, expected.blastRadius().size(), what);
    }

    private static Topology load(Path file) {
        return new TopologyLoader().load(file).topology().orElseThrow();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
