package dev.faultline.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * The team coupling matrix: {@code count(i, j)} dependencies go from nodes of team i to nodes of team j.
 * The last row/column is "(unowned)" when some nodes have no team.
 * <p>
 * Kept sparse, the coupled pairs only, row by row in column order (issue #18: the generated 50,000-node file has
 * 6,793 teams, and the dense matrix was 184 MB of zeros kept to the end of the run, where its 152,246 pairs take
 * 1.2 MB). {@link #counts()} still gives the dense matrix, for small topologies and tests.
 */
public final class TeamCoupling {
    private final List<String> teams;
    /** Row i's pairs are {@code column[rowStart[i] .. rowStart[i + 1])}, columns ascending, with their counts. */
    private final int[] rowStart;
    private final int[] column;
    private final int[] count;

    /** From a dense matrix ({@code counts[i][j]}), as the record this class was. */
    public TeamCoupling(List<String> teams, int[][] counts) {
        this(List.copyOf(teams), Sparse.of(counts));
    }

    /** The three arrays of the sparse form. */
    private record Sparse(int[] rowStart, int[] column, int[] count) {
        static Sparse of(int[][] counts) {
            int t = counts.length;
            int pairs = 0;
            for (int[] row : counts) for (int n : row) if (n != 0) pairs++;
            int[] rowStart = new int[t + 1];
            int[] column = new int[pairs];
            int[] count = new int[pairs];
            int p = 0;
            for (int i = 0; i < t; i++) {
                for (int j = 0; j < counts[i].length; j++) {
                    if (counts[i][j] == 0) continue;
                    column[p] = j;
                    count[p++] = counts[i][j];
                }
                rowStart[i + 1] = p;
            }
            return new Sparse(rowStart, column, count);
        }
    }

    private TeamCoupling(List<String> teams, Sparse sparse) {
        this.teams = teams;
        this.rowStart = sparse.rowStart();
        this.column = sparse.column();
        this.count = sparse.count();
    }

    /** From one (from row, to column) pair per dependency, in any order. */
    static TeamCoupling ofPairs(List<String> teams, int[] fromRow, int[] toColumn) {
        int t = teams.size();
        long[] keys = new long[fromRow.length];
        for (int k = 0; k < keys.length; k++) keys[k] = (long) fromRow[k] * t + toColumn[k];
        Arrays.sort(keys);
        int distinct = 0;
        for (int k = 0; k < keys.length; k++) if (k == 0 || keys[k] != keys[k - 1]) distinct++;
        int[] rowStart = new int[t + 1];
        int[] column = new int[distinct];
        int[] count = new int[distinct];
        int p = -1;
        for (int k = 0; k < keys.length; k++) {
            if (k == 0 || keys[k] != keys[k - 1]) {
                p++;
                rowStart[(int) (keys[k] / t) + 1]++;
                column[p] = (int) (keys[k] % t);
            }
            count[p]++;
        }
        for (int i = 0; i < t; i++) rowStart[i + 1] += rowStart[i];
        return new TeamCoupling(List.copyOf(teams), new Sparse(rowStart, column, count));
    }

    public List<String> teams() {
        return teams;
    }

    /** Dependencies from team i to team j (indexes into {@link #teams()}). */
    public int count(int i, int j) {
        int k = Arrays.binarySearch(column, rowStart[i], rowStart[i + 1], j);
        return k >= 0 ? count[k] : 0;
    }

    public int count(String fromTeam, String toTeam) {
        return count(teams.indexOf(fromTeam), teams.indexOf(toTeam));
    }

    /** Calls {@code pair} for every non-zero count of row i, columns ascending. */
    public void forEachInRow(int i, Pair pair) {
        for (int k = rowStart[i]; k < rowStart[i + 1]; k++) pair.accept(column[k], count[k]);
    }

    /** One non-zero cell of a row. */
    @FunctionalInterface
    public interface Pair {
        void accept(int column, int count);
    }

    /** The dense matrix, made on each call: teams² ints (for small topologies and tests). */
    public int[][] counts() {
        int[][] dense = new int[teams.size()][teams.size()];
        for (int i = 0; i < teams.size(); i++) {
            int row = i;
            forEachInRow(i, (j, n) -> dense[row][j] = n);
        }
        return dense;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TeamCoupling c && teams.equals(c.teams) && Arrays.equals(rowStart, c.rowStart)
                && Arrays.equals(column, c.column) && Arrays.equals(count, c.count);
    }

    @Override
    public int hashCode() {
        return 31 * teams.hashCode() + Arrays.hashCode(count);
    }

    @Override
    public String toString() {
        return "TeamCoupling[teams=" + teams + ", pairs=" + column.length + "]";
    }
}
