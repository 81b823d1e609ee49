package dev.faultline.analysis.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.faultline.analysis.Finding;

/** How findings are matched across versions (risk-model.md §6): the rule and the sorted nodes, never the message. */
public record FindingKey(String rule, List<String> nodes) implements Comparable<FindingKey> {
    public FindingKey {
        nodes = List.copyOf(nodes);
    }

    public static FindingKey of(Finding f) {
        List<String> sorted = new ArrayList<>(f.nodes());
        Collections.sort(sorted);
        return new FindingKey(f.rule(), sorted);
    }

    @Override
    public int compareTo(FindingKey o) {
        int c = rule.compareTo(o.rule);
        return c != 0 ? c : String.join("\u0000", nodes).compareTo(String.join("\u0000", o.nodes));
    }
}
