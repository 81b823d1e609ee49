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

/** {@code analyze --format json}: the keys availability and doubleFaults of docs/cli.md. */
class RiskJsonTest {
    @TempDir
    Path dir;

    private static final String SHOP = """
            faultline: 1
            name: Shop
            zones:
              - id: za
              - id: zb
            nodes:
              - id: web
                replicas: 2
                zones: [za, zb]
                entrypoint: true
                slo: 0.9999
              - id: db
                kind: database
                availability: 0.999
              - id: stripe
                kind: external
              - id: adyen
                kind: external
            dependencies:
              - from: web
                to: db
              - from: web
                to: stripe
                fallback: [adyen]
            """;

    private JsonNode analyze(String... extra) throws IOException {
        Path p = dir.resolve("shop.yaml");
        Files.writeString(p, SHOP);
        String[] args = new String[4 + extra.length];
        args[0] = "analyze";
        args[1] = p.toString();
        args[2] = "--format";
        args[3] = "json";
        System.arraycopy(extra, 0, args, 4, extra.length);
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exitCode(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void availabilityPerFlowWithVerdictMethodAndContributors() throws IOException {
        JsonNode a = analyze().get("availability").get(0);
        assertEquals("web", a.get("flow").asText());
        // web: each instance counts when it and its zone are up; db 0.999; stripe/adyen 1 - 0.001^2.
        double webDown = Math.pow(1 - 0.9999 * 0.9995, 2);
        double expected = (1 - webDown) * 0.999 * (1 - 0.001 * 0.001);
        assertEquals(expected, a.get("availability").asDouble(), 1e-12);
        assertEquals((1 - expected) * 525600, a.get("downtimeMinutesPerYear").asDouble(), 1e-6);
        assertEquals(0.9999, a.get("slo").asDouble());
        assertEquals("infeasible", a.get("verdict").asText());
        assertEquals("exact", a.get("method").asText());
        assertTrue(a.get("ci95").isNull());
        assertEquals("db", a.get("contributors").get(0).get("node").asText());
        assertTrue(a.get("contributors").get(0).get("share").asDouble() > 0.99);
    }

    @Test
    void doubleFaultsCountAllAndListAtMostMax() throws IOException {
        JsonNode all = analyze("--max-double-faults", "0").get("doubleFaults");
        assertEquals(all.get("count").asInt(), all.get("pairs").size());
        assertTrue(all.get("count").asInt() >= 2, all.toString());
        JsonNode first = all.get("pairs").get(0);
        assertEquals("node:adyen", first.get("events").get(0).asText());
        assertEquals("node:stripe", first.get("events").get(1).asText());
        assertEquals("web", first.get("flowsDown").get(0).asText());
        JsonNode one = analyze("--max-double-faults", "1").get("doubleFaults");
        assertEquals(all.get("count").asInt(), one.get("count").asInt());
        assertEquals(1, one.get("pairs").size());
    }
}
