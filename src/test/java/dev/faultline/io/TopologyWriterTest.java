package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.CallOrder;
import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;
import dev.faultline.io.v1.TopologyNotes;
import dev.faultline.io.v1.TopologyWriter;

class TopologyWriterTest {
    private final TopologyWriter writer = new TopologyWriter();

    static Topology sample() {
        Node web = Node.builder("web").name("Web frontend").team("storefront").replicas(3).minHealthy(2)
                .zones(List.of("eu-1a", "eu-1b")).entrypoint(true).slo(0.999).availability(0.995)
                .latencyMs(20).p99Ms(85.5).callOrder(CallOrder.SEQUENTIAL).capacityRps(300).monthlyCost(1200).rps(50)
                .latencyBudgetMs(400).data(List.of("pii")).residency(List.of("EU"))
                .observability(List.of("metrics", "logs")).tags(Map.of("cost-center", "web", "monthly-cost", 1200L))
                .build();
        Node db = Node.builder("k8s:default/orders-db").kind(Kind.DATABASE).team("payments").replicas(1)
                .zones(List.of("eu-1a")).build();
        Node yes = Node.builder("yes").name("true").kind(Kind.EXTERNAL).jurisdiction("US").replicas(1)
                .tags(Map.of("note", "a: b # c", "empty", "")).build();
        Node numeric = Node.builder("1:20").name("Quote \"me\"").kind(Kind.CACHE).replicas(2).build();
        Dependency a = Dependency.builder("web", "k8s:default/orders-db").timeoutMs(800).circuitBreaker(true)
                .retries(2).calls(2.5).build();
        Dependency b = Dependency.builder("web", "yes").mode(Mode.ASYNC).required(false).fallback(List.of("1:20"))
                .build();
        Flow checkout = new Flow("checkout", "Checkout", "web", List.of("yes"), 0.9995, 400.0, 120.0, false, SourcePosition.UNKNOWN);
        return new Topology("Online shop: 2026", "Checkout path\nas deployed.",
                List.of(new Team("storefront", "Storefront team", List.of("ana", "bo"), SourcePosition.UNKNOWN),
                        new Team("payments", List.of()), new Team("catalog", null)),
                List.of(new Zone("eu-1a", "eu-1"), new Zone("eu-1b", "eu-1")),
                List.of(web, db, yes, numeric), List.of(a, b), List.of(checkout));
    }

    @Test
    void roundTripsThroughTheProjectLoaderWithoutAnyProblem() {
        Topology original = sample();
        LoadResult loaded = new TopologyLoader().parse(writer.write(original), Path.of("written.yaml"));
        assertTrue(loaded.problems().isEmpty(), () -> loaded.problems().toString());
        Topology back = loaded.topology().orElseThrow();
        assertEquals(original.name(), back.name());
        assertEquals(original.description(), back.description());
        assertEquals(withoutPositions(original.nodes()), withoutPositions(back.nodes()));
        assertEquals(original.dependencies().stream().map(Dependency::label).toList(),
                back.dependencies().stream().map(Dependency::label).toList());
        for (int i = 0; i < original.dependencies().size(); i++) {
            Dependency a = original.dependencies().get(i);
            Dependency b = back.dependencies().get(i);
            assertEquals(List.of(a.mode(), a.required(), a.fallback()), List.of(b.mode(), b.required(), b.fallback()));
            assertEquals(a.timeoutMs(), b.timeoutMs());
            assertEquals(a.circuitBreaker(), b.circuitBreaker());
            assertEquals(a.retries(), b.retries());
        }
        assertEquals(original.teams().stream().map(t -> List.of(t.id(), t.name(), t.members(), t.membersDeclared()))
                .toList(), back.teams().stream().map(t -> List.of(t.id(), t.name(), t.members(), t.membersDeclared()))
                .toList(), "an empty team stays declared empty, undeclared members stay undeclared");
        assertEquals(original.zones().stream().map(z -> z.id() + "@" + z.region()).toList(),
                back.zones().stream().map(z -> z.id() + "@" + z.region()).toList());
        assertEquals(original.flows().stream().map(f -> List.of(f.id(), f.name(), f.entry(), f.via())).toList(),
                back.flows().stream().map(f -> List.of(f.id(), f.name(), f.entry(), f.via())).toList());
    }

    private static List<Node> withoutPositions(List<Node> nodes) {
        return nodes.stream().map(n -> n.toBuilder().position(SourcePosition.UNKNOWN).build()).toList();
    }

    @Test
    void outputIsDeterministicAndQuotesOnlyWhenNeeded() {
        String first = writer.write(sample());
        assertEquals(first, writer.write(sample()));
        assertTrue(first.contains("  - id: web\n"), first);
        assertTrue(first.contains("  - id: k8s:default/orders-db\n"));
        assertTrue(first.contains("  - id: \"yes\"\n"), "a YAML 1.1 boolean is quoted");
        assertTrue(first.contains("  - id: \"1:20\"\n"), "sexagesimal-looking ids are quoted");
        assertTrue(first.contains("name: \"Online shop: 2026\"\n"));
        assertTrue(first.contains("      monthly-cost: 1200\n"), "numbers stay numbers");
        assertTrue(first.contains("  - id: payments\n    members: []\n"), first);
        assertTrue(first.contains("  - id: catalog\n\nzones:"), "unknown members are left out, not written as []");
        assertTrue(first.indexOf("teams:") < first.indexOf("zones:") && first.indexOf("zones:") < first.indexOf("nodes:")
                && first.indexOf("nodes:") < first.indexOf("dependencies:") && first.indexOf("dependencies:") < first.indexOf("flows:"));
    }

    @Test
    void notesBecomeComments() {
        Map<String, List<String>> byNode = new LinkedHashMap<>();
        byNode.put("web", List.of("guessed: kind from image"));
        TopologyNotes notes = new TopologyNotes(List.of("Imported by Faultline", "two\nlines"), byNode,
                Map.of(TopologyNotes.dependencyKey("web", "yes"), List.of("start order only")));
        String yaml = writer.write(sample(), notes);
        assertTrue(yaml.startsWith("# Imported by Faultline\n# two\n# lines\n\nfaultline: 1\n"), yaml);
        assertTrue(yaml.contains("  # guessed: kind from image\n  - id: web\n"));
        assertTrue(yaml.contains("  # start order only\n  - from: web\n    to: \"yes\"\n"));
        LoadResult loaded = new TopologyLoader().parse(yaml, Path.of("noted.yaml"));
        assertTrue(loaded.problems().isEmpty(), () -> loaded.problems().toString());
        assertEquals(withoutPositions(sample().nodes()), withoutPositions(loaded.topology().orElseThrow().nodes()),
                "comments change nothing");
    }

    @Test
    void longCommentsAreWrappedAtSpaces() {
        String longItem = "- " + "word ".repeat(60).trim();
        String yaml = writer.write(sample(), new TopologyNotes(List.of(longItem), Map.of(), Map.of()));
        List<String> comments = yaml.lines().takeWhile(l -> l.startsWith("#")).toList();
        assertTrue(comments.size() > 1, yaml);
        assertTrue(comments.stream().allMatch(l -> l.length() <= 118), yaml);
        assertTrue(comments.get(1).startsWith("#   word"), "continues under the item's text");
        assertEquals(longItem, String.join(" ", comments.stream().map(l -> l.substring(2).trim()).toList()));
    }

    @Test
    void derivedFlowsAreNotWritten() {
        Topology t = Topology.of("t", List.of(Node.of("a", Kind.SERVICE, 1).withEntrypoint(true)), List.of());
        assertTrue(!writer.write(t).contains("flows:"));
    }

    @Test
    void atomicWriteGivesNewFilesTheUsualPermissionsAndKeepsThoseOfReplacedFiles(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path fresh = dir.resolve("new.yaml");
        AtomicFiles.write(fresh, "a".getBytes());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
        Path secret = dir.resolve("secret.yaml");
        Files.writeString(secret, "old");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.write(secret, "new".getBytes());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
    }

    @Test
    void atomicWriteReplacesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.yaml");
        AtomicFiles.write(target, "old".getBytes());
        AtomicFiles.write(target, "new".getBytes());
        assertEquals("new", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
