package dev.faultline.export.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.faultline.BundledSamples;
import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.AnalysisSection;
import dev.faultline.analysis.Analyzer;
import dev.faultline.analysis.BlastRadiusSweep;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.ReportInProgress;
import dev.faultline.analysis.rules.AnalysisContext;
import dev.faultline.analysis.rules.Rule;
import dev.faultline.analysis.rules.Rules;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;

/**
 * The analysis JSON streamed while the analysis still runs ({@link AnalysisJson#write(ReportInProgress, List,
 * Appendable, int, List)}, issue #18) is byte for byte the document written from the finished report: for every
 * sample and generated topologies, in parts of one item and more, with no pool thread and with several, with the
 * rules held for random times so that the writer waits at random points, and a failing analysis fails the writer.
 */
class JsonWhileAnalysingTest {
    private static final int[] CHUNKS = {1, 7, 1_000};

    @Test
    void everySampleIsStreamedAsItsReportIsWritten() {
        List<Path> samples = BundledSamples.paths();
        assertFalse(samples.isEmpty());
        Random random = new Random(18);
        for (Path sample : samples) {
            assertSameWhileAnalysing(sample.toString(), BundledSamples.load(sample), random, 100, List.of());
        }
    }

    @Test
    void generatedTopologiesAreStreamedAsTheirReportIsWritten() {
        Random random = new Random(7);
        for (int seed = 1; seed <= 3; seed++) {
            assertSameWhileAnalysing("seed " + seed, TopologyGenerator.generate(200 * seed, seed), random,
                    seed == 2 ? 0 : 5, List.of(w -> w.name("fixes").beginArray().value("x").endArray()));
        }
    }

    @Test
    void aTopologyWrittenInPartsIsStreamedTheSame() {
        // From PARTS_FROM_NODES on, the public entry streams in parts on the spare cores.
        Topology t = TopologyGenerator.generate(AnalysisJson.PARTS_FROM_NODES + 100, 11);
        AnalysisReport report = new Analyzer().analyze(t);
        StringBuilder expected = new StringBuilder();
        AnalysisJson.write(report, List.of("w"), expected, 100, List.of());
        StringBuilder streamed = new StringBuilder();
        ReportInProgress early = analysing(TopologyGenerator.generate(AnalysisJson.PARTS_FROM_NODES + 100, 11),
                new Analyzer(heldRules(new Random(3)), new BlastRadiusSweep()));
        AnalysisJson.write(early, List.of("w"), streamed, 100, List.of());
        assertEquals(expected.toString(), streamed.toString());
        // As UTF-8 bytes, what `analyze --format json --output FILE` writes.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AnalysisJson.write(analysing(TopologyGenerator.generate(AnalysisJson.PARTS_FROM_NODES + 100, 11),
                new Analyzer(heldRules(new Random(4)), new BlastRadiusSweep())), List.of("w"), bytes, 100, List.of());
        assertEquals(expected.toString(), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailingAnalysisFailsTheWriter() {
        RuntimeException boom = new IllegalStateException("boom");
        List<Rule> rules = new ArrayList<>(Rules.defaults());
        rules.add(rule(context -> {
            throw boom;
        }));
        for (int threads = 0; threads <= 2; threads++) {
            ReportInProgress early = analysing(TopologyGenerator.generate(300, 4),
                    new Analyzer(rules, new BlastRadiusSweep()));
            int pool = threads;
            assertSame(boom, assertThrows(IllegalStateException.class, () -> AnalysisJson.writeInParts(early,
                    List.of(), new StringBuilder(), 100, List.of(), pool, 7)));
        }
    }

    private static void assertSameWhileAnalysing(String what, Topology t, Random random, int maxPairs,
                                                 List<Consumer<JsonWriter>> extra) {
        AnalysisReport report = new Analyzer().analyze(t);
        StringBuilder sequential = new StringBuilder();
        assertTrue(t.nodes().size() < AnalysisJson.PARTS_FROM_NODES);
        AnalysisJson.write(report, List.of("a warning"), sequential, maxPairs, new ArrayList<>(extra));
        String expected = sequential.toString();

        StringBuilder whole = new StringBuilder();
        AnalysisJson.write(analysing(t, new Analyzer(heldRules(random), new BlastRadiusSweep())),
                List.of("a warning"), whole, maxPairs, new ArrayList<>(extra));
        assertEquals(expected, whole.toString(), what);
        ByteArrayOutputStream wholeBytes = new ByteArrayOutputStream();
        AnalysisJson.write(analysing(t, new Analyzer(heldRules(random), new BlastRadiusSweep())),
                List.of("a warning"), wholeBytes, maxPairs, new ArrayList<>(extra));
        assertEquals(expected, wholeBytes.toString(StandardCharsets.UTF_8), what + " as bytes");
        for (int chunk : CHUNKS) {
            for (int threads = 0; threads <= 2; threads++) {
                Analyzer analyzer = new Analyzer(heldRules(random), new BlastRadiusSweep());
                StringBuilder parts = new StringBuilder();
                AnalysisJson.writeInParts(analysing(t, analyzer), List.of("a warning"), parts, maxPairs,
                        new ArrayList<>(extra), threads, chunk);
                assertEquals(expected, parts.toString(), what + ", chunk " + chunk + ", threads " + threads);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                AnalysisJson.writeInParts(analysing(t, new Analyzer(heldRules(random), new BlastRadiusSweep())),
                        List.of("a warning"), bytes, maxPairs, new ArrayList<>(extra), threads, chunk);
                assertEquals(expected, bytes.toString(StandardCharsets.UTF_8),
                        what + " as bytes, chunk " + chunk + ", threads " + threads);
            }
        }
    }

    /** The analysis of {@code t} started on a thread of its own; its sections as they come. */
    private static ReportInProgress analysing(Topology t, Analyzer analyzer) {
        ReportInProgress early = new ReportInProgress(t);
        Thread analysis = new Thread(() -> {
            try {
                analyzer.analyze(t, AnalysisSection.all(), early, CancellationToken.NONE);
            } catch (RuntimeException e) {
                // the writer gets it
            }
        }, "test-analysis");
        analysis.setDaemon(true);
        analysis.start();
        return early;
    }

    /** The default rules and one more that finds nothing after a random wait: the writer waits at random points. */
    private static List<Rule> heldRules(Random random) {
        int millis = random.nextInt(30);
        List<Rule> rules = new ArrayList<>(Rules.defaults());
        rules.add(rule(context -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }));
        return rules;
    }

    private static Rule rule(java.util.function.Function<AnalysisContext, List<Finding>> apply) {
        return new Rule() {
            @Override
            public String id() {
                return "test-rule";
            }

            @Override
            public String description() {
                return "a rule of the test";
            }

            @Override
            public List<Finding> apply(AnalysisContext context) {
                return apply.apply(context);
            }
        };
    }
}
