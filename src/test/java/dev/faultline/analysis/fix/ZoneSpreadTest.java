package dev.faultline.analysis.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.io.TopologyLoader;
import dev.faultline.model.Topology;

/** The title of a zone spread says the replica count its edits set, and only when they set one. */
class ZoneSpreadTest {
    private static final String YAML = """
            faultline: 1
            name: shop
            zones:
              - {id: za, region: eu}
              - {id: zb, region: eu}
            nodes:
              - {id: web, kind: service, entrypoint: true}
              - {id: one, kind: database, replicas: 1, zones: [za]}
              - {id: two, kind: database, replicas: 2, zones: [za]}
            dependencies:
              - {from: web, to: one}
              - {from: web, to: two}
            """;

    private final Topology topology = new TopologyLoader().parse(YAML, null).topology().orElseThrow();

    @Test
    void aSingleInstanceNeedsASecondOneAndTheTitleSaysHowMany() {
        FixCandidate c = ZoneSpread.candidates(topology, topology.node("one").orElseThrow()).get(0);
        assertEquals(List.of("add one.zones=zb", "set one.replicas=2"), c.edits());
        assertEquals("spread one over zone zb with 2 instances", c.title());
    }

    @Test
    void enoughInstancesOnlyMove() {
        FixCandidate c = ZoneSpread.candidates(topology, topology.node("two").orElseThrow()).get(0);
        assertEquals(List.of("add two.zones=zb"), c.edits());
        assertEquals("spread two over zone zb", c.title());
    }
}
