package dev.faultline.io.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.faultline.model.SourcePosition;

/**
 * Collects the problems of one file. Stops storing after {@link #MAX_STORED} so a hostile or generated file with a
 * systematic mistake on every line cannot exhaust memory; the overflow is reported as one last problem.
 */
public final class ProblemLog {
    public static final int MAX_STORED = 10_000;

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();
    private int dropped;
    private boolean errors;

    public ProblemLog(Path file) {
        this.file = file;
    }

    /** A user's value for a message, cut short so a hostile 100,000-character value cannot flood the output. */
    public static String quote(String value) {
        return "'" + shorten(value) + "'";
    }

    public static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "..." : value;
    }

    public void error(SourcePosition at, String message) {
        errors = true;
        add(Problem.error(file, line(at), column(at), message));
    }

    public void warning(SourcePosition at, String message) {
        add(Problem.warning(file, line(at), column(at), message));
    }

    public void error(int line, int column, String message) {
        error(new SourcePosition(line, column), message);
    }

    /** An empty log for the same file, whose problems can later be taken over with {@link #addAll}. */
    public ProblemLog sibling() {
        return new ProblemLog(file);
    }

    public void addAll(ProblemLog other) {
        other.problems.forEach(this::add);
        dropped += other.dropped;
        errors |= other.errors;
    }

    /** No problem at all, not even a warning. */
    public boolean isEmpty() {
        return problems.isEmpty() && dropped == 0;
    }

    public boolean hasErrors() {
        return errors;
    }

    /** Every problem, sorted by line then column; ties keep the order they were found in. */
    public List<Problem> sorted() {
        List<Problem> all = new ArrayList<>(problems);
        all.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        if (dropped > 0) {
            Problem last = all.get(all.size() - 1);
            all.add(new Problem(file, last.line(), last.column(), errors ? Problem.Severity.ERROR
                    : Problem.Severity.WARNING, dropped + " more problems not shown"));
        }
        return all;
    }

    private void add(Problem p) {
        if (problems.size() < MAX_STORED) problems.add(p);
        else dropped++;
    }

    // A problem about the whole file (unreadable, empty) has no position; editors still want 1:1.
    private static int line(SourcePosition at) {
        return Math.max(1, at.line());
    }

    private static int column(SourcePosition at) {
        return Math.max(1, at.column());
    }
}
