package dev.faultline.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge of lists each already in {@link FindingOrder} (one per rule, sorted on the rules' threads) into one list in
 * that order, exactly as the stable sort of their concatenation, without comparing findings one by one (issue #18:
 * the merge of 83,000 findings at 50,000 nodes ran alone on the caller after the last rule, its String compares the
 * largest part of the tail).
 *
 * <p>Why it is the same: in the stable sort of the concatenation, findings form groups of equal (severity, rule),
 * in severity order then rule order, and inside a group they are in first-node order, ties in concatenation order. In
 * one sorted list a group's findings are one contiguous slice, already in that order. So a group found in one list
 * only is that slice as it is; a group found in several lists (rules sharing an id, or a rule writing another id) is
 * its slices one after the other, then stably sorted in the same order. Only the groups' keys are compared (a
 * handful).
 */
final class FindingMerge {
    private FindingMerge() {
    }

    /** {@code sortedLists}, each sorted in {@link FindingOrder}, merged: the stable sort of their concatenation. */
    static List<Finding> merge(List<List<Finding>> sortedLists) {
        Map<Severity, Map<String, Group>> groups = new HashMap<>();
        List<Group> all = new ArrayList<>();
        int total = 0;
        for (List<Finding> list : sortedLists) {
            total += list.size();
            int start = 0;
            while (start < list.size()) {
                Finding first = list.get(start);
                Severity severity = first.severity();
                String rule = first.rule();
                int end = start + 1;
                while (end < list.size() && sameGroup(list.get(end), severity, rule)) end++;
                Group g = groups.computeIfAbsent(severity, s -> new HashMap<>()).get(rule);
                if (g == null) {
                    g = new Group(severity, rule);
                    groups.get(severity).put(rule, g);
                    all.add(g);
                }
                g.slices.add(list.subList(start, end));
                start = end;
            }
        }
        all.sort(FindingMerge::compareKeys);
        List<Finding> out = new ArrayList<>(total);
        for (Group g : all) g.appendTo(out);
        return out;
    }

    private static boolean sameGroup(Finding f, Severity severity, String rule) {
        return f.severity() == severity && (f.rule() == rule || f.rule().equals(rule));
    }

    /** Severity, then rule: {@link FindingOrder} on the groups' keys. */
    private static int compareKeys(Group a, Group b) {
        int c = a.severity.compareTo(b.severity);
        return c != 0 ? c : a.rule.compareTo(b.rule);
    }

    /** The findings of one (severity, rule): slices of the lists, in the lists' order. */
    private static final class Group {
        final Severity severity;
        final String rule;
        final List<List<Finding>> slices = new ArrayList<>(1);

        Group(Severity severity, String rule) {
            this.severity = severity;
            this.rule = rule;
        }

        void appendTo(List<Finding> out) {
            if (slices.size() == 1) {
                out.addAll(slices.get(0));
                return;
            }
            List<Finding> joined = new ArrayList<>();
            for (List<Finding> s : slices) joined.addAll(s);
            out.addAll(FindingOrder.sort(joined));
        }
    }
}
