package dev.faultline.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import dev.faultline.simulation.CompiledTopology;

/**
 * The order of findings in a report: severity, then rule, then first node (none sorts as ""). The same order as
 * {@code Comparator.comparing(Finding::severity).thenComparing(Finding::rule).thenComparing(first node)}, written
 * out (issue #18: at 50,000 nodes 83,000 findings are sorted, and under C1 alone the chained comparator's lambdas,
 * key extractors and String compares were most of the sort). A rule's id is one string object for all its findings,
 * so equal rules are mostly told by identity before any compare. The tests compare it with the chained comparator.
 */
final class FindingOrder implements Comparator<Finding> {
    static final FindingOrder INSTANCE = new FindingOrder();

    private FindingOrder() {
    }

    @Override
    public int compare(Finding a, Finding b) {
        int c = a.severity().compareTo(b.severity());
        if (c != 0) return c;
        String ra = a.rule();
        String rb = b.rule();
        if (ra != rb) {
            c = ra.compareTo(rb);
            if (c != 0) return c;
        }
        String na = firstNode(a);
        String nb = firstNode(b);
        return na == nb ? 0 : na.compareTo(nb);
    }

    /**
     * The findings in this order, equal ones as given: exactly {@code List.sort(this)} (the same stable sort making the
     * same comparisons with the same outcomes), on keys read once per finding rather than at every comparison (a
     * finding's node list is one of several list classes, and under C1 every {@code isEmpty}/{@code get} on it was a
     * full interface call: the largest part of the sort at 50,000 nodes).
     */
    static List<Finding> sort(List<Finding> findings) {
        Keyed[] keyed = new Keyed[findings.size()];
        int i = 0;
        for (Finding f : findings) keyed[i++] = new Keyed(f);
        Arrays.sort(keyed, Keyed::compare);
        List<Finding> out = new ArrayList<>(keyed.length);
        for (Keyed k : keyed) out.add(k.finding);
        return out;
    }

    /** Bits of a packed key: the finding's position, its first node's rank + 1, its (severity, rule) group. */
    private static final int INDEX_BITS = 27;
    private static final int NODE_BITS = 27;
    private static final int GROUP_LIMIT = 1 << (63 - INDEX_BITS - NODE_BITS);
    /** More distinct rule ids than this in one list: sorted by {@link #sort(List)} (the rules write one or two). */
    private static final int MAX_RULES = 32;

    /**
     * The findings in this order, equal ones as given: exactly {@link #sort(List)}, with each finding's first node
     * compared by its rank in {@link NodeIdOrder} instead of by its id (issue #18: the String compares were most of the
     * rules' sorts at 50,000 nodes). Each finding becomes one {@code long}, (severity, rule rank, node rank + 1,
     * position) from the high bits down, all distinct, so a sort of the longs is the stable sort. Ranks compare as the
     * ids do, and a finding without nodes ("") as rank -1, below every id. Findings whose first node is not a node of
     * {@code compiled} (or lists too long to pack) are sorted by {@link #sort(List)}.
     */
    static List<Finding> sort(List<Finding> findings, CompiledTopology compiled, NodeIdOrder ids) {
        int n = findings.size();
        if (n < 2 || n >= 1 << INDEX_BITS || compiled.nodeCount() + 1 >= 1 << NODE_BITS) return sort(findings);
        Finding[] all = findings.toArray(new Finding[0]);
        String[] rules = new String[MAX_RULES];
        int ruleCount = 0;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            Finding f = all[i];
            int r = 0;
            while (r < ruleCount && !rules[r].equals(f.rule())) r++;
            if (r == ruleCount) {
                if (ruleCount == MAX_RULES) return sort(findings);
                rules[ruleCount++] = f.rule();
            }
            List<String> nodes = f.nodes();
            long node;
            if (nodes.isEmpty()) {
                if (ids.hasEmptyId()) return sort(findings);
                node = 0;
            } else {
                int v = compiled.indexOf(nodes.get(0));
                if (v < 0) return sort(findings);
                node = ids.rank(v) + 1;
            }
            // The rule's slot for now; its rank once every rule is known.
            keys[i] = (long) r << (INDEX_BITS + NODE_BITS) | node << INDEX_BITS | i;
        }
        int[] ruleRank = ruleRanks(rules, ruleCount);
        int severities = Severity.values().length;
        if ((long) severities * ruleCount >= GROUP_LIMIT) return sort(findings);
        long low = (1L << (INDEX_BITS + NODE_BITS)) - 1;
        for (int i = 0; i < n; i++) {
            int slot = (int) (keys[i] >>> (INDEX_BITS + NODE_BITS));
            long group = (long) all[i].severity().ordinal() * ruleCount + ruleRank[slot];
            keys[i] = group << (INDEX_BITS + NODE_BITS) | keys[i] & low;
        }
        Arrays.sort(keys);
        List<Finding> out = new ArrayList<>(n);
        int indexMask = (1 << INDEX_BITS) - 1;
        for (long k : keys) out.add(all[(int) (k & indexMask)]);
        return out;
    }

    /** Per slot, the rank of its rule among the distinct rules (String order). */
    private static int[] ruleRanks(String[] rules, int count) {
        String[] sorted = Arrays.copyOf(rules, count);
        Arrays.sort(sorted);
        int[] rank = new int[count];
        for (int r = 0; r < count; r++) rank[r] = Arrays.binarySearch(sorted, rules[r]);
        return rank;
    }

    /** A finding with its sort keys. */
    private static final class Keyed {
        private final Finding finding;
        private final int severity;
        private final String rule;
        private final String firstNode;

        Keyed(Finding finding) {
            this.finding = finding;
            this.severity = finding.severity().ordinal();
            this.rule = finding.rule();
            this.firstNode = firstNode(finding);
        }

        /** {@link FindingOrder#compare} on the keys (an enum compares by ordinal). */
        static int compare(Keyed a, Keyed b) {
            if (a.severity != b.severity) return a.severity < b.severity ? -1 : 1;
            if (a.rule != b.rule) {
                int c = a.rule.compareTo(b.rule);
                if (c != 0) return c;
            }
            return a.firstNode == b.firstNode ? 0 : a.firstNode.compareTo(b.firstNode);
        }
    }

    private static String firstNode(Finding f) {
        List<String> nodes = f.nodes();
        return nodes.isEmpty() ? "" : nodes.get(0);
    }
}
