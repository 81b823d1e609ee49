package dev.faultline.analysis;

import java.util.ArrayList;
import java.util.List;
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
        List<TeamFigures> out = new ArrayList<>();
        for (Team team : t.teams()) {
            String id = team.id();
            List<Node> owned = t.nodesOwnedBy(id);
            int in = 0;
            int outCount = 0;
            int syncOut = 0;
            int asyncOut = 0;
            for (Dependency d : t.dependencies()) {
                boolean fromUs = id.equals(teamOf(t, d.from()));
                boolean toUs = id.equals(teamOf(t, d.to()));
                if (fromUs && !toUs) {
                    outCount++;
                    if (d.mode() == Mode.SYNC) syncOut++;
                    else asyncOut++;
                } else if (toUs && !fromUs) {
                    in++;
                }
            }
            int ownedSpofs = (int) owned.stream().filter(n -> spofIds.contains(n.id())).count();
            out.add(new TeamFigures(id, team.busFactor(), owned.size(), ownedSpofs, in, outCount, syncOut, asyncOut));
        }
        return out;
    }

    /** Counts of dependencies between teams, rows = caller's team; "(unowned)" is added when any node has no team. */
    public static TeamCoupling coupling(Topology t) {
        List<String> teams = new ArrayList<>(t.teams().stream().map(Team::id).toList());
        if (t.nodes().stream().anyMatch(n -> n.team() == null)) teams.add(UNOWNED);
        int[][] counts = new int[teams.size()][teams.size()];
        for (Dependency d : t.dependencies()) {
            int from = teams.indexOf(Objects.requireNonNullElse(teamOf(t, d.from()), UNOWNED));
            int to = teams.indexOf(Objects.requireNonNullElse(teamOf(t, d.to()), UNOWNED));
            counts[from][to]++;
        }
        return new TeamCoupling(teams, counts);
    }

    private static String teamOf(Topology t, String nodeId) {
        return t.requireNode(nodeId).team();
    }
}
