package dev.faultline.model;

/** Where a topology's flows come from, per the format contract. */
public enum FlowSource {
    /** The file lists {@code flows}. */
    DECLARED,
    /** No flows: every {@code entrypoint: true} node is a flow of its own. */
    ENTRYPOINTS,
    /** Neither flows nor entrypoints: every node nothing depends on is treated as an entrypoint. */
    ROOTS
}
