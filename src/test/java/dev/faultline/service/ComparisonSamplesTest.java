package dev.faultline.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Redundancy;
import dev.faultline.analysis.Spof;
import dev.faultline.analysis.SpofCause;
import dev.faultline.analysis.compare.Comparison;
import dev.faultline.analysis.compare.FindingKey;
import dev.faultline.io.EditException;
import dev.faultline.io.TopologyLoader;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.service.ComparisonService.Version;
import dev.faultline.service.ComparisonService.WhatIf;

/** Each sample compared with an edited copy lists exactly the changes the edit makes, and nothing else. */
class ComparisonSamplesTest {
    private final ComparisonService service = new ComparisonService();

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-topologies"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static Topology load(Path p) {
        return new TopologyLoader().load(p).topology().orElseThrow();
    }

    private WhatIf whatIf(Path sample, String... edits) throws EditException {
        WhatIf w = service.whatIf(service.analyse(load(sample)), List.of(edits), sample);
        assertTrue(w.ok(), () -> String.join("\n", w.outcome().errors()));
        return w;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aVersionComparedWithItselfHasNoChange(Path sample) {
        Version v = service.analyse(load(sample));
        Comparison c = service.compare(v, v);
        assertTrue(c.isEmpty());
        assertFalse(c.regressed());
    }

    /** The edited copy goes through the writer and the loader: that round trip alone must change nothing. */
    @ParameterizedTest
    @MethodSource("samples")
    void aHarmlessEditChangesNothingThatIsCompared(Path sample) throws EditException {
        Node first = load(sample).nodes().get(0);
        Comparison c = whatIf(sample, "set " + first.id() + ".description='edited'").comparison();
        assertTrue(c.isEmpty(), c::toString);
    }

    /** One more replica of the first no-spare SPOF: exactly that SPOF goes (or turns single-zone), nothing is added. */
    @ParameterizedTest
    @MethodSource("samples")
    void aReplicaMoreRemovesExactlyThatSpof(Path sample) throws EditException {
        Topology t = load(sample);
        Version base = service.analyse(t);
        Optional<Spof> target = base.report().spofs().stream().filter(s -> s.cause().equals(SpofCause.NO_SPARE_INSTANCE))
                .filter(s -> t.requireNode(s.node()).kind() != Kind.EXTERNAL).findFirst();
        if (target.isEmpty()) return;
        Node n = t.requireNode(target.get().node());
        int replicas = n.replicas() + 1;
        Comparison c = whatIf(sample, "set " + n.id() + ".replicas=" + replicas).comparison();
        Optional<SpofCause> stillWeak = Redundancy.deficit(n.toBuilder().replicas(replicas).build());
        if (stillWeak.isEmpty()) {
            assertEquals(List.of(target.get()), c.spofsRemoved());
            assertEquals(List.of(), c.spofsChanged());
            assertTrue(c.findingsRemoved().stream().anyMatch(f -> FindingKey.of(f).equals(new FindingKey("spof", List.of(n.id())))));
        } else {
            assertEquals(List.of(), c.spofsRemoved());
            assertEquals(List.of(new Comparison.SpofChange(n.id(), target.get(),
                    new Spof(n.id(), stillWeak.get(), target.get().flowsDown()))), c.spofsChanged());
        }
        assertEquals(List.of(), c.spofsAdded());
        assertEquals(List.of(), c.findingsAdded());
        assertTrue(c.findingsRemoved().stream().allMatch(f -> f.nodes().contains(n.id())), c.findingsRemoved()::toString);
        assertEquals(List.of(), c.blastRadius(), "losing every instance of a node does the same whatever their number");
        assertEquals(List.of(), c.domainSpofsAdded());
        assertEquals(List.of(), c.flowsAdded());
        assertFalse(c.regressed(), c.reasons()::toString);
        n.effectiveMonthlyCost().ifPresent(cost -> assertEquals(c.costBefore() + cost, c.costAfter(), 1e-9));
    }

    @Test
    void theDatabaseInTwoZonesOfTheStartupEndsItsSpofAndZoneFindingAndCostsItsPrice() throws EditException {
        Comparison c = whatIf(Path.of("sample-topologies/startup-one-database.yaml"),
                "set main-db.replicas=2", "add main-db.zones=us-east-1b").comparison();
        assertEquals(List.of("main-db"), c.spofsRemoved().stream().map(Spof::node).toList());
        assertEquals(List.of("single-zone main-db", "spof main-db"),
                c.findingsRemoved().stream().map(f -> f.rule() + " " + String.join(",", f.nodes())).sorted().toList());
        assertEquals(List.of(), c.findingsAdded());
        assertEquals(List.of(), c.spofsChanged());
        assertEquals(List.of(), c.blastRadius());
        assertEquals(2500.0, c.costBefore());
        assertEquals(3150.0, c.costAfter());
        assertFalse(c.regressed());
    }

    @Test
    void droppingTheLoadBalancersSecondInstanceRegresses() throws EditException {
        Comparison c = whatIf(Path.of("sample-topologies/startup-one-database.yaml"), "set alb.replicas=1").comparison();
        assertEquals(List.of("alb"), c.spofsAdded().stream().map(Spof::node).toList());
        assertEquals(SpofCause.NO_SPARE_INSTANCE, c.spofsAdded().get(0).cause());
        assertTrue(c.findingsAdded().stream().map(Finding::rule).toList().contains("spof"));
        assertTrue(c.regressed());
        assertTrue(c.reasons().contains("new SPOF alb (no-spare-instance)"), c.reasons()::toString);
        assertEquals(2500.0 - 25, c.costAfter());
    }

    @Test
    void aNewSyncCallGrowsTheCalleesBlastRadiusAndRegresses() throws EditException {
        // metabase alone takes down only the reporting flow; once sidekiq calls it, losing it stops background jobs.
        Comparison c = whatIf(Path.of("sample-topologies/startup-one-database.yaml"),
                "add dependency sidekiq->metabase").comparison();
        Comparison.BlastRadiusChange metabase = c.blastRadius().stream().filter(b -> b.node().equals("metabase"))
                .findFirst().orElseThrow();
        assertEquals(List.of("reporting"), metabase.before().flowsDown());
        assertEquals(List.of("background-jobs", "reporting"), metabase.after().flowsDown());
        assertTrue(metabase.grew());
        assertTrue(c.regressed());
        assertEquals(List.of(), c.flowsAdded());
        assertEquals(List.of(), c.nodesAdded());
    }
}
