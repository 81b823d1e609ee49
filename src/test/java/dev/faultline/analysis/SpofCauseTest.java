package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.faultline.analysis.doublefault.DoubleFault;
import dev.faultline.simulation.FailureEvent;

class SpofCauseTest {
    @Test
    void idsAreTheContractStrings() {
        assertEquals("no-spare-instance", SpofCause.NO_SPARE_INSTANCE.id());
        assertEquals("single-zone:eu-1a", new SpofCause.SingleZone("eu-1a").id());
    }

    @Test
    void aZoneWithAColonStaysWhole() {
        Spof s = new Spof("db", new SpofCause.SingleZone("dc:1"), List.of("checkout"));
        assertEquals(Optional.of("dc:1"), s.singleZone());
        assertEquals("single-zone:dc:1", s.cause().id());
        assertTrue(new Spof("db", SpofCause.NO_SPARE_INSTANCE, List.of()).singleZone().isEmpty());
    }

    @Test
    void doubleFaultNodesAreReadFromTypedEventsNotText() {
        // A node id that looks like an event prefix would confuse string cutting.
        DoubleFault p = new DoubleFault(List.of(FailureEvent.zone("za"), FailureEvent.node("node:x")), List.of("f"));
        assertEquals(List.of("node:x"), p.nodes());
        assertEquals(List.of("node:node:x", "zone:za"), p.events());
    }
}
