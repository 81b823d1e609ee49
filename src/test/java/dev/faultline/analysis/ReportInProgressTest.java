package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import dev.faultline.BundledSamples;
import dev.faultline.analysis.rules.AnalysisContext;
import dev.faultline.analysis.rules.Rule;
import dev.faultline.analysis.rules.Rules;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;

/**
 * The sections an analysis publishes early ({@link ReportInProgress}, issue #18) are the finished report's, they are
 * known while the rules still run, and a failing analysis fails every section still to come instead of leaving a
 * reader waiting.
 */
class ReportInProgressTest {
    @Test
    void everySamplePublishesTheSectionsOfItsReport() {
        List<Path> samples = BundledSamples.paths();
        assertFalse(samples.isEmpty());
        for (Path sample : samples) {
            assertPublishesItsReport(sample.toString(), new Analyzer(), BundledSamples.load(sample));
        }
    }

    @Test
    void generatedTopologiesPublishTheSectionsOfTheirReport() {
        // Below and above the size from which the analysis runs its parts on side threads.
        assertPublishesItsReport("small", new Analyzer(), TopologyGenerator.generate(200, 3));
        assertPublishesItsReport("pooled", new Analyzer(Rules.defaults(), new BlastRadiusSweep(), 0),
                TopologyGenerator.generate(1_200, 5));
    }

    @Test
    void theFirstSectionsAreKnownWhileTheRulesStillRun() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Rule> rules = new ArrayList<>(Rules.defaults());
        rules.add(rule("held", context -> {
            await(release);
            return List.of();
        }));
        Topology t = TopologyGenerator.generate(400, 2);
        ReportInProgress early = new ReportInProgress(t);
        AtomicReference<AnalysisReport> done = new AtomicReference<>();
        Thread analysis = new Thread(() -> done.set(new Analyzer(rules, new BlastRadiusSweep())
                .analyze(t, AnalysisSection.all(), early, CancellationToken.NONE)));
        analysis.start();
        // The rule is held, so these cannot have come from the finished report.
        assertFalse(early.blastRadius().isEmpty());
        assertFalse(early.spofs().isEmpty());
        assertFalse(early.teams().isEmpty());
        early.domainSpofs();
        early.coupling();
        assertTrue(analysis.isAlive());
        release.countDown();
        AnalysisReport report = early.report();
        analysis.join();
        assertSame(done.get(), report);
        assertEquals(new Analyzer().analyze(TopologyGenerator.generate(400, 2)).blastRadius(), report.blastRadius());
    }

    @Test
    void aFailingRuleFailsTheSectionsStillToCome() {
        RuntimeException boom = new IllegalStateException("boom");
        List<Rule> rules = new ArrayList<>(Rules.defaults());
        rules.add(rule("failing", context -> {
            throw boom;
        }));
        Topology t = TopologyGenerator.generate(300, 4);
        ReportInProgress early = new ReportInProgress(t);
        Analyzer analyzer = new Analyzer(rules, new BlastRadiusSweep());
        assertSame(boom, assertThrows(IllegalStateException.class,
                () -> analyzer.analyze(t, AnalysisSection.all(), early, CancellationToken.NONE)));
        assertSame(boom, assertThrows(IllegalStateException.class, early::report));
        // Published before the rules ran: still there for a writer that is past them.
        assertFalse(early.blastRadius().isEmpty());
    }

    @Test
    void anOutOfMemoryErrorReachesTheReaderAsSuch() throws Exception {
        List<Rule> rules = new ArrayList<>(Rules.defaults());
        rules.add(rule("hungry", context -> {
            throw new OutOfMemoryError("test");
        }));
        Topology t = TopologyGenerator.generate(300, 4);
        ReportInProgress early = new ReportInProgress(t);
        Thread analysis = new Thread(() -> {
            try {
                new Analyzer(rules, new BlastRadiusSweep()).analyze(t, AnalysisSection.all(), early,
                        CancellationToken.NONE);
            } catch (OutOfMemoryError expected) {
                // also thrown to the reader
            }
        });
        analysis.start();
        assertEquals("test", assertThrows(OutOfMemoryError.class, early::report).getMessage());
        analysis.join();
    }

    @Test
    void aReportOfSomeSectionsPublishesWhatItHolds() {
        Topology t = TopologyGenerator.generate(300, 6);
        ReportInProgress early = new ReportInProgress(t);
        AnalysisReport report = new Analyzer().analyze(t, java.util.EnumSet.of(AnalysisSection.SPOFS), early,
                CancellationToken.NONE);
        assertEquals(report.spofs(), early.spofs());
        assertEquals(report.blastRadius(), early.blastRadius());
        assertEquals(report.findings(), early.report().findings());
    }

    private static void assertPublishesItsReport(String what, Analyzer analyzer, Topology t) {
        ReportInProgress early = new ReportInProgress(t);
        AnalysisReport report = analyzer.analyze(t, AnalysisSection.all(), early, CancellationToken.NONE);
        assertSame(report, early.report(), what);
        assertEquals(report.spofs(), early.spofs(), what);
        assertEquals(report.domainSpofs(), early.domainSpofs(), what);
        assertEquals(report.blastRadius(), early.blastRadius(), what);
        assertEquals(report.teams(), early.teams(), what);
        assertEquals(report.coupling().teams(), early.coupling().teams(), what);
        assertArrayEquals(report.coupling().counts(), early.coupling().counts(), what);
        // And the report is the one the plain analysis makes.
        AnalysisReport plain = analyzer.analyze(t);
        assertEquals(plain.blastRadius(), report.blastRadius(), what);
        assertEquals(plain.spofs(), report.spofs(), what);
        assertEquals(plain.findings(), report.findings(), what);
        ReportInProgress known = ReportInProgress.of(report);
        assertSame(report.blastRadius(), known.blastRadius(), what);
        assertSame(report, known.report(), what);
    }

    private static Rule rule(String id, java.util.function.Function<AnalysisContext, List<Finding>> apply) {
        return new Rule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "test rule " + id;
            }

            @Override
            public List<Finding> apply(AnalysisContext context) {
                return apply.apply(context);
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
