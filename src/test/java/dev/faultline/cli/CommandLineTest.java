package dev.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line contract: output, JSON keys and exit codes (docs/cli.md). */
class CommandLineTest {
    @TempDir
    Path dir;

    private static final String SHOP = """
            faultline: 1
            name: Shop
            teams:
              - id: web-team
                members: [ana, bo]
              - id: data
                members: [dee]
            nodes:
              - id: web
                team: web-team
                replicas: 2
                entrypoint: true
              - id: orders-db
                kind: database
                team: data
              - id: recs
                replicas: 2
            dependencies:
              - from: web
                to: orders-db
              - from: web
                to: recs
                required: false
            """;

    private static final String SAFE = """
            faultline: 1
            name: Safe
            nodes:
              - id: web
                replicas: 2
                entrypoint: true
                slo: 0.999
                observability: [metrics, logs, traces]
            """;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void validateAcceptsAGoodFile() throws IOException {
        CliRun r = CliRun.of("validate", write("shop.yaml", SHOP).toString());
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("ok (3 nodes, 2 dependencies, 1 flows)"), r.out());
    }

    @Test
    void validatePrintsEveryProblemWithLineAndColumnAndExits2() throws IOException {
        Path bad = write("bad.yaml", """
                faultline: 1
                name: Bad
                nodes:
                  - id: web
                    replicas: three
                dependencies:
                  - from: web
                    to: ordrs
                """);
        CliRun r = CliRun.of("validate", bad.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(bad + ":5:15: error:"), r.err());
        assertTrue(r.err().contains(bad + ":8:9: error:"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void missingFileIsInvalidInputWithoutAStackTrace() {
        CliRun r = CliRun.of("analyze", dir.resolve("nope.yaml").toString());
        assertEquals(2, r.exitCode());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void analyzeJsonCarriesTheContractKeys() throws IOException {
        CliRun r = CliRun.of("analyze", write("shop.yaml", SHOP).toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        String json = r.out();
        for (String key : new String[] {"\"faultline\": 1", "\"topology\"", "\"spofs\"", "\"domainSpofs\"",
            "\"blastRadius\"", "\"teams\"", "\"findings\"", "\"flowsDown\"", "\"nodesDegraded\"",
            "\"crossTeamDependencies\"", "\"recommendation\""}) {
            assertTrue(json.contains(key), key + " missing in " + json);
        }
        assertTrue(json.contains("{\n      \"node\": \"orders-db\",\n      \"cause\": \"no-spare-instance\""), json);
    }

    @Test
    void failOnSpofExits1WhenThereIsASpofAnd0WhenNot() throws IOException {
        assertEquals(1, CliRun.of("analyze", write("shop.yaml", SHOP).toString(), "--fail-on", "spof").exitCode());
        assertEquals(0, CliRun.of("analyze", write("safe.yaml", SAFE).toString(), "--fail-on", "spof").exitCode());
        assertEquals(1, CliRun.of("analyze", write("shop2.yaml", SHOP).toString(), "--fail-on", "warning").exitCode());
        assertEquals(0, CliRun.of("analyze", write("shop3.yaml", SHOP).toString(), "--fail-on", "never").exitCode());
    }

    @Test
    void simulateJsonListsEveryNodeAndFlow() throws IOException {
        CliRun r = CliRun.of("simulate", write("shop.yaml", SHOP).toString(), "--fail", "recs", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"scenario\": [\n    \"node:recs\"\n  ]"), r.out());
        assertTrue(r.out().contains("\"web\": \"DEGRADED\""), r.out());
        assertTrue(r.out().contains("\"orders-db\": \"UP\""), r.out());
        assertTrue(r.out().contains("\"recs\": \"DOWN\""), r.out());
    }

    @Test
    void simulateText() throws IOException {
        CliRun r = CliRun.of("simulate", write("shop.yaml", SHOP).toString(), "--fail", "team:data");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("DOWN      web"), r.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"validate", "analyze", "simulate", "export", "import", "generate", "bench"}) {
            CliRun r = CliRun.of(command, "--help");
            assertEquals(0, r.exitCode(), command);
            assertTrue(r.out().contains("Usage: faultline " + command), r.out());
        }
    }

    @Test
    void usageErrorsExit3() throws IOException {
        Path shop = write("shop.yaml", SHOP);
        assertEquals(3, CliRun.of("frobnicate").exitCode());
        assertEquals(3, CliRun.of("analyze", shop.toString(), "--format", "yaml").exitCode());
        assertEquals(3, CliRun.of("simulate", shop.toString()).exitCode());
        CliRun unknown = CliRun.of("simulate", shop.toString(), "--fail", "ordrs-db");
        assertEquals(3, unknown.exitCode());
        assertTrue(unknown.err().contains("did you mean 'orders-db'"), unknown.err());
        assertEquals(3, CliRun.of("export", shop.toString(), "--output", dir.resolve("x.docx").toString())
                .exitCode());
    }

    @Test
    void sarifPointsAtTheNodesLine() throws IOException {
        CliRun r = CliRun.of("analyze", write("shop.yaml", SHOP).toString(), "--format", "sarif");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"version\": \"2.1.0\""));
        assertTrue(r.out().contains("\"startLine\": 13"), r.out());
    }

    @Test
    void exportWritesEveryFormatAtomically() throws IOException {
        Path shop = write("shop.yaml", SHOP);
        for (String ext : new String[] {"png", "svg", "pdf", "dot", "graphml", "mmd", "md", "html"}) {
            Path out = dir.resolve("shop." + ext);
            CliRun r = CliRun.of("export", shop.toString(), "--output", out.toString(), "--fail", "recs");
            assertEquals(0, r.exitCode(), ext + ": " + r.err());
            assertTrue(Files.size(out) > 100, ext);
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void theAvailabilityOverlayExportNamesTheLeastAvailableFlow() throws IOException {
        // online-shop: checkout is the least available flow, tax-api over half of its unavailability.
        Path out = dir.resolve("avail.svg");
        CliRun r = CliRun.of("export", Path.of("sample-topologies/online-shop.yaml").toString(), "--output",
                out.toString(), "--overlay", "availability");
        assertEquals(0, r.exitCode(), r.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains("share of Checkout&apos;s unavailability: 50% or more"), svg);
        assertTrue(svg.contains("the least available flow"), svg);
        CliRun dot = CliRun.of("export", Path.of("sample-topologies/online-shop.yaml").toString(), "--output", "-",
                "--format", "dot", "--overlay", "availability");
        assertEquals(0, dot.exitCode(), dot.err());
        assertTrue(dot.out().lines().anyMatch(l -> l.startsWith("  \"tax-api\" [")
                && l.contains("fillcolor=\"" + dev.faultline.render.Palette.LIGHT.heat.get(4) + "\"")),
                "DOT colours the top contributor as the canvas does: " + dot.out());
    }

    @Test
    void exportTextFormatsToStandardOutput() throws IOException {
        CliRun r = CliRun.of("export", write("shop.yaml", SHOP).toString(), "--output", "-", "--format", "mmd");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("flowchart") || r.out().contains("flowchart"), r.out());
        assertEquals(3, CliRun.of("export", write("s2.yaml", SHOP).toString(), "--output", "-", "--format", "png")
                .exitCode());
    }

    @Test
    void analyzeMarkdownAndHtmlAreReviewReports() throws IOException {
        Path shop = write("shop.yaml", SHOP);
        CliRun md = CliRun.of("analyze", shop.toString(), "--format", "markdown");
        assertEquals(0, md.exitCode(), md.err());
        assertTrue(md.out().contains("orders-db"));
        CliRun html = CliRun.of("analyze", shop.toString(), "--format", "html");
        assertTrue(html.out().contains("<svg"), "HTML embeds the diagram");
    }
}
