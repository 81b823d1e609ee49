package dev.faultline.model;

import java.util.Optional;

/** A failure domain. A zone may belong to a region; a region fails with all its zones. */
public record Zone(String id, String region, Double availability, SourcePosition position) {
    public static final double DEFAULT_AVAILABILITY = 0.9999;

    public Zone(String id, String region) {
        this(id, region, null, SourcePosition.UNKNOWN);
    }

    public Optional<String> regionId() {
        return Optional.ofNullable(region);
    }

    public double effectiveAvailability() {
        return availability == null ? DEFAULT_AVAILABILITY : availability;
    }
}
