package dev.faultline.analysis;

import java.util.List;

/**
 * The team coupling matrix: {@code count(i, j)} dependencies go from nodes of team i to nodes of team j.
 * The last row/column is "(unowned)" when some nodes have no team.
 */
public record TeamCoupling(List<String> teams, int[][] counts) {
    public TeamCoupling {
        teams = List.copyOf(teams);
    }

    public int count(String fromTeam, String toTeam) {
        return counts[teams.indexOf(fromTeam)][teams.indexOf(toTeam)];
    }
}
