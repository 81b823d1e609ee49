package dev.faultline.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.SpofCause;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.NodeLossOutcome;

/** The comparison's definitions on hand-made inputs, including the parts other analyses will feed in. */
class ComparerTest {
    private static final Topology T = Topology.of("t", List.of(Node.builder("web").entrypoint(true).build(),
            Node.builder("db").build()), List.of(Dependency.sync("web", "db")));

    private static ComparisonInputs inputs(List<Spof> spofs, List<DomainSpof> domains, List<Finding> findings,
                                           List<NodeLossOutcome> blast, Map<String, Double> availability,
                                           List<DoubleFaultPair> pairs) {
        return new ComparisonInputs(T, spofs, domains, findings, blast, availability, pairs, null);
    }

    private static ComparisonInputs empty() {
        return inputs(List.of(), List.of(), List.of(), List.of(), Map.of(), List.of());
    }

    private static Finding zoneFinding(String zone) {
        return new Finding("failure-domain", Severity.ERROR, List.of(), "Zone " + zone + " is a failure-domain ...", "");
    }

    @Test
    void findingsAreMatchedByRuleAndSortedNodesNotByMessage() {
        Finding before = new Finding("shared-datastore", Severity.WARNING, List.of("b", "a"), "old words", "");
        Finding after = new Finding("shared-datastore", Severity.WARNING, List.of("a", "b"), "new words", "");
        Comparison c = Comparer.compare(inputs(List.of(), List.of(), List.of(before), List.of(), Map.of(), List.of()),
                inputs(List.of(), List.of(), List.of(after), List.of(), Map.of(), List.of()));
        assertEquals(List.of(), c.findingsAdded());
        assertEquals(List.of(), c.findingsRemoved());
    }

    @Test
    void findingsSharingAKeyCountAndTheNewOneIsReported() {
        Comparison c = Comparer.compare(
                inputs(List.of(), List.of(), List.of(zoneFinding("za")), List.of(), Map.of(), List.of()),
                inputs(List.of(), List.of(), List.of(zoneFinding("za"), zoneFinding("zb")), List.of(), Map.of(), List.of()));
        assertEquals(List.of(zoneFinding("zb")), c.findingsAdded());
        assertTrue(c.regressed(), "a new error finding");
    }

    @Test
    void aWarningFindingAloneIsNoRegressionButAnErrorIs() {
        Finding warning = new Finding("single-zone", Severity.WARNING, List.of("db"), "m", "");
        assertFalse(Comparer.compare(empty(), inputs(List.of(), List.of(), List.of(warning), List.of(), Map.of(),
                List.of())).regressed());
    }

    @Test
    void availabilityMustFallByMoreThanOneBillionth() {
        ComparisonInputs before = inputs(List.of(), List.of(), List.of(), List.of(), Map.of("web", 0.999), List.of());
        Comparison tiny = Comparer.compare(before, inputs(List.of(), List.of(), List.of(), List.of(),
                Map.of("web", 0.999 - 5e-10), List.of()));
        assertFalse(tiny.regressed());
        Comparison drop = Comparer.compare(before, inputs(List.of(), List.of(), List.of(), List.of(),
                Map.of("web", 0.998), List.of()));
        assertTrue(drop.regressed());
        assertEquals(List.of(new Comparison.AvailabilityChange("web", 0.999, 0.998)), drop.availability());
        assertTrue(drop.reasons().get(0).startsWith("flow web availability falls"), drop.reasons()::toString);
    }

    @Test
    void aNewDoubleFaultRegressesAndAGoneOneIsListed() {
        DoubleFaultPair ab = new DoubleFaultPair(List.of("node:a", "node:b"), List.of("web"));
        DoubleFaultPair cd = new DoubleFaultPair(List.of("node:c", "node:d"), List.of("web"));
        Comparison c = Comparer.compare(inputs(List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(ab)),
                inputs(List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(cd)));
        assertEquals(List.of(cd), c.doubleFaultsAdded());
        assertEquals(List.of(ab), c.doubleFaultsRemoved());
        assertTrue(c.regressed());
    }

    @Test
    void spofsAndDomainsAreAddedRemovedOrChanged() {
        Spof db = new Spof("db", SpofCause.NO_SPARE_INSTANCE, List.of("web"));
        Spof dbZone = new Spof("db", new SpofCause.SingleZone("za"), List.of("web"));
        Comparison changed = Comparer.compare(inputs(List.of(db), List.of(), List.of(), List.of(), Map.of(), List.of()),
                inputs(List.of(dbZone), List.of(), List.of(), List.of(), Map.of(), List.of()));
        assertEquals(List.of(new Comparison.SpofChange("db", db, dbZone)), changed.spofsChanged());
        assertFalse(changed.regressed(), "a changed SPOF is not a new one");
        Comparison domain = Comparer.compare(empty(), inputs(List.of(), List.of(DomainSpof.zone("za", List.of("web"))),
                List.of(), List.of(), Map.of(), List.of()));
        assertTrue(domain.addsSpof());
        assertEquals(List.of("new failure-domain SPOF zone:za"), domain.reasons());
    }

    @Test
    void aBlastRadiusThatGainsAFlowRegressesOneThatShrinksDoesNot() {
        NodeLossOutcome small = new NodeLossOutcome("db", List.of(), List.of("web"), 1, 1);
        NodeLossOutcome big = new NodeLossOutcome("db", List.of("web"), List.of(), 2, 0);
        Comparison grew = Comparer.compare(inputs(List.of(), List.of(), List.of(), List.of(small), Map.of(), List.of()),
                inputs(List.of(), List.of(), List.of(), List.of(big), Map.of(), List.of()));
        assertTrue(grew.regressed());
        assertEquals("db", grew.blastRadius().get(0).node());
        Comparison shrank = Comparer.compare(inputs(List.of(), List.of(), List.of(), List.of(big), Map.of(), List.of()),
                inputs(List.of(), List.of(), List.of(), List.of(small), Map.of(), List.of()));
        assertFalse(shrank.regressed());
        assertEquals(1, shrank.blastRadius().size());
    }

    @Test
    void anAbsentBaseMakesEverythingNew() {
        Comparison c = Comparer.compare(ComparisonInputs.absent(), empty());
        assertEquals(List.of("db", "web"), c.nodesAdded());
        assertEquals(List.of("web"), c.flowsAdded());
        assertEquals(null, c.costBefore());
    }
}
