package dev.faultline.export.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Escaping and layout of the hand-written JSON writer, and its UTF-8 (strings it has seen are copied whole). */
class JsonWriterTest {
    @Test
    void plainAndEscapedStrings() {
        JsonWriter w = new JsonWriter().beginObject()
                .field("plain", "orders-db")
                .field("quote", "a\"b\\c")
                .field("control", "x\ny\u0001\u2028")
                .field("unicode", "Zürich→")
                .endObject();
        assertEquals("{\n  \"plain\": \"orders-db\",\n  \"quote\": \"a\\\"b\\\\c\",\n"
                + "  \"control\": \"x\\ny\\u0001\\u2028\",\n  \"unicode\": \"Zürich→\"\n}\n", w.toString());
    }

    @Test
    void stringsSeenCleanBeforeNeverHideOneThatNeedsEscaping() {
        // The writer remembers strings it found clean by hash slot; a string of the same slot, equal or not, that
        // needs escaping must still be escaped, and a repeated clean one still written as it is.
        String escaped = "a\"b";
        String clean = null;
        for (int i = 0; clean == null; i++) {
            String candidate = "id-" + i;
            if ((candidate.hashCode() & 1023) == (escaped.hashCode() & 1023)) clean = candidate;
        }
        String sameTextOtherString = new String(escaped.toCharArray());
        JsonWriter w = new JsonWriter().beginArray().value(clean).value(escaped).value(clean)
                .value(sameTextOtherString).value(clean).endArray();
        String q = "\"" + clean + "\"";
        assertEquals("[\n  " + q + ",\n  \"a\\\"b\",\n  " + q + ",\n  \"a\\\"b\",\n  " + q + "\n]\n",
                w.toString());
    }

    @Test
    void deepNestingIndentsBeyondTheCachedDepths() {
        JsonWriter w = new JsonWriter();
        for (int i = 0; i < 18; i++) w.beginArray();
        w.value("deep");
        for (int i = 0; i < 18; i++) w.endArray();
        String[] lines = w.toString().split("\n");
        assertEquals("  ".repeat(18) + "\"deep\"", lines[18]);
        assertEquals("  ".repeat(17) + "]", lines[19]);
    }

    @Test
    void surrogatePairsAreOneCharacterAndUnpairedOnesAQuestionMarkAsJavasEncoderWritesThem() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        JsonWriter w = new JsonWriter(bytes).beginArray().value("a\ud83d\ude00b").value("\ud83d").value("x\ude00\ud83dy")
                .endArray();
        w.finish();
        assertEquals("[\n  \"a\ud83d\ude00b\",\n  \"?\",\n  \"x??y\"\n]\n",
                bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(32, bytes.size()); // the pair is the 4 bytes of U+1F600, not two 3-byte halves
    }

    @Test
    void numbersAndLiteralsWithoutBoxing() {
        JsonWriter w = new JsonWriter().beginObject().field("int", Integer.MIN_VALUE).field("long", Long.MIN_VALUE)
                .field("zero", 0).field("double", AnalysisJson.number(0.1)).field("whole", AnalysisJson.number(5.0))
                .field("none", (Number) null).field("yes", true).endObject();
        assertEquals("{\n  \"int\": -2147483648,\n  \"long\": -9223372036854775808,\n  \"zero\": 0,\n"
                + "  \"double\": 0.1,\n  \"whole\": 5,\n  \"none\": null,\n  \"yes\": true\n}\n", w.toString());
    }

    @Test
    void listsOfStrings() {
        JsonWriter w = new JsonWriter().beginObject().field("flows", List.of("web", "a\tb")).endObject();
        assertEquals("{\n  \"flows\": [\n    \"web\",\n    \"a\\tb\"\n  ]\n}\n", w.toString());
    }
}
