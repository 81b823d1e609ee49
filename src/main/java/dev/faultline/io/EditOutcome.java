package dev.faultline.io;

import java.util.List;
import java.util.Optional;

import dev.faultline.model.Topology;

/**
 * The edited topology, or why the edits make it invalid: {@code errors} are the loader's problems, each prefixed with
 * the edit that first caused it ("--apply #2 (set db.replicas=0): ..."). {@code warnings} are the edited copy's.
 */
public record EditOutcome(Optional<Topology> topology, List<String> errors, List<String> warnings) {
    public EditOutcome {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return topology.isPresent();
    }
}
