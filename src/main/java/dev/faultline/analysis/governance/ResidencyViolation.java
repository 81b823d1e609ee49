package dev.faultline.analysis.governance;

import java.util.List;

import dev.faultline.model.Dependency;

/**
 * One breach of a node's residency. {@code node} holds {@code dataClasses} that must stay in {@code residency};
 * {@code counterpart} is the node the data would reach (null for a placement breach); {@code where} says where the
 * node or its counterpart runs, outside the residency; {@code dependencies} are the dependencies that carry the data
 * (empty for a placement breach).
 */
public record ResidencyViolation(Kind kind, String node, List<String> dataClasses, List<String> residency,
                                 String counterpart, String where, List<Dependency> dependencies) {
    public ResidencyViolation {
        dataClasses = List.copyOf(dataClasses);
        residency = List.copyOf(residency);
        dependencies = List.copyOf(dependencies);
    }

    /** The three residency rules of risk-model.md §5. */
    public enum Kind {
        /** The node runs outside its residency, in a zone of unknown jurisdiction, or nowhere known. */
        PLACEMENT("residency-placement"),
        /** A dependency to or from the node reaches a node outside the residency. */
        FLOW("residency-flow"),
        /** A fallback of a dependency to or from the node lies outside the residency. */
        FAILOVER("residency-failover");

        private final String rule;

        Kind(String rule) {
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }
}
