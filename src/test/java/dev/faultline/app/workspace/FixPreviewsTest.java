package dev.faultline.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.faultline.analysis.Analyzer;
import dev.faultline.io.TopologyEditor;
import dev.faultline.io.TopologyLoader;
import dev.faultline.model.Topology;
import dev.faultline.render.ChangeMarks;

/** What a previewed fix outlines: exactly the nodes and dependencies its edits change, whatever moved in the file. */
class FixPreviewsTest {
    static final Path SAMPLE = Path.of("sample-topologies", "startup-one-database.yaml");
    private final Topology sample = new TopologyLoader().load(SAMPLE).topology().orElseThrow();
    private final TopologyEditor editor = new TopologyEditor();

    private Topology edited(String... edits) throws Exception {
        return editor.apply(sample, List.of(edits), SAMPLE).topology().orElseThrow();
    }

    private Topology roundTrip() throws Exception {
        return edited();
    }

    @Test
    void aReplicaEditMarksThatNodeOnly() throws Exception {
        ChangeMarks m = FixPreviews.changes(roundTrip(), edited("add main-db.zones=us-east-1b", "set main-db.replicas=2"));
        assertEquals(Set.of("main-db"), m.previewNodes());
        assertTrue(m.previewEdges().isEmpty());
    }

    @Test
    void aDependencyEditMarksThatDependencyOnly() throws Exception {
        ChangeMarks m = FixPreviews.changes(roundTrip(), edited("set sidekiq->redis.mode=async"));
        assertEquals(Set.of(), m.previewNodes());
        assertEquals(Set.of("sidekiq->redis"), m.previewEdges());
    }

    @Test
    void panelKeysFindTheirFindingsIncludingFailureDomains() {
        var report = new Analyzer().analyze(sample);
        assertEquals("spof", FixPreviews.findingOf(report, "spof:main-db").orElseThrow().rule());
        String domain = "failure-domain:" + report.domainSpofs().get(0).label();
        assertEquals("failure-domain", FixPreviews.findingOf(report, domain).orElseThrow().rule());
        assertTrue(FixPreviews.findingOf(report, "spof:no-such-node").isEmpty());
    }
}
