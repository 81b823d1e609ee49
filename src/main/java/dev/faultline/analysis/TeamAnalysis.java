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
        // One pass over the dependencies: [in, out, syncOut, asyncOut] per team.
        for (Dependency d : t.dependencies()) {
            String from = teamOf(t, d.from());
            String to = teamOf(t, d.to());
            if (Objects.equals(from, to)) continue;
            if (from != null) {
                int[] c = counts.get(from);
                c[1]++;
                c[d.mode() == Mode.SYNC ? 2 : 3]++;
            }
            if (to != null) counts.get(to)[0]++;
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
        int[][] counts = new int[teams.size()][teams.size()];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < teams.size(); i++) index.put(teams.get(i), i);
        for (Dependency d : t.dependencies()) {
            int from = index.get(Objects.requireNonNullElse(teamOf(t, d.from()), UNOWNED));
            int to = index.get(Objects.requireNonNullElse(teamOf(t, d.to()), UNOWNED));
            counts[from][to]++;
        }
        return new TeamCoupling(teams, counts);
    }

    private static String teamOf(Topology t, String nodeId) {
        return t.requireNode(nodeId).team();
    }
}
