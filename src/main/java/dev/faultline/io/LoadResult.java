package dev.faultline.io;

import java.util.List;
import java.util.Optional;

import dev.faultline.model.Topology;
import dev.faultline.io.yaml.Problem;

/**
 * The outcome of reading a topology file: every problem found (errors and warnings, in file order), and the
 * topology only when there were no errors. A file with errors yields no topology at all: never a half-loaded model.
 */
public record LoadResult(Optional<Topology> topology, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
        if (topology.isPresent() && problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("a result with errors carries no topology");
        }
    }

    public boolean ok() {
        return topology.isPresent();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
