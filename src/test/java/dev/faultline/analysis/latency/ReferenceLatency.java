package dev.faultline.analysis.latency;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.faultline.model.CallOrder;
import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * risk-model.md section 3 written as plainly as possible, for property tests: reachability by breadth-first search,
 * L by plain recursion, every hang computed from scratch. Exponential in the worst case; fine for a dozen nodes.
 */
final class ReferenceLatency {
    private final Topology t;

    ReferenceLatency(Topology t) {
        this.t = t;
    }

    List<Dependency> syncDeps(String x) {
        return t.dependenciesOf(x).stream().filter(Dependency::isSync).toList();
    }

    /** Nodes reached from x over one or more sync dependencies. */
    Set<String> reach(String x) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (Dependency d : syncDeps(x)) if (seen.add(d.to())) todo.add(d.to());
        while (!todo.isEmpty()) {
            for (Dependency d : syncDeps(todo.poll())) if (seen.add(d.to())) todo.add(d.to());
        }
        return seen;
    }

    /** In a sync cycle, or reaching one. */
    boolean noLatency(String x) {
        if (reach(x).contains(x)) return true;
        for (String y : reach(x)) if (reach(y).contains(y)) return true;
        return false;
    }

    /** L(x) with {@code hanging} hung (null for none); null when x has no latency; may be infinite. */
    Double latency(String x, String hanging, boolean p99) {
        if (noLatency(x)) return null;
        Node n = t.requireNode(x);
        double agg = 0;
        for (Dependency d : syncDeps(x)) {
            double cost;
            if (d.to().equals(hanging)) {
                cost = d.timeoutMs() == null ? Double.POSITIVE_INFINITY
                        : d.effectiveCalls() * (d.effectiveRetries() + 1) * d.timeoutMs();
            } else {
                double l = latency(d.to(), hanging, p99);
                cost = d.effectiveCalls() * (d.timeoutMs() == null ? l : Math.min(l, d.timeoutMs()));
            }
            agg = n.callOrder() == CallOrder.SEQUENTIAL ? agg + cost : Math.max(agg, cost);
        }
        return (p99 ? n.effectiveP99Ms() : n.effectiveLatencyMs()) + agg;
    }

    double fanOut(String x) {
        double total = 0;
        for (Dependency d : syncDeps(x)) total += d.effectiveCalls() * (1 + fanOut(d.to()));
        return total;
    }

    /** Entry first, then the distinct via nodes the entry does not reach over sync dependencies. */
    List<String> members(Flow f) {
        List<String> out = new ArrayList<>();
        out.add(f.entry());
        Set<String> reached = reach(f.entry());
        for (String v : f.via()) if (!reached.contains(v) && !out.contains(v)) out.add(v);
        return out;
    }

    Double flowLatency(Flow f, String hanging, boolean p99) {
        double total = 0;
        for (String m : members(f)) {
            Double l = latency(m, hanging, p99);
            if (l == null) return null;
            total += l;
        }
        return total;
    }

    FlowLatency flow(Flow f) {
        Double expected = flowLatency(f, null, false);
        if (expected == null) return new FlowLatency(f.id(), null, null, null, null, false, null, List.of());
        List<String> members = members(f);
        double fan = fanOut(members.get(0));
        for (int i = 1; i < members.size(); i++) fan += 1 + fanOut(members.get(i));
        TreeSet<String> candidates = new TreeSet<>();
        for (String m : members) candidates.addAll(reach(m));
        candidates.remove(f.entry());
        Double worst = expected;
        String worstNode = null;
        String firstUnbounded = null;
        for (String y : candidates) {
            double l = flowLatency(f, y, false);
            if (l == Double.POSITIVE_INFINITY && firstUnbounded == null) firstUnbounded = y;
            if (worstNode == null || l > worst) {
                worst = l;
                worstNode = y;
            }
        }
        if (firstUnbounded != null) {
            return new FlowLatency(f.id(), expected, flowLatency(f, null, true), 1 - Math.pow(0.99, fan), null, true,
                    firstUnbounded, List.of());
        }
        return new FlowLatency(f.id(), expected, flowLatency(f, null, true), 1 - Math.pow(0.99, fan), worst, false,
                worstNode, List.of());
    }
}
