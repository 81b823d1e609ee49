package dev.faultline.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.compare.FindingKey;
import dev.faultline.analysis.fix.VerifiedFix;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.io.EditException;
import dev.faultline.io.TopologyLoader;
import dev.faultline.io.v1.TopologyWriter;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.service.ComparisonService.WhatIf;

/** Every suggested fix, applied like a {@code whatif}, removes its finding and regresses nothing. */
class FixAdvisorPropertyTest {
    private static final List<String> FIXABLE = List.of("spof", "failure-domain", "single-zone", "unguarded-sync-call");
    private final FixAdvisor advisor = new FixAdvisor();
    private final ComparisonService compare = new ComparisonService();

    static Stream<Path> samples() throws Exception {
        return ComparisonSamplesTest.samples();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyFixOfASampleRemovesItsFinding(Path sample) throws EditException {
        Topology t = new TopologyLoader().load(sample).topology().orElseThrow();
        int fixed = checkEveryFix(t);
        assertTrue(fixed > 0, "each sample has at least one fixable finding");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyFixOfARandomTopologyRemovesItsFinding(long seed) throws EditException {
        // Through the writer and loader, so the topology is one a user could have written.
        String yaml = new TopologyWriter().write(TopologyGenerator.generate(12 + (int) (seed * 3), seed));
        Topology t = new TopologyLoader().parse(yaml, Path.of("random.yaml")).topology().orElseThrow();
        checkEveryFix(t);
    }

    @Test
    void theStartupsDatabaseIsFixedByItsCheapestOptionAtItsPrice() {
        Topology t = new TopologyLoader().load(Path.of("sample-topologies/startup-one-database.yaml")).topology().orElseThrow();
        AnalysisReport report = new Analyzer().analyze(t);
        List<VerifiedFix> cheapest = advisor.cheapest(report);
        VerifiedFix db = cheapest.stream().filter(f -> f.finding().rule().equals("spof")
                && f.finding().nodes().equals(List.of("main-db"))).findFirst().orElseThrow();
        // One more instance in a second zone: 650/month, the price of one more Postgres instance.
        assertEquals(650.0, db.monthlyCost());
        assertTrue(db.edits().contains("set main-db.replicas=2"), db.edits()::toString);
        // Cheapest first: no other verified fix of that finding costs less.
        for (VerifiedFix other : advisor.fixes(report, db.finding())) {
            assertTrue(other.monthlyCost() == null || other.monthlyCost() >= db.monthlyCost());
        }
        // Stripe, an external provider, cannot be given replicas: no fix scales it.
        assertTrue(cheapest.stream().filter(f -> f.finding().nodes().contains("stripe"))
                .allMatch(f -> f.edits().stream().noneMatch(e -> e.startsWith("set stripe.replicas"))));
    }

    /** Applies every verified fix of every fixable finding independently of the advisor; returns how many. */
    private int checkEveryFix(Topology t) throws EditException {
        AnalysisReport report = new Analyzer().analyze(t);
        ComparisonService.Version base = new ComparisonService.Version(report);
        int count = 0;
        for (Finding finding : report.findings()) {
            if (!FIXABLE.contains(finding.rule())) continue;
            for (VerifiedFix fix : advisor.fixes(report, finding)) {
                WhatIf w = compare.whatIf(base, fix.edits(), Path.of("fix.yaml"));
                assertTrue(w.ok(), () -> fix.edits() + ": " + w.outcome().errors());
                assertTrue(gone(finding, w.after()), () -> fix.edits() + " leaves " + finding);
                assertFalse(w.comparison().regressedBeyondNewDoubleFaults(),
                        () -> fix.edits() + " regresses: " + w.comparison().reasons());
                assertPrice(t, w.after().topology(), fix);
                count++;
            }
        }
        return count;
    }

    private static boolean gone(Finding finding, AnalysisReport after) {
        if (finding.rule().equals("failure-domain")) {
            return after.findings().stream().noneMatch(f -> f.message().equals(finding.message())
                    || f.rule().equals("failure-domain") && f.message().startsWith(finding.message().split(" is ")[0] + " is "));
        }
        FindingKey key = FindingKey.of(finding);
        return after.findings().stream().noneMatch(f -> FindingKey.of(f).equals(key));
    }

    private static void assertPrice(Topology before, Topology after, VerifiedFix fix) {
        double expected = 0;
        boolean unknown = false;
        for (Node n : after.nodes()) {
            int added = n.replicas() - before.requireNode(n.id()).replicas();
            if (added == 0) continue;
            if (n.effectiveMonthlyCost().isEmpty()) unknown = true;
            else expected += added * n.effectiveMonthlyCost().get();
        }
        if (unknown) assertEquals(null, fix.monthlyCost(), fix.edits()::toString);
        else assertEquals(expected, fix.monthlyCost(), 1e-9, fix.edits()::toString);
    }
}
