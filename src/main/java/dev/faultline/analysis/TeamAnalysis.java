package dev.faultline.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.faultline.model.Dependency;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.simulation.CompiledTopology;

/**
 * Conway's-law figures: per-team ownership and cross-team coupling. A dependency is cross-team when its caller and
 * its callee ({@code to}) are not owned by the same team; an unowned node is never on the same team as anyone.
 */
public final class TeamAnalysis {
    public static final String UNOWNED = "(unowned)";

    private TeamAnalysis() {
    }

    public static List<TeamFigures> figures(Topology t, List<Spof> spofs) {
        Set<String> spofIds = spofs.stream().map(Spof::node).collect(Collectors.toSet());
        Map<String, int[]> counts = new HashMap<>();
        t.teams().forEach(team -> counts.put(team.id(), new int[4]));
        // One pass over the dependencies: [in, out, syncOut, asyncOut] per team; each node's team resolved once
        // (null: unowned), the ends by index from the compiled topology (issue #18).
        int[][] teamOf = new int[t.nodes().size()][];
        for (int v = 0; v < teamOf.length; v++) {
            String team = t.nodes().get(v).team();
            teamOf[v] = team == null ? null : counts.get(team);
        }
        CompiledTopology compiled = CompiledTopology.of(t);
        List<Dependency> deps = t.dependencies();
        for (int k = 0; k < deps.size(); k++) {
            int[] from = teamOf[compiled.dependencyFrom(k)];
            int[] to = teamOf[compiled.dependencyTo(k)];
            if (from == to) continue;
            if (from != null) {
                from[1]++;
                from[deps.get(k).mode() == Mode.SYNC ? 2 : 3]++;
            }
            if (to != null) to[0]++;
        }
        List<TeamFigures> out = new ArrayList<>();
        for (Team team : t.teams()) {
            List<Node> owned = t.nodesOwnedBy(team.id());
            int ownedSpofs = (int) owned.stream().filter(n -> spofIds.contains(n.id())).count();
            int[] c = counts.get(team.id());
            Integer members = team.membersDeclared() ? team.members().size() : null;
            out.add(new TeamFigures(team.id(), members, owned.size(), ownedSpofs, c[0], c[1], c[2], c[3]));
        }
        return out;
    }

    /** Counts of dependencies between teams, rows = caller's team; "(unowned)" is added when any node has no team. */
    public static TeamCoupling coupling(Topology t) {
        List<String> teams = new ArrayList<>(t.teams().stream().map(Team::id).toList());
        if (t.nodes().stream().anyMatch(n -> n.team() == null)) teams.add(UNOWNED);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < teams.size(); i++) index.put(teams.get(i), i);
        // Per node its team's row (ids resolved once per node, not twice per dependency: issue #18).
        int[] row = new int[t.nodes().size()];
        for (int v = 0; v < row.length; v++) {
            row[v] = index.get(Objects.requireNonNullElse(t.nodes().get(v).team(), UNOWNED));
        }
        CompiledTopology c = CompiledTopology.of(t);
        int[] from = new int[c.dependencyCount()];
        int[] to = new int[from.length];
        for (int k = 0; k < from.length; k++) {
            from[k] = row[c.dependencyFrom(k)];
            to[k] = row[c.dependencyTo(k)];
        }
        return TeamCoupling.ofPairs(teams, from, to);
    }

}
