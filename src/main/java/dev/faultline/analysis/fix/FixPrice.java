package dev.faultline.analysis.fix;

import java.util.Optional;

import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/** What a fix adds to the monthly bill: for every node whose replica count changed, the change x monthlyCost. */
public final class FixPrice {
    private FixPrice() {
    }

    /** The change in monthly cost, or null when a node whose replicas changed has no price (not guessed). */
    public static Double delta(Topology before, Topology after) {
        double total = 0;
        for (Node now : after.nodes()) {
            Optional<Node> was = before.node(now.id());
            int added = now.replicas() - was.map(Node::replicas).orElse(0);
            if (added == 0) continue;
            Optional<Double> cost = now.effectiveMonthlyCost();
            if (cost.isEmpty()) return null;
            total += added * cost.get();
        }
        return total;
    }
}
