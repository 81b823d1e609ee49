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

/** The {@code latency} and {@code capacity} keys of docs/cli.md, read back as JSON. */
class RiskLatencyCapacityJsonTest {
    @TempDir
    Path dir;

    private static final String SHOP = """
            faultline: 1
            name: Shop
            zones:
              - {id: za, region: r}
              - {id: zb, region: r}
            nodes:
              - {id: web, replicas: 2, zones: [za, zb], latencyMs: 10, p99Ms: 40, capacityRps: 1000}
              - {id: cart, replicas: 2, zones: [za, zb], latencyMs: 30, capacityRps: 150}
              - {id: db, replicas: 2, zones: [za, zb], latencyMs: 5}
            dependencies:
              - {from: web, to: cart, timeoutMs: 100, calls: 2}
              - {from: cart, to: db}
            flows:
              - {id: checkout, entry: web, latencyBudgetMs: 50, rps: 100}
            """;

    private JsonNode run(String... args) throws IOException {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exitCode(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    private String file(String text) throws IOException {
        Path p = dir.resolve("t.yaml");
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void analyzeCarriesLatencyPerFlow() throws IOException {
        JsonNode l = run("analyze", file(SHOP), "--format", "json").get("latency").get(0);
        assertEquals("checkout", l.get("flow").asText());
        assertEquals(80, l.get("expectedMs").asDouble(), 1e-9, "10 + 2 × min(35, 100)");
        assertEquals(110, l.get("p99Ms").asDouble(), 1e-9);
        assertEquals(1 - Math.pow(0.99, 4), l.get("slowCallProbability").asDouble(), 1e-9, "2 × (1 + 1) calls");
        assertEquals(210, l.get("worstCaseMs").asDouble(), 1e-9, "cart or db hanging: 10 + 2 × 100, cart first");
        assertEquals(false, l.get("unbounded").asBoolean());
        assertEquals("cart", l.get("worstCaseNode").asText());
        JsonNode forever = run("analyze", file(SHOP.replace("timeoutMs: 100, ", "")), "--format", "json")
                .get("latency").get(0);
        assertTrue(forever.get("worstCaseMs").isNull(), "no timeout bounds a hang");
        assertTrue(forever.get("unbounded").asBoolean());
        assertEquals("cart", forever.get("worstCaseNode").asText());
    }

    @Test
    void analyzeCarriesLoadUtilisationAndTheRehearsal() throws IOException {
        JsonNode c = run("analyze", file(SHOP), "--format", "json").get("capacity");
        JsonNode nodes = c.get("nodes");
        assertEquals(3, nodes.size());
        assertEquals("cart", nodes.get(0).get("node").asText(), "sorted by id");
        assertEquals(200, nodes.get(0).get("loadRps").asDouble(), 1e-9);
        assertEquals(200.0 / 300, nodes.get(0).get("utilization").asDouble(), 1e-9);
        assertTrue(nodes.get(1).get("utilization").isNull(), "db has no capacityRps");
        JsonNode o = c.get("overloads");
        assertEquals(3, o.size(), "instance:cart, zone:za, zone:zb: " + o);
        assertEquals("instance:cart", o.get(0).get("event").asText());
        assertEquals("cart", o.get(0).get("node").asText());
        assertEquals(200.0 / 150, o.get(0).get("utilization").asDouble(), 1e-9);
        assertEquals("zone:za", o.get(1).get("event").asText());
    }

    @Test
    void withoutRpsTheCapacityListsAreEmpty() throws IOException {
        JsonNode c = run("analyze", file(SHOP.replace(", rps: 100", "")), "--format", "json").get("capacity");
        assertEquals(0, c.get("nodes").size());
        assertEquals(0, c.get("overloads").size());
    }

    @Test
    void simulateShowsTheScenariosLoadWithoutChangingStates() throws IOException {
        JsonNode s = run("simulate", file(SHOP), "--fail", "instance:cart", "--format", "json");
        assertEquals("DEGRADED", s.get("nodes").get("cart").asText());
        JsonNode cart = s.get("capacity").get("nodes").get(0);
        assertEquals("cart", cart.get("node").asText());
        assertEquals(200.0 / 150, cart.get("utilization").asDouble(), 1e-9);
        assertEquals("cart", s.get("capacity").get("overloaded").get(0).asText());
        CliRun text = CliRun.of("simulate", file(SHOP), "--fail", "instance:cart");
        assertTrue(text.out().contains("Load: 1 over capacity: cart"), text.out());
        assertTrue(text.out().contains("OVERLOADED"), text.out());
    }
}
