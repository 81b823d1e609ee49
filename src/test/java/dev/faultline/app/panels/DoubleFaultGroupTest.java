package dev.faultline.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.simulation.FailureEvent;
import dev.faultline.analysis.Analyzer;
import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/** The findings tree's "Double faults" group: one entry per pair, carrying both events to rehearse. */
class DoubleFaultGroupTest {
    @Test
    void eachPairIsAnEntryWithItsTwoEvents() {
        Topology t = new Topology("t", null, List.of(), List.of(),
                List.of(Node.builder("web").replicas(2).build(), Node.builder("stripe").kind(Kind.EXTERNAL).build(),
                        Node.builder("adyen").kind(Kind.EXTERNAL).build()),
                List.of(Dependency.builder("web", "stripe").fallback("adyen").build()), List.of(Flow.of("pay", "web")));
        List<FindingEntry> groups = FindingsModel.groups(new Analyzer().analyze(t));
        FindingEntry group = groups.get(groups.size() - 1);
        assertEquals("Double faults (1)", group.text());
        FindingEntry pair = group.children().get(0);
        assertEquals(List.of(FailureEvent.node("adyen"), FailureEvent.node("stripe")), pair.events());
        assertEquals("node:adyen + node:stripe — takes down pay", pair.text());
        assertNull(pair.nodeId());
    }
}
