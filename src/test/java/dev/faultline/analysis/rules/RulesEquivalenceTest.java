package dev.faultline.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import dev.faultline.BundledSamples;
import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.analysis.BlastRadiusSweep;
import dev.faultline.analysis.Finding;
import dev.faultline.analysis.latency.RandomRiskTopologies;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.NodeLossOutcome;

/**
 * The findings of the whole analysis (issue #18, rules18: sync cycles and retry storms on the latency analysis's sync
 * graph, observability gaps worded once per combination of missing signals, the per-rule lists merged by groups;
 * alloc18: the texts of the rules with the most findings written into one reused builder) are exactly those of the
 * previous code: every previous rule ({@code Previous...Rule}) applied to the same context,
 * one after the other in the registry's order, then one stable sort with the chained comparator the order was first
 * written with. On the samples, generated topologies with random observability (none declared, some, all), and the
 * risk model's random topologies.
 */
class RulesEquivalenceTest {
    private static final Comparator<Finding> PREVIOUS_ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule).thenComparing(f -> f.nodes().isEmpty() ? "" : f.nodes().get(0));
    private static final List<String> SIGNALS = List.of("metrics", "logs", "traces", "profiles");

    @Test
    void samplesFindTheSame() throws Exception {
        for (Path sample : BundledSamples.paths()) assertSame(sample.toString(), BundledSamples.load(sample));
    }

    @Test
    void generatedTopologiesFindTheSame() {
        Random rnd = new Random(18);
        int gaps = 0;
        List<Finding> plain = new ArrayList<>();
        for (int size : new int[] {60, 400, 2_000}) {
            Topology t = TopologyGenerator.generate(size, size);
            List<Finding> found = assertSame("generated " + size, t);
            plain.addAll(found);
            gaps += count(found, "observability-gap");
            for (int variant = 0; variant < 3; variant++) {
                gaps += count(assertSame("generated " + size + " observability " + variant,
                        withObservability(t, rnd, variant)), "observability-gap");
            }
        }
        assertTrue(gaps > 100, "observability gaps found: " + gaps);
        for (String rule : List.of("over-capacity", "spof", "no-capacity-headroom", "single-zone")) {
            assertTrue(count(plain, rule) > 10, rule + " findings: " + count(plain, rule));
        }
    }

    @Property(tries = 150)
    void randomTopologiesFindTheSame(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int size) {
        Random rnd = new Random(seed);
        Topology t = RandomRiskTopologies.generate(rnd, size);
        assertSame("seed " + seed, rnd.nextBoolean() ? t : withObservability(t, rnd, rnd.nextInt(3)));
    }

    /** Variant 0: none declared; 1: random subsets (with repeats and unknown signals); 2: all three on most nodes. */
    private static Topology withObservability(Topology t, Random rnd, int variant) {
        List<Node> nodes = new ArrayList<>();
        for (Node n : t.nodes()) {
            List<String> emitted = new ArrayList<>();
            if (variant == 1) {
                for (int k = rnd.nextInt(5); k > 0; k--) emitted.add(SIGNALS.get(rnd.nextInt(SIGNALS.size())));
            } else if (variant == 2 && rnd.nextInt(5) > 0) {
                emitted.addAll(List.of("traces", "metrics", "logs"));
            }
            nodes.add(n.toBuilder().observability(emitted).build());
        }
        return new Topology(t.name(), t.description().orElse(null), t.teams(), t.zones(), nodes, t.dependencies(),
                t.declaredFlows());
    }

    private static List<Finding> assertSame(String what, Topology t) {
        AnalysisReport report = new Analyzer(Rules.defaults(), new BlastRadiusSweep()).analyze(t);
        Map<String, NodeLossOutcome> byNode = new HashMap<>();
        for (NodeLossOutcome o : report.blastRadius()) byNode.put(o.node(), o);
        AnalysisContext c = AnalysisContext.of(t, report.spofs(), report.domainSpofs(), byNode, report.teams(),
                report.availability(), report.doubleFaults());
        List<Finding> expected = new ArrayList<>();
        for (Rule rule : previousRules()) expected.addAll(rule.apply(c));
        expected.sort(PREVIOUS_ORDER);
        assertEquals(expected, report.findings(), what);
        return expected;
    }

    /**
     * The registry with each rule changed by rules18 and alloc18 replaced by its previous code (timeout-inversion's
     * previous code is TimeoutInversionEquivalenceTest's oracle).
     */
    private static List<Rule> previousRules() {
        List<Rule> out = new ArrayList<>();
        for (Rule r : Rules.defaults()) {
            out.add(switch (r.id()) {
                case "sync-cycle" -> new PreviousSyncCycleRule();
                case "observability-gap" -> new PreviousObservabilityGapRule();
                case "over-capacity" -> new PreviousOverCapacityRule();
                case "spof" -> new PreviousSpofRule();
                case "no-capacity-headroom" -> new PreviousNoCapacityHeadroomRule();
                case "single-zone" -> new PreviousSingleZoneRule();
                default -> r;
            });
        }
        return out;
    }

    private static int count(List<Finding> findings, String rule) {
        return (int) findings.stream().filter(f -> f.rule().equals(rule)).count();
    }
}
