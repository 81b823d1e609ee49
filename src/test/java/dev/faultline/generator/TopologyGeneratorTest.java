package dev.faultline.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.model.Kind;
import dev.faultline.model.Topology;

class TopologyGeneratorTest {
    @Test
    void sameSeedSameTopology() {
        Topology a = TopologyGenerator.generate(500, 7);
        Topology b = TopologyGenerator.generate(500, 7);
        assertEquals(a.nodes(), b.nodes());
        assertEquals(a.dependencies(), b.dependencies());
    }

    @Test
    void sizeIsAsAskedAndTheMixIsRealistic() {
        Topology t = TopologyGenerator.generate(1000, 42);
        assertEquals(1000, t.nodes().size());
        long stores = t.nodes().stream().filter(n -> n.kind() == Kind.DATABASE || n.kind() == Kind.STORAGE).count();
        long services = t.nodes().stream().filter(n -> n.kind() == Kind.SERVICE).count();
        assertTrue(stores * 3 < services && stores * 6 > services, stores + " stores for " + services + " services");
        assertTrue(t.nodes().stream().anyMatch(n -> n.kind() == Kind.EXTERNAL));
        assertTrue(t.teams().stream().anyMatch(team -> team.busFactor().orElse(-1) == 1));
        assertTrue(t.nodes().stream().anyMatch(n -> n.replicas() == 1 && n.kind() == Kind.SERVICE));
        assertTrue(t.dependencies().size() > t.nodes().size());
    }

    @Test
    void generatedTopologiesHaveSpofsAndFindings() {
        AnalysisReport r = new Analyzer().analyze(TopologyGenerator.generate(300, 1));
        assertTrue(!r.spofs().isEmpty());
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("knowledge-silo")));
    }
}
