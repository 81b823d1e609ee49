package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

class TopologyWriterTest {
    private final TopologyWriter writer = new TopologyWriter();

    static Topology sample() {
        Node web = new Node("web", "Web frontend", Kind.SERVICE, "storefront", 3, 2, List.of("eu-1a", "eu-1b"), true,
                0.999, 0.995, 20, List.of("metrics", "logs"), Map.of("cost-center", "web", "monthly-cost", 1200),
                null, SourcePosition.UNKNOWN);
        Node db = new Node("k8s:default/orders-db", null, Kind.DATABASE, "payments", 1, 1, List.of("eu-1a"), false,
                null, null, null, List.of(), Map.of(), null, SourcePosition.UNKNOWN);
        Node yes = new Node("yes", "true", Kind.EXTERNAL, null, 1, 1, List.of(), false, null, null, null, List.of(),
                Map.of("note", "a: b # c", "empty", ""), null, SourcePosition.UNKNOWN);
        Node numeric = new Node("1:20", "Quote \"me\"", Kind.CACHE, null, 2, 1, List.of(), false, null, null, null,
                List.of(), Map.of(), null, SourcePosition.UNKNOWN);
        Dependency a = new Dependency("web", "k8s:default/orders-db", Mode.SYNC, true, List.of(), 800, true, 2, null,
                SourcePosition.UNKNOWN);
        Dependency b = new Dependency("web", "yes", Mode.ASYNC, false, List.of("1:20"), null, null, null, null,
                SourcePosition.UNKNOWN);
        Flow checkout = new Flow("checkout", "Checkout", "web", List.of("yes"), 0.9995, 400, false, SourcePosition.UNKNOWN);
        return new Topology("Online shop: 2026", "Checkout path\nas deployed.",
                List.of(new Team("storefront", "Storefront team", List.of("ana", "bo"), SourcePosition.UNKNOWN),
                        new Team("payments", List.of())),
                List.of(new Zone("eu-1a", "eu-1"), new Zone("eu-1b", "eu-1")),
                List.of(web, db, yes, numeric), List.of(a, b), List.of(checkout));
    }

    @Test
    void roundTripsThroughAYamlReader() throws Exception {
        Topology original = sample();
        String yaml = writer.write(original);
        Topology back = JacksonTopologyReader.topology(yaml);
        assertEquals(original.name(), back.name());
        assertEquals(original.description(), back.description());
        assertEquals(original.teams(), back.teams());
        assertEquals(original.zones(), back.zones());
        assertEquals(original.nodes(), back.nodes());
        assertEquals(original.dependencies(), back.dependencies());
        assertEquals(original.flows(), back.flows());
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
        assertTrue(first.indexOf("teams:") < first.indexOf("zones:") && first.indexOf("zones:") < first.indexOf("nodes:")
                && first.indexOf("nodes:") < first.indexOf("dependencies:") && first.indexOf("dependencies:") < first.indexOf("flows:"));
    }

    @Test
    void notesBecomeComments() throws Exception {
        Map<String, List<String>> byNode = new LinkedHashMap<>();
        byNode.put("web", List.of("guessed: kind from image"));
        TopologyNotes notes = new TopologyNotes(List.of("Imported by Faultline", "two\nlines"), byNode,
                Map.of(TopologyNotes.dependencyKey("web", "yes"), List.of("start order only")));
        String yaml = writer.write(sample(), notes);
        assertTrue(yaml.startsWith("# Imported by Faultline\n# two\n# lines\n\nfaultline: 1\n"), yaml);
        assertTrue(yaml.contains("  # guessed: kind from image\n  - id: web\n"));
        assertTrue(yaml.contains("  # start order only\n  - from: web\n    to: \"yes\"\n"));
        assertEquals(sample().nodes(), JacksonTopologyReader.topology(yaml).nodes(), "comments change nothing");
    }

    @Test
    void derivedFlowsAreNotWritten() {
        Topology t = Topology.of("t", List.of(Node.of("a", Kind.SERVICE, 1).withEntrypoint(true)), List.of());
        assertTrue(!writer.write(t).contains("flows:"));
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
