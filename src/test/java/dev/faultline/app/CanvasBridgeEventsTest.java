package dev.faultline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;
import dev.faultline.simulation.FailureEvent;

class CanvasBridgeEventsTest {
    @Test
    void domainFailuresAreTypedEventsEvenWhenIdsHoldColons() {
        Topology t = new Topology("t", null, List.of(new Team("team:pay", List.of())),
                List.of(new Zone("dc:1", "eu"), new Zone("za", "eu")),
                List.of(Node.builder("web").team("team:pay").build()), List.of(), List.of());
        assertEquals(List.of(FailureEvent.zone("dc:1"), FailureEvent.zone("za"), FailureEvent.region("eu"),
                FailureEvent.team("team:pay")), CanvasBridge.domainEvents(t));
    }

    @Test
    void noTopologyOffersNothing() {
        assertEquals(List.of(), CanvasBridge.domainEvents(null));
    }
}
