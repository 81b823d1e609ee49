package dev.faultline.analysis;

/**
 * Conway's-law figures of one team; {@code members} is null when the team's members are not declared (unknown). Cross-team dependencies count edges between a node the team owns and a node
 * owned by another team or by nobody, in each direction; sync and async split the outgoing ones.
 */
public record TeamFigures(String team, Integer members, int nodes, int spofs, int crossTeamIn, int crossTeamOut,
                          int crossTeamSyncOut, int crossTeamAsyncOut) {
    public int crossTeamDependencies() {
        return crossTeamIn + crossTeamOut;
    }
}
