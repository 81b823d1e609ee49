package dev.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** {@code faultline diff} and {@code faultline whatif} end to end: formats, exit codes, git revisions, the copy. */
class DiffCommandTest {
    static final String BASE = """
            faultline: 1
            name: shop
            zones:
              - {id: za, region: r1}
              - {id: zb, region: r1}
            nodes:
              - {id: web, replicas: 2, zones: [za, zb], entrypoint: true, monthlyCost: 100}
              - {id: db, kind: database, replicas: 2, zones: [za, zb], monthlyCost: 400}
              - {id: cache, kind: cache, replicas: 1}
            dependencies:
              - {from: web, to: db}
              - {from: web, to: cache}
            """;
    /** db loses its second instance (a new SPOF, +findings), cache becomes soft (its SPOF goes). */
    static final String HEAD = BASE.replace("{id: db, kind: database, replicas: 2,", "{id: db, kind: database, replicas: 1,")
            .replace("{from: web, to: cache}", "{from: web, to: cache, required: false}");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void jsonListsWhatChangedWithTheKeysOfTheContract() throws IOException {
        CliRun r = CliRun.of("diff", write("base.yaml", BASE).toString(), write("head.yaml", HEAD).toString(),
                "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(1, j.get("faultline").asInt());
        assertEquals("db", j.at("/spofs/added/0/node").asText());
        assertEquals("no-spare-instance", j.at("/spofs/added/0/cause").asText());
        assertEquals("[\"web\"]", j.at("/spofs/added/0/flowsDown").toString());
        assertEquals("cache", j.at("/spofs/removed/0/node").asText());
        assertEquals(0, j.at("/spofs/changed").size());
        assertTrue(j.at("/domainSpofs/added").isArray());
        assertTrue(j.at("/findings/added").findValuesAsText("rule").contains("spof"));
        assertTrue(j.at("/findings/added/0").has("severity"));
        assertEquals(0, j.at("/flows/added").size());
        assertTrue(j.get("availability").isArray());
        assertTrue(j.at("/doubleFaults/added").isArray());
        assertEquals("cache", j.at("/blastRadius/0/node").asText());
        assertEquals("[\"web\"]", j.at("/blastRadius/0/before/flowsDown").toString());
        assertEquals("[]", j.at("/blastRadius/0/after/flowsDown").toString());
        assertEquals(1000, j.at("/cost/before").asInt());
        assertEquals(600, j.at("/cost/after").asInt());
        assertTrue(j.get("regressed").asBoolean());
    }

    @Test
    void failOnTripsOnlyOnWhatItNames() throws IOException {
        String base = write("base.yaml", BASE).toString();
        String head = write("head.yaml", HEAD).toString();
        assertEquals(1, CliRun.of("diff", base, head, "--fail-on", "new-spof").exitCode());
        assertEquals(1, CliRun.of("diff", base, head, "--fail-on", "regression").exitCode());
        assertEquals(0, CliRun.of("diff", base, head, "--fail-on", "never").exitCode());
        // The other way round a SPOF is added too (cache), so only a pure improvement passes.
        String fixed = write("fixed.yaml", BASE.replace("{id: cache, kind: cache, replicas: 1}",
                "{id: cache, kind: cache, replicas: 2}")).toString();
        assertEquals(0, CliRun.of("diff", base, fixed, "--fail-on", "regression").exitCode());
        assertEquals(1, CliRun.of("diff", fixed, base, "--fail-on", "new-spof").exitCode());
        CliRun bad = CliRun.of("diff", base, head, "--fail-on", "sometimes");
        assertEquals(3, bad.exitCode());
        assertTrue(bad.err().contains("new-spof, regression or never"), bad.err());
    }

    @Test
    void anInvalidSideExitsTwoWithItsProblemsLikeValidate() throws IOException {
        Path bad = write("bad.yaml", BASE.replace("replicas: 1}", "replicas: 0}"));
        CliRun r = CliRun.of("diff", write("base.yaml", BASE).toString(), bad.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().matches("(?s).*bad\\.yaml:\\d+:\\d+: error: .*"), r.err());
        assertEquals("", r.out());
        assertEquals(3, CliRun.of("diff", bad.toString()).exitCode(), "HEAD alone needs --base-ref");
    }

    @Test
    void textAndMarkdownTellAReviewerWhatIsNewAndWhatGotBetter() throws IOException {
        String base = write("base.yaml", BASE).toString();
        String head = write("head.yaml", HEAD).toString();
        CliRun text = CliRun.of("diff", base, head);
        assertTrue(text.out().contains("REGRESSED"), text.out());
        assertTrue(text.out().contains("+ db  [no-spare-instance]  takes down: web"), text.out());
        assertTrue(text.out().contains("Monthly cost: 1,000 -> 600 (-400)"), text.out());
        String md = CliRun.of("diff", base, head, "--format", "markdown").out();
        assertTrue(md.startsWith("## Faultline risk diff: this change adds risk\n"), md);
        assertTrue(md.contains("### New single points of failure\n\n| SPOF | cause | takes down |"), md);
        assertTrue(md.contains("| `db` | no-spare-instance | web |"), md);
        assertTrue(md.contains("### New findings"), md);
        assertTrue(md.contains("### What got better\n\n- `cache` is no longer a single point of failure"), md);
        assertTrue(md.indexOf("### New findings") < md.indexOf("### What got better"));
    }

    @Test
    void sarifIsValidSarif210AndMarksWhatIsNewUnchangedAndAbsent() throws Exception {
        CliRun r = CliRun.of("diff", write("base.yaml", BASE).toString(), write("head.yaml", HEAD).toString(),
                "--format", "sarif");
        assertEquals(0, r.exitCode(), r.err());
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        JsonNode sarif = JSON.readTree(r.out());
        Set<ValidationMessage> problems = schema.validate(sarif);
        assertTrue(problems.isEmpty(), problems::toString);
        List<String> states = new ArrayList<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            states.add(result.get("ruleId").asText() + ":" + result.get("baselineState").asText());
            assertTrue(result.at("/locations/0/physicalLocation/region/startLine").asInt() >= 1);
        }
        assertTrue(states.contains("spof:new"), states::toString);
        assertTrue(states.contains("spof:absent"), states::toString);
        assertTrue(states.stream().anyMatch(s -> s.endsWith(":unchanged")), states::toString);
        // db is declared on line 8 of the new file; its new SPOF points there.
        for (JsonNode result : sarif.at("/runs/0/results")) {
            if (result.get("baselineState").asText().equals("new") && result.get("ruleId").asText().equals("spof")) {
                assertEquals(8, result.at("/locations/0/physicalLocation/region/startLine").asInt());
            }
        }
    }

    @Test
    void baseRefReadsTheFileAtAGitRevision() throws Exception {
        Path repo = dir.resolve("repo");
        Path file = write("repo/infra/topology.yaml", BASE);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("infra/topology.yaml").call();
            git.commit().setMessage("first").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
                    .setSign(false).call();
            Files.writeString(file, HEAD);
            git.add().addFilepattern("infra/topology.yaml").call();
            git.commit().setMessage("second").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
                    .setSign(false).call();
        }
        Files.writeString(file, HEAD.replace("replicas: 1}", "replicas: 3}")); // uncommitted: HEAD is the work tree
        CliRun r = CliRun.of("diff", "--base-ref", "HEAD~1", file.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals("db", j.at("/spofs/added/0/node").asText());
        assertEquals("cache", j.at("/spofs/removed/0/node").asText());
        assertEquals(0, JSON.readTree(CliRun.of("diff", "--base-ref", "main", file.toString(), "--format", "json").out())
                .at("/spofs/added").size(), "main has db with one replica too");
    }

    @Test
    void baseRefOfAPathThatDidNotExistMakesEverythingNew() throws Exception {
        Path repo = dir.resolve("repo");
        write("repo/README.md", "hello\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("README.md").call();
            git.commit().setMessage("first").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
                    .setSign(false).call();
        }
        Path file = write("repo/topology.yaml", HEAD);
        CliRun r = CliRun.of("diff", "--base-ref", "main", file.toString(), "--format", "json", "--fail-on", "new-spof");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("did not exist at main"), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals("[\"cache\",\"db\",\"web\"]", j.at("/nodes/added").toString());
        assertEquals("[\"web\"]", j.at("/flows/added").toString());
        assertTrue(j.at("/cost/before").isNull());
        CliRun unknown = CliRun.of("diff", "--base-ref", "no-such-branch", file.toString());
        assertEquals(3, unknown.exitCode());
        assertTrue(unknown.err().contains("'no-such-branch' is not a commit"), unknown.err());
    }

    @Test
    void baseRefOutsideARepositoryIsAUsageError() throws IOException {
        Path outside = Files.createTempDirectory("faultline-norepo");
        try {
            Path file = Files.writeString(outside.resolve("t.yaml"), BASE);
            CliRun r = CliRun.of("diff", "--base-ref", "main", file.toString());
            assertEquals(3, r.exitCode());
            assertTrue(r.err().contains("is not inside a git repository"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        } finally {
            try (var files = Files.walk(outside)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
