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

/** The {@code cost} key of analyze JSON (docs/cli.md) and the residency rules in text, JSON and SARIF. */
class CostAndResidencyCliTest {
    @TempDir
    Path dir;

    private static final String FILE = """
            faultline: 1
            name: Pay
            teams:
              - {id: pay, members: [ana, bo]}
              - {id: web, members: [chen]}
            zones:
              - {id: eu-a, jurisdiction: EU}
              - {id: us-a, jurisdiction: US}
            nodes:
              - {id: api, team: pay, entrypoint: true, replicas: 3, minHealthy: 2, monthlyCost: 600, zones: [eu-a],
                 data: [pii], residency: [EU]}
              - {id: db, team: pay, kind: database, zones: [eu-a], data: [pii], residency: [EU]}
              - {id: db-us, team: pay, kind: database, zones: [us-a], monthlyCost: 400}
              - {id: cron, replicas: 2, tags: {monthly-cost: 50}}
              - {id: mailer, kind: external}
            dependencies:
              - {from: api, to: db, fallback: [db-us]}
              - {from: cron, to: mailer, mode: async}
            """;

    private JsonNode analyzeJson(String yaml) throws IOException {
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, yaml);
        CliRun r = CliRun.of("analyze", f.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void costKeyHasTotalTeamLinesInFileOrderTheUnownedLineLastAndUnpricedNames() throws IOException {
        JsonNode cost = analyzeJson(FILE).get("cost");
        assertEquals(1800 + 400 + 100, cost.get("total").asInt());
        assertTrue(cost.get("total").isIntegralNumber(), "whole figures print without .0: " + cost);
        JsonNode teams = cost.get("teams");
        assertEquals(3, teams.size());
        assertEquals("pay", teams.get(0).get("team").asText());
        assertEquals(2200, teams.get(0).get("monthly").asInt());
        assertEquals(600, teams.get(0).get("redundancyPremium").asInt());
        assertEquals("web", teams.get(1).get("team").asText());
        assertTrue(teams.get(1).get("monthly").isNull(), "a team with no priced node has no figure: " + teams);
        assertTrue(teams.get(1).get("redundancyPremium").isNull());
        assertTrue(teams.get(2).get("team").isNull(), "the unowned line has team null: " + teams);
        assertEquals(100, teams.get(2).get("monthly").asInt());
        assertEquals(50, teams.get(2).get("redundancyPremium").asInt());
        assertEquals("[\"db\",\"mailer\"]", cost.get("unpriced").toString());
    }

    @Test
    void costTotalIsNullWhenNothingIsPriced() throws IOException {
        JsonNode cost = analyzeJson("faultline: 1\nname: n\nnodes:\n  - {id: a}\n").get("cost");
        assertTrue(cost.get("total").isNull(), cost.toString());
        assertEquals(1, cost.get("teams").size());
        assertTrue(cost.get("teams").get(0).get("team").isNull());
        assertEquals("[\"a\"]", cost.get("unpriced").toString());
    }

    @Test
    void residencyFindingsReachJsonTextAndSarif() throws IOException {
        JsonNode findings = analyzeJson(FILE).get("findings");
        StringBuilder rules = new StringBuilder();
        findings.forEach(f -> rules.append(f.get("rule").asText()).append(' ').append(f.get("nodes")).append('\n'));
        assertTrue(rules.toString().contains("residency-failover [\"api\",\"db-us\"]"), rules.toString());
        assertTrue(rules.toString().contains("residency-failover [\"db\",\"db-us\"]"), rules.toString());
        assertTrue(rules.toString().contains("compliance-scope [\"api\",\"db\"]"), rules.toString());

        Path f = dir.resolve("t.yaml");
        CliRun text = CliRun.of("analyze", f.toString());
        assertTrue(text.out().contains("[residency-failover]") && text.out().contains("Cost per month: 2300"),
                text.out());
        CliRun sarif = CliRun.of("analyze", f.toString(), "--format", "sarif");
        JsonNode run = new ObjectMapper().readTree(sarif.out()).get("runs").get(0);
        assertTrue(run.get("tool").toString().contains("\"residency-flow\""), "rule listed in the driver");
        boolean warned = false;
        for (JsonNode r : run.get("results")) {
            warned |= r.get("ruleId").asText().equals("residency-failover") && r.get("level").asText().equals("warning");
        }
        assertTrue(warned, run.get("results").toString());
    }

    @Test
    void failOnErrorTripsOnAResidencyError() throws IOException {
        Path f = dir.resolve("flow.yaml");
        Files.writeString(f, """
                faultline: 1
                name: leak
                zones: [{id: eu-a, jurisdiction: EU}]
                nodes:
                  - {id: db, zones: [eu-a], data: [pii], residency: [EU], replicas: 2}
                  - {id: tracker, kind: external, jurisdiction: US}
                dependencies:
                  - {from: db, to: tracker, mode: async}
                """);
        assertEquals(1, CliRun.of("analyze", f.toString(), "--fail-on", "error").exitCode());
    }
}
