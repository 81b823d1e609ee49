package dev.faultline.analysis;

import java.util.List;

/** A single point of failure per the contract: {@code cause} is {@code no-spare-instance} or {@code single-zone:<zone>}. */
public record Spof(String node, String cause, List<String> flowsDown) {
    public static final String NO_SPARE_INSTANCE = "no-spare-instance";

    public Spof {
        flowsDown = List.copyOf(flowsDown);
    }

    public boolean isSingleZone() {
        return cause.startsWith("single-zone:");
    }
}
