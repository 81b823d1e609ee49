package dev.faultline.analysis;

import java.util.List;

/** A zone or region whose loss alone takes flows DOWN. Exactly one of {@code zone} and {@code region} is set. */
public record DomainSpof(String zone, String region, List<String> flowsDown) {
    public DomainSpof {
        flowsDown = List.copyOf(flowsDown);
    }

    public static DomainSpof zone(String id, List<String> flowsDown) {
        return new DomainSpof(id, null, flowsDown);
    }

    public static DomainSpof region(String id, List<String> flowsDown) {
        return new DomainSpof(null, id, flowsDown);
    }

    public String label() {
        return zone != null ? "zone:" + zone : "region:" + region;
    }
}
