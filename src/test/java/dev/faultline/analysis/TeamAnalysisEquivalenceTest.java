package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import dev.faultline.analysis.availability.RandomTopologies;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.model.Dependency;
import dev.faultline.model.Mode;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;

/**
 * Team figures and coupling read from the compiled topology's ends by index (issue #18) count what the previous
 * string-keyed passes counted, kept here as the oracle.
 */
class TeamAnalysisEquivalenceTest {

    @Property(tries = 300)
    void randomTopologiesCountAsBefore(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size) {
        assertAsBefore(RandomTopologies.tiny(new Random(seed), size, 200));
    }

    @Test
    void generatedTopologiesCountAsBefore() {
        for (int size : new int[] {40, 600, 2_000}) assertAsBefore(TopologyGenerator.generate(size, size));
    }

    private static void assertAsBefore(Topology t) {
        TeamCoupling coupling = TeamAnalysis.coupling(t);
        List<String> teams = new ArrayList<>(t.teams().stream().map(Team::id).toList());
        if (t.nodes().stream().anyMatch(n -> n.team() == null)) teams.add(TeamAnalysis.UNOWNED);
        int[][] counts = new int[teams.size()][teams.size()];
        for (Dependency d : t.dependencies()) {
            int from = teams.indexOf(Objects.requireNonNullElse(t.requireNode(d.from()).team(), TeamAnalysis.UNOWNED));
            int to = teams.indexOf(Objects.requireNonNullElse(t.requireNode(d.to()).team(), TeamAnalysis.UNOWNED));
            counts[from][to]++;
        }
        assertEquals(teams, coupling.teams());
        assertArrayEquals(counts, coupling.counts());
        // The sparse form (issue #18) answers every cell, lists each row's non-zero cells in column order, and is
        // the same as one made from the dense matrix.
        for (int i = 0; i < teams.size(); i++) {
            for (int j = 0; j < teams.size(); j++) assertEquals(counts[i][j], coupling.count(i, j));
            List<Integer> cells = new ArrayList<>();
            coupling.forEachInRow(i, (j, n) -> cells.add(j));
            List<Integer> expected = new ArrayList<>();
            for (int j = 0; j < teams.size(); j++) if (counts[i][j] != 0) expected.add(j);
            assertEquals(expected, cells);
        }
        assertEquals(new TeamCoupling(teams, counts), coupling);

        Map<String, int[]> byTeam = new HashMap<>();
        t.teams().forEach(team -> byTeam.put(team.id(), new int[4]));
        for (Dependency d : t.dependencies()) {
            String from = t.requireNode(d.from()).team();
            String to = t.requireNode(d.to()).team();
            if (Objects.equals(from, to)) continue;
            if (from != null) {
                byTeam.get(from)[1]++;
                byTeam.get(from)[d.mode() == Mode.SYNC ? 2 : 3]++;
            }
            if (to != null) byTeam.get(to)[0]++;
        }
        for (TeamFigures f : TeamAnalysis.figures(t, List.of())) {
            int[] c = byTeam.get(f.team());
            assertEquals(List.of(c[0], c[1], c[2], c[3]),
                    List.of(f.crossTeamIn(), f.crossTeamOut(), f.crossTeamSyncOut(), f.crossTeamAsyncOut()), f.team());
        }
    }
}
