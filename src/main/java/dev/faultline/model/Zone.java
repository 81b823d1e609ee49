package dev.faultline.model;

import java.util.Optional;

/**
 * A failure domain. A zone may belong to a region; a region fails with all its zones. {@code jurisdiction} says
 * where it runs (e.g. EU, US) for the residency rules; null means unknown.
 */
public record Zone(String id, String region, Double availability, String jurisdiction, SourcePosition position) {
    public static final double DEFAULT_AVAILABILITY = 0.9999;

    public Zone(String id, String region) {
        this(id, region, null, null, SourcePosition.UNKNOWN);
    }

    public Optional<String> regionId() {
        return Optional.ofNullable(region);
    }

    public double effectiveAvailability() {
        return availability == null ? DEFAULT_AVAILABILITY : availability;
    }

    public Zone withJurisdiction(String value) {
        return new Zone(id, region, availability, value, position);
    }

    public Zone withAvailability(Double value) {
        return new Zone(id, region, value, jurisdiction, position);
    }
}
