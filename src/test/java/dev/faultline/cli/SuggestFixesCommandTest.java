package dev.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code analyze --suggest-fixes}: the cheapest verified fix per finding, in text and under the JSON key fixes. */
class SuggestFixesCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonHasTheCheapestFixOfEachFixableFinding() throws IOException {
        Path file = Files.writeString(dir.resolve("shop.yaml"), DiffCommandTest.HEAD);
        CliRun r = CliRun.of("analyze", file.toString(), "--format", "json", "--suggest-fixes");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode fixes = new ObjectMapper().readTree(r.out()).get("fixes");
        JsonNode db = null;
        for (JsonNode f : fixes) if (f.get("rule").asText().equals("spof") && f.at("/nodes/0").asText().equals("db")) db = f;
        assertTrue(db != null, fixes::toString);
        assertEquals("[\"set db.replicas=2\"]", db.get("edits").toString());
        assertEquals(400, db.get("monthlyCost").asInt());
        assertTrue(db.get("availability").isArray());
        assertTrue(new ObjectMapper().readTree(CliRun.of("analyze", file.toString(), "--format", "json").out())
                .get("fixes") == null, "only when asked");
    }

    @Test
    void textListsEachFixAsApplyOptions() throws IOException {
        Path file = Files.writeString(dir.resolve("shop.yaml"), DiffCommandTest.HEAD);
        String out = CliRun.of("analyze", file.toString(), "--suggest-fixes").out();
        assertTrue(out.contains("Verified fixes: "), out);
        assertTrue(out.contains("spof [db]: run 2 instances of db: +400/month, web 99.939975 % → 99.999929 %\n"
                + "      --apply 'set db.replicas=2'"), out);
    }
}
