package dev.faultline.export.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.faultline.BundledSamples;
import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.analysis.ReportInProgress;
import dev.faultline.generator.TopologyGenerator;

/**
 * The UTF-8 {@link JsonWriter} (issue #18) against the text writer it replaced ({@link OracleJsonWriter}, whose text
 * was then encoded with Java's UTF-8 encoder, as {@code io.Utf8Writer} and standard output did): the same bytes for
 * random documents of random strings (controls, quotes, backslashes, U+2028/2029, Latin-1 and wider characters,
 * surrogate pairs and unpaired surrogates), random numbers and deep nesting, on every path (in memory, into text,
 * into a stream); and the same analysis documents, sequential and in parts, for the samples and generated topologies.
 */
class JsonWriterOracleTest {
    /** Characters the writer treats differently, and ordinary ones. */
    private static final char[] ALPHABET = ("ab-_.:/09?~ \"\\\n\r\t\u0000\u0001\u001f\u007f\u0080\u0085\u009f\u00e9\u00ff"
            + "\u0100\u0141\u2192\u2028\u2029\u202e\u6f22\ufeff\uffff\ud83d\ude00\ud800\udbff\udc00\udfff").toCharArray();

    @Test
    void randomDocumentsAreTheOraclesBytesOnEveryPath() {
        Random random = new Random(18);
        for (int doc = 0; doc < 3_000; doc++) {
            List<Consumer<Writers>> calls = randomDocument(random);
            Writers w = new Writers();
            calls.forEach(c -> c.accept(w));
            w.finish();
            byte[] expected = w.oracle.toString().getBytes(StandardCharsets.UTF_8);
            String what = "document " + doc;
            assertArrayEquals(expected, w.streamed.toByteArray(), what + " streamed");
            assertArrayEquals(expected, w.text.toString().getBytes(StandardCharsets.UTF_8), what + " as text");
            assertArrayEquals(expected, w.inMemory.toString().getBytes(StandardCharsets.UTF_8), what + " in memory");
            if (!hasUnpairedSurrogate(w.oracle.toString())) {
                assertEquals(w.oracle.toString(), w.inMemory.toString(), what + " as a string");
            }
        }
    }

    @Test
    void numbersPrintAsTheirToString() {
        Random random = new Random(5);
        List<Number> numbers = new ArrayList<>(List.of(0, -0.0, 0.0, Integer.MIN_VALUE, Integer.MAX_VALUE,
                Long.MIN_VALUE, Long.MAX_VALUE, 1e15, 1e-7, 0.1 + 0.2, Double.NaN, Double.POSITIVE_INFINITY,
                Double.MIN_VALUE, Double.MAX_VALUE, 99.99999, 1.5f, new java.math.BigDecimal("1.50")));
        for (int i = 0; i < 2_000; i++) {
            numbers.add(random.nextInt());
            numbers.add(random.nextLong() >> random.nextInt(64));
            numbers.add(Double.longBitsToDouble(random.nextLong()));
            numbers.add(random.nextDouble() * Math.pow(10, random.nextInt(20) - 10));
        }
        JsonWriter w = new JsonWriter().beginArray();
        OracleJsonWriter o = new OracleJsonWriter().beginArray();
        for (Number n : numbers) {
            w.value(n);
            o.value(n);
            if (n instanceof Integer i) {
                w.value(i.intValue());
                o.value(i);
            } else if (n instanceof Long l) {
                w.value(l.longValue());
                o.value(l);
            }
        }
        assertEquals(o.endArray().toString(), w.endArray().toString());
    }

    @Test
    void everySampleMakesTheOraclesDocument() {
        List<Path> samples = BundledSamples.paths();
        assertFalse(samples.isEmpty());
        for (Path sample : samples) {
            AnalysisReport report = new Analyzer().analyze(BundledSamples.load(sample));
            assertSameAsOracle(sample.toString(), report, 100);
        }
    }

    @Test
    void generatedTopologiesMakeTheOraclesDocument() {
        for (int seed = 1; seed <= 3; seed++) {
            AnalysisReport report = new Analyzer().analyze(TopologyGenerator.generate(400 * seed, seed));
            assertSameAsOracle("seed " + seed, report, seed == 2 ? 0 : 100);
        }
    }

    /** Sequential and in parts, into a stream and into text, against the oracle's text encoded. */
    private static void assertSameAsOracle(String what, AnalysisReport report, int maxPairs) {
        List<String> warnings = List.of("w \"1\" → \u2028 \ud83d\ude00 \ud800", "Zürich\\");
        StringBuilder oracle = new StringBuilder();
        OracleAnalysisJson.write(report, warnings, oracle, maxPairs, List.of());
        byte[] expected = oracle.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream sequential = new ByteArrayOutputStream();
        AnalysisJson.write(report, warnings, sequential, maxPairs, List.of());
        assertArrayEquals(expected, sequential.toByteArray(), what + " sequential");
        StringBuilder text = new StringBuilder();
        AnalysisJson.write(report, warnings, text, maxPairs, List.of());
        assertArrayEquals(expected, text.toString().getBytes(StandardCharsets.UTF_8), what + " as text");
        for (int threads = 0; threads <= 2; threads++) {
            for (int chunk : new int[] {1, 5, 1_000}) {
                ByteArrayOutputStream parts = new ByteArrayOutputStream();
                AnalysisJson.writeInParts(ReportInProgress.of(report), warnings, parts, maxPairs, List.of(), threads,
                        chunk);
                assertArrayEquals(expected, parts.toByteArray(), what + " in parts, " + threads + " threads, chunk "
                        + chunk);
            }
        }
    }

    /** The four writers, given the same calls. */
    private static final class Writers {
        final OracleJsonWriter oracle = new OracleJsonWriter();
        final JsonWriter inMemory = new JsonWriter();
        final ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        final JsonWriter toStream = new JsonWriter(streamed);
        final StringBuilder text = new StringBuilder();
        final JsonWriter toText = new JsonWriter(text);

        void all(Consumer<JsonWriter> call, Consumer<OracleJsonWriter> same) {
            call.accept(inMemory);
            call.accept(toStream);
            call.accept(toText);
            same.accept(oracle);
        }

        void finish() {
            toStream.finish();
            toText.finish();
        }
    }

    /**
     * A random well-formed document: nested objects and arrays (sometimes deeper than the writer's cached indents),
     * strings, numbers, booleans, nulls, lists and maps of strings, long enough now and then to be handed on in
     * several pieces.
     */
    private static List<Consumer<Writers>> randomDocument(Random random) {
        List<Consumer<Writers>> calls = new ArrayList<>();
        List<Boolean> scopes = new ArrayList<>(); // true: object
        boolean big = random.nextInt(50) == 0;
        int steps = big ? 20_000 : random.nextInt(60);
        int maxDepth = random.nextInt(10) == 0 ? 20 : 4;
        open(calls, random.nextBoolean(), scopes);
        for (int i = 0; i < steps; i++) {
            boolean inObject = scopes.get(scopes.size() - 1);
            int op = random.nextInt(10);
            if (op == 0 && scopes.size() > 1) {
                close(calls, scopes);
                continue;
            }
            String name = randomString(random);
            if (op <= 2 && scopes.size() < maxDepth) {
                if (inObject) calls.add(w -> w.all(j -> j.name(name), o -> o.name(name)));
                open(calls, random.nextBoolean(), scopes);
                continue;
            }
            if (inObject) {
                if (op == 3) {
                    List<String> list = randomStrings(random);
                    calls.add(w -> w.all(j -> j.field(name, list), o -> o.field(name, list)));
                    continue;
                }
                if (op == 4) {
                    Map<String, String> map = new LinkedHashMap<>();
                    for (String s : randomStrings(random)) map.put(s, randomString(random));
                    calls.add(w -> w.all(j -> j.field(name, map), o -> o.field(name, map)));
                    continue;
                }
                calls.add(w -> w.all(j -> j.name(name), o -> o.name(name)));
            }
            calls.add(randomValue(random));
        }
        while (!scopes.isEmpty()) close(calls, scopes);
        return calls;
    }

    private static Consumer<Writers> randomValue(Random random) {
        switch (random.nextInt(7)) {
            case 0 -> {
                int n = random.nextInt();
                return w -> w.all(j -> j.value(n), o -> o.value(n));
            }
            case 1 -> {
                long n = random.nextLong();
                return w -> w.all(j -> j.value(n), o -> o.value(n));
            }
            case 2 -> {
                Double d = random.nextBoolean() ? random.nextDouble() * 1000 : (double) random.nextInt(100);
                Number n = random.nextInt(5) == 0 ? null : AnalysisJson.number(d);
                return w -> w.all(j -> j.value(n), o -> o.value(n));
            }
            case 3 -> {
                boolean b = random.nextBoolean();
                return w -> w.all(j -> j.value(b), o -> o.value(b));
            }
            case 4 -> {
                return w -> w.all(j -> j.value((String) null), o -> o.value((String) null));
            }
            default -> {
                String s = randomString(random);
                return w -> w.all(j -> j.value(s), o -> o.value(s));
            }
        }
    }

    private static void open(List<Consumer<Writers>> calls, boolean object, List<Boolean> scopes) {
        scopes.add(object);
        calls.add(object ? w -> w.all(JsonWriter::beginObject, OracleJsonWriter::beginObject)
                : w -> w.all(JsonWriter::beginArray, OracleJsonWriter::beginArray));
    }

    private static void close(List<Consumer<Writers>> calls, List<Boolean> scopes) {
        boolean object = scopes.remove(scopes.size() - 1);
        calls.add(object ? w -> w.all(JsonWriter::endObject, OracleJsonWriter::endObject)
                : w -> w.all(JsonWriter::endArray, OracleJsonWriter::endArray));
    }

    private static List<String> randomStrings(Random random) {
        List<String> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) list.add(randomString(random));
        return list;
    }

    /**
     * The same strings again and again, as ids and names come (the writer remembers encoded strings by identity),
     * some equal to others without being the same string.
     */
    private static final List<String> REPEATED = new ArrayList<>();

    static {
        Random random = new Random(1);
        for (int i = 0; i < 40; i++) REPEATED.add(i % 2 == 0 ? "node-" + i : fresh(random));
        for (int i = 0; i < 10; i++) REPEATED.add(new String(REPEATED.get(i).toCharArray()));
    }

    /** Often a string seen before; else random characters of {@link #ALPHABET}, now and then any char at all. */
    private static String randomString(Random random) {
        if (random.nextInt(3) == 0) return "node-" + random.nextInt(50);
        if (random.nextInt(3) == 0) return REPEATED.get(random.nextInt(REPEATED.size()));
        return fresh(random);
    }

    private static String fresh(Random random) {
        int n = random.nextInt(random.nextInt(20) == 0 ? 300 : 12);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(random.nextInt(8) == 0 ? (char) random.nextInt(0x10000) : ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
