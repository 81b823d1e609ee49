package dev.faultline.analysis;

import java.util.List;

/** A single point of failure per the contract; {@link SpofCause#id()} is the contract's {@code cause} string. */
public record Spof(String node, SpofCause cause, List<String> flowsDown) {
    public Spof {
        flowsDown = List.copyOf(flowsDown);
    }

    /** The zone whose loss takes the node down, when that is the cause. */
    public java.util.Optional<String> singleZone() {
        return cause instanceof SpofCause.SingleZone z ? java.util.Optional.of(z.zone()) : java.util.Optional.empty();
    }
}
