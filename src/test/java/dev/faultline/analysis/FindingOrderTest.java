package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The findings sorted per rule on the rules' threads and then merged ({@link Analyzer#merged}, issue #18) are in
 * exactly the order of the previous way, one stable sort of every rule's unsorted findings one after the other: on
 * random findings with many equal keys (same severity, rule and first node), which must keep the rules' order.
 */
class FindingOrderTest {
    /** The previous order, as it was written: the oracle. */
    private static final Comparator<Finding> PREVIOUS = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule).thenComparing(f -> f.nodes().isEmpty() ? "" : f.nodes().get(0));

    @Test
    void mergedPerRuleIsTheOrderOfOneSortOfAll() {
        Random random = new Random(18);
        for (int round = 0; round < 300; round++) {
            int rules = 1 + random.nextInt(25);
            List<List<Finding>> perRule = new ArrayList<>();
            int serial = 0;
            for (int r = 0; r < rules; r++) {
                List<Finding> found = new ArrayList<>();
                int n = random.nextInt(4) == 0 ? 0 : random.nextInt(round < 50 ? 8 : 400);
                // Rules may share ids (a user's registry), and findings may name no node.
                String rule = "rule-" + random.nextInt(Math.max(1, rules / 2));
                for (int i = 0; i < n; i++) {
                    Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
                    List<String> nodes = random.nextInt(10) == 0 ? List.of()
                            : List.of("n" + random.nextInt(6), "m" + random.nextInt(3));
                    String ruleId = random.nextInt(8) == 0 ? "other-" + random.nextInt(3) : rule;
                    found.add(new Finding(ruleId, severity, nodes, "finding " + serial++, ""));
                }
                perRule.add(found);
            }
            List<Finding> expected = new ArrayList<>();
            perRule.forEach(expected::addAll);
            expected.sort(PREVIOUS);

            List<List<Finding>> sorted = perRule.stream().map(Analyzer::sorted).toList();
            assertEquals(expected, Analyzer.merged(sorted), "round " + round);
        }
    }

    /**
     * {@link FindingMerge} (issue #18: groups of severity and rule, no finding compared) against the merge it replaced,
     * one {@link FindingOrder#sort} of the concatenation: long lists with many distinct first nodes, rules that write
     * several ids and several rules that write one id, every severity, equal findings kept in the rules' order.
     */
    @Test
    void mergeByGroupsIsTheSortOfTheConcatenation() {
        Random random = new Random(1818);
        for (int round = 0; round < 80; round++) {
            List<List<Finding>> perRule = new ArrayList<>();
            int rules = 1 + random.nextInt(20);
            for (int r = 0; r < rules; r++) {
                List<Finding> found = new ArrayList<>();
                int n = random.nextInt(5) == 0 ? 0 : random.nextInt(1 + random.nextInt(3000));
                String rule = random.nextInt(4) == 0 ? "shared-" + random.nextInt(2) : "rule-" + r;
                int ids = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    String ruleId = new String(rule + (ids == 1 ? "" : "-" + random.nextInt(ids)));
                    Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
                    List<String> nodes = random.nextInt(50) == 0 ? List.of()
                            : List.of("svc-" + random.nextInt(round < 40 ? 5000 : 30));
                    found.add(new Finding(ruleId, severity, nodes, "f" + r + "." + i, ""));
                }
                perRule.add(Analyzer.sorted(found));
            }
            List<Finding> concatenated = new ArrayList<>();
            perRule.forEach(concatenated::addAll);
            assertIdentical(FindingOrder.sort(concatenated), FindingMerge.merge(perRule), "round " + round);
        }
    }

    /** The same finding objects in the same order. */
    private static void assertIdentical(List<Finding> expected, List<Finding> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i) != actual.get(i)) assertEquals(expected.get(i), actual.get(i), what + " at " + i);
        }
    }

    /**
     * The written-out order ({@link FindingOrder}, issue #18) against the chained comparator it replaced: the same sign
     * for every pair, with rule ids and first nodes that are equal but distinct strings, the same string object, or
     * absent.
     */
    @Test
    void writtenOutOrderComparesAsTheChainedComparator() {
        Random random = new Random(7);
        String shared = "rule-shared";
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String rule = switch (random.nextInt(4)) {
                case 0 -> shared;
                case 1 -> new String(shared);
                case 2 -> "rule-" + random.nextInt(3);
                default -> "r" + (char) ('a' + random.nextInt(3)) + "\u00e9";
            };
            List<String> nodes = switch (random.nextInt(5)) {
                case 0 -> List.of();
                case 1 -> List.of("", "x");
                default -> List.of("n" + random.nextInt(4), "m");
            };
            Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
            findings.add(new Finding(rule, severity, nodes, "m" + i, ""));
        }
        for (Finding a : findings) {
            for (Finding b : findings) {
                assertEquals(Integer.signum(PREVIOUS.compare(a, b)), Integer.signum(Analyzer.FINDING_ORDER.compare(a, b)),
                        a + " vs " + b);
            }
        }
    }
}
