package dev.faultline.export.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.faultline.BundledSamples;
import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.analysis.ReportInProgress;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * The analysis JSON rendered in parts on other threads and spliced ({@link JsonParts}, issue #18) is byte for byte
 * the document the sequential writer makes: for every sample and generated topologies, with chunks of one item and
 * more, with no pool thread and with several, into memory, into a text stream and as UTF-8 bytes, with extra
 * sections.
 */
class JsonPartsTest {
    private static final int[] CHUNKS = {1, 2, 7, 1_000};

    @Test
    void everySampleIsWrittenTheSameInParts() {
        List<Path> samples = BundledSamples.paths();
        assertFalse(samples.isEmpty());
        for (Path sample : samples) {
            AnalysisReport report = new Analyzer().analyze(BundledSamples.load(sample));
            assertSameInParts(sample.toString(), report, List.of("a warning \"quoted\" → here"), 100, List.of());
        }
    }

    @Test
    void generatedTopologiesAreWrittenTheSameInParts() {
        for (int seed = 1; seed <= 4; seed++) {
            AnalysisReport report = new Analyzer().analyze(TopologyGenerator.generate(150 * seed, seed));
            assertFalse(report.blastRadius().isEmpty());
            assertSameInParts("seed " + seed, report, List.of(), seed % 2 == 0 ? 0 : 3,
                    List.of(w -> w.name("fixes").beginArray().value("x").endArray()));
        }
    }

    /** A chunk never gets the small buffer of an opening, a section or a closing (it would regrow it by doubling). */
    @Test
    void chunksReuseOnlyChunkBuffers() {
        JsonParts.SpareBuffers spare = new JsonParts.SpareBuffers();
        byte[] small = new byte[1 << 12];
        for (JsonParts.Kind kind : List.of(JsonParts.Kind.OPEN, JsonParts.Kind.SECTION, JsonParts.Kind.CLOSE)) {
            spare.give(kind, small);
        }
        assertEquals(1 << 20, spare.take(JsonParts.Kind.CHUNK, 1 << 20).length, "a new chunk buffer");
        byte[] chunk = new byte[1 << 20];
        spare.give(JsonParts.Kind.CHUNK, chunk);
        assertSame(chunk, spare.take(JsonParts.Kind.CHUNK, 1 << 12), "a chunk's buffer reused by a chunk");
        assertSame(small, spare.take(JsonParts.Kind.SECTION, 1 << 12), "a small buffer reused by a section");
    }

    @Test
    void emptyArraysCloseAsOneWriterClosesThem() {
        // No flows go down (every node has replicas), so no SPOFs; one team pair, empty coupling rows in between.
        Topology t = Topology.of("calm", List.of(Node.builder("a").replicas(3).build(),
                Node.builder("b").replicas(3).build()), List.of(Dependency.builder("a", "b").build()));
        AnalysisReport report = new Analyzer().analyze(t);
        assertTrue(report.spofs().isEmpty());
        assertSameInParts("calm", report, List.of(), 100, List.of());
    }

    private static void assertSameInParts(String what, AnalysisReport report, List<String> warnings, int maxPairs,
                                          List<Consumer<JsonWriter>> extra) {
        StringBuilder sequential = new StringBuilder();
        sequentially(report, warnings, sequential, maxPairs, extra);
        String expected = sequential.toString();
        for (int chunk : CHUNKS) {
            for (int threads = 0; threads <= 2; threads++) {
                StringBuilder inMemory = new StringBuilder();
                AnalysisJson.writeInParts(report, warnings, inMemory, maxPairs, extra, threads, chunk);
                assertEquals(expected, inMemory.toString(), what + ", chunk " + chunk + ", threads " + threads);
                StringWriter streamed = new StringWriter();
                AnalysisJson.writeInParts(report, warnings, streamed, maxPairs, extra, threads, chunk);
                assertEquals(expected, streamed.toString(), what + " streamed, chunk " + chunk + ", threads " + threads);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                AnalysisJson.writeInParts(ReportInProgress.of(report), warnings, bytes, maxPairs, extra, threads, chunk);
                assertEquals(expected, bytes.toString(StandardCharsets.UTF_8),
                        what + " as bytes, chunk " + chunk + ", threads " + threads);
            }
        }
    }

    /** The sequential writer (what every document below {@link AnalysisJson#PARTS_FROM_NODES} nodes goes through). */
    private static void sequentially(AnalysisReport report, List<String> warnings, StringBuilder out, int maxPairs,
                                     List<Consumer<JsonWriter>> extra) {
        assertTrue(report.topology().nodes().size() < AnalysisJson.PARTS_FROM_NODES);
        AnalysisJson.write(report, warnings, out, maxPairs, new ArrayList<>(extra));
    }
}
