package dev.faultline.analysis.cost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * What the topology costs per month (risk-model.md §5): a node costs monthlyCost × replicas, with monthlyCost =
 * {@link Node#effectiveMonthlyCost()}; its redundancy premium is monthlyCost × (replicas − minHealthy), what it pays
 * for instances beyond the ones it needs to serve.
 *
 * <p>{@code teams} holds one line per declared team in file order, then one line for unowned nodes (team null) when
 * some node has no team. {@code total} is the sum over every priced node, null when no node has a cost.
 * {@code unpriced} names every node without a cost, sorted by id. A pure function of the topology; O(nodes + teams).
 */
public record CostReport(Double total, Double redundancyPremium, List<CostLine> teams, List<String> unpriced) {
    public CostReport {
        teams = List.copyOf(teams);
        unpriced = List.copyOf(unpriced);
    }

    public static CostReport of(Topology t) {
        Map<String, Tally> byTeam = new LinkedHashMap<>();
        t.teams().forEach(team -> byTeam.put(team.id(), new Tally()));
        Tally unowned = new Tally();
        Tally all = new Tally();
        for (Node n : t.nodes()) {
            Tally line = n.team() == null ? unowned : byTeam.computeIfAbsent(n.team(), k -> new Tally());
            line.add(n);
            all.add(n);
        }
        List<CostLine> lines = new ArrayList<>();
        byTeam.forEach((team, tally) -> lines.add(tally.line(team)));
        if (unowned.nodes > 0) lines.add(unowned.line(null));
        List<String> unpriced = new ArrayList<>(all.unpriced);
        unpriced.sort(null);
        return new CostReport(all.monthly(), all.premium(), lines, unpriced);
    }

    /** True when at least one node has a cost. */
    public boolean priced() {
        return total != null;
    }

    /** The line of a team (empty for an unknown id); {@code null} asks for the unowned line. */
    public Optional<CostLine> line(String team) {
        return teams.stream().filter(l -> java.util.Objects.equals(l.team(), team)).findFirst();
    }

    /** The monthly cost of one node (monthlyCost × replicas), empty when it has no cost. */
    public static Optional<Double> monthlyOf(Node n) {
        return n.effectiveMonthlyCost().map(c -> c * n.replicas());
    }

    /** The redundancy premium of one node, monthlyCost × (replicas − minHealthy), empty when it has no cost. */
    public static Optional<Double> premiumOf(Node n) {
        return n.effectiveMonthlyCost().map(c -> c * (n.replicas() - n.minHealthy()));
    }

    /** Running sums of one line. */
    private static final class Tally {
        private int nodes;
        private int priced;
        private double monthly;
        private double premium;
        private final List<String> unpriced = new ArrayList<>();

        void add(Node n) {
            nodes++;
            Optional<Double> cost = n.effectiveMonthlyCost();
            if (cost.isEmpty()) {
                unpriced.add(n.id());
                return;
            }
            priced++;
            monthly += cost.get() * n.replicas();
            premium += cost.get() * (n.replicas() - n.minHealthy());
        }

        Double monthly() {
            return priced == 0 ? null : monthly;
        }

        Double premium() {
            return priced == 0 ? null : premium;
        }

        CostLine line(String team) {
            return new CostLine(team, nodes, monthly(), premium(), unpriced);
        }
    }
}
