package dev.faultline.render.group;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.State;

/**
 * What a group block says: how many nodes, how many of them are SPOFs, and under a scenario how many are DOWN and
 * DEGRADED and how many the scenario hit directly ({@code failed}). Counts only: the analysis and the simulation
 * are the ones the rest of the app shows.
 */
public record GroupSummary(String groupId, int nodes, int spofs, int down, int degraded, int failed) {

    /** True when the scenario touches this group: it must never look like an untouched one. */
    public boolean hit() {
        return down > 0 || degraded > 0;
    }

    /** One summary per group, in group order; {@code simulation} is null when no scenario runs. */
    public static Map<String, GroupSummary> of(Grouping grouping, Predicate<String> isSpof,
                                               SimulationResult simulation) {
        Map<String, GroupSummary> out = new LinkedHashMap<>();
        for (NodeGroup g : grouping.groups()) {
            int spofs = 0, down = 0, degraded = 0, failed = 0;
            for (String id : g.members()) {
                if (isSpof.test(id)) spofs++;
                if (simulation == null) continue;
                State s = simulation.nodes().getOrDefault(id, State.UP);
                if (s == State.DOWN) down++;
                else if (s == State.DEGRADED) degraded++;
                if (simulation.failedDirectly().contains(id)) failed++;
            }
            out.put(g.id(), new GroupSummary(g.id(), g.members().size(), spofs, down, degraded, failed));
        }
        return out;
    }
}
