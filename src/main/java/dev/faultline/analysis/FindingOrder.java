package dev.faultline.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

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
