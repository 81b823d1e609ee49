package dev.faultline.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How a node issues its synchronous calls: {@code parallel} calls overlap (the slowest one counts), {@code sequential}
 * ones add up. Only the latency model reads it (risk-model.md section 3).
 */
public enum CallOrder {
    PARALLEL, SEQUENTIAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CallOrder> fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (CallOrder o : values()) if (o.id().equals(wanted)) return Optional.of(o);
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id();
    }
}
